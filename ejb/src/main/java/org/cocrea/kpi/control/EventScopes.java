package org.cocrea.kpi.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Which scopes an event counts for.
 *
 * <ul>
 *   <li>ideas, stage changes, participation and incidents: the organisation, their unit and the
 *       units above it, and their campaign;
 *   <li>audience counts and climate results: only the scope they name (a unit's climate result
 *       already covers its sub-units, and a unit's audience is not the organisation's);
 *   <li>engagement index values: the organisation (stakeholders belong to no unit).
 * </ul>
 *
 * The units above a unit come from the org-unit tree, passed as a function; {@link #FLAT} counts
 * an event for its own unit only.
 */
public final class EventScopes {

    /** Counts unit events for their own unit only. */
    public static final EventScopes FLAT = new EventScopes(List::of);

    private final Function<String, List<String>> unitLine;

    /**
     * @param unitLine for a unit code, that unit and the units above it (any order); e.g. built from
     *     the organisation's {@code UnitTree}
     */
    public EventScopes(Function<String, List<String>> unitLine) {
        this.unitLine = Objects.requireNonNull(unitLine, "unitLine");
    }

    /** The scopes the event counts for, organisation first, without repeats. */
    public List<Scope> of(KpiEvent event) {
        if (event instanceof IdeaSubmitted e) {
            return spread(e.unitId(), e.campaignId());
        }
        if (event instanceof IdeaStageChanged e) {
            return spread(e.unitId(), e.campaignId());
        }
        if (event instanceof Participation e) {
            return spread(e.unitId(), e.campaignId());
        }
        if (event instanceof IncidentRecorded e) {
            return spread(e.unitId(), e.campaignId());
        }
        if (event instanceof AudienceCounted e) {
            return List.of(e.scope());
        }
        if (event instanceof ClimateIndexRecorded e) {
            return List.of(e.scope());
        }
        if (event instanceof EngagementIndexRecorded) {
            return List.of(Scope.ORGANISATION);
        }
        throw new IllegalArgumentException("Unknown event " + event);
    }

    private List<Scope> spread(String unitId, String campaignId) {
        Set<Scope> scopes = new LinkedHashSet<>();
        scopes.add(Scope.ORGANISATION);
        if (unitId != null) {
            List<String> line = unitLine.apply(unitId);
            if (!line.contains(unitId)) {
                scopes.add(Scope.unit(unitId));
            }
            line.forEach(u -> scopes.add(Scope.unit(u)));
        }
        if (campaignId != null) {
            scopes.add(Scope.campaign(campaignId));
        }
        return new ArrayList<>(scopes);
    }
}
