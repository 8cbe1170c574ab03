package org.cocrea.climate.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The results of a survey round, already reduced to what may be shown: hidden units carry no
 * figures at all, so screens and exports can use these results without applying the anonymity
 * rules again. Made by {@link RoundResultsCalculator}.
 *
 * <p>All scores are on the scored scale 1..{@code scalePoints}: reverse-keyed items are reversed,
 * so higher is more favourable everywhere.
 *
 * @param roundName the round's display name
 * @param date the date the results refer to
 * @param instrument the questionnaire (factor and item names, scale labels)
 * @param threshold k: groups of fewer respondents are not shown
 * @param commentThreshold comments are shown only for groups of at least this many respondents
 * @param organisation the whole organisation
 * @param units every unit of the round in tree order (depth first; siblings in input order)
 * @param otherTeams the "other teams" groups that are shown
 * @param heatmap factor means of all groups
 */
public record RoundResults(
        String roundName,
        LocalDate date,
        InstrumentDefinition instrument,
        int threshold,
        int commentThreshold,
        OrganisationResult organisation,
        List<UnitResult> units,
        List<OtherTeamsResult> otherTeams,
        Heatmap heatmap)
        implements Serializable {

    /**
     * The id that stands for the whole organisation: in {@link Heatmap.Row#id()}, as the parent of
     * top-level "other teams" groups, and in {@link #resultOf(String)}. No unit may use it.
     */
    public static final String ORGANISATION_ID = "(organisation)";

    public RoundResults {
        units = List.copyOf(units);
        otherTeams = List.copyOf(otherTeams);
    }

    public int scalePoints() {
        return instrument.scalePoints();
    }

    /**
     * A unit, shown or hidden.
     *
     * @throws IllegalArgumentException if the round has no such unit
     */
    public UnitResult unit(String unitId) {
        return units.stream()
                .filter(u -> u.unitId().equals(unitId))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no unit " + unitId + " in this round"));
    }

    /** An "other teams" group that is shown, by its id. */
    public Optional<OtherTeamsResult> otherTeams(String id) {
        return otherTeams.stream().filter(o -> o.id().equals(id)).findFirst();
    }

    /**
     * The shown result of a unit, an "other teams" group or, for {@link #ORGANISATION_ID}, the
     * organisation; empty if there is no such group or its result is hidden.
     */
    public Optional<GroupResult> resultOf(String id) {
        if (ORGANISATION_ID.equals(id)) {
            return Optional.ofNullable(organisation.result());
        }
        for (UnitResult u : units) {
            if (u.unitId().equals(id)) {
                return Optional.ofNullable(u.result());
            }
        }
        return otherTeams(id).map(OtherTeamsResult::result);
    }
}
