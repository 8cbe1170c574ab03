package org.cocrea.climate.report;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.cocrea.climate.control.FactorQuality;
import org.cocrea.climate.control.GroupResult;
import org.cocrea.climate.control.Heatmap;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.control.OtherTeamsResult;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.control.RoundResultsCalculator;
import org.cocrea.climate.control.UnitResult;
import org.cocrea.climate.entity.Text;

/**
 * What a report shows, shared by the PDF and the Excel export: the group, its result, the labels
 * and notes, and the number formats. Only shown results can be resolved.
 */
final class ReportContent {

    static final String NOT_AVAILABLE = "–";
    static final String NOT_COMPUTABLE = "n/c";
    static final String HIDDEN = "hidden";
    static final String REVERSE_MARK = " (R)";
    static final String LACKS_AGREEMENT_MARK = "*";

    final RoundResults results;
    final String groupId;
    final String label;
    final boolean organisation;
    final GroupResult group;
    /** Heatmap rows of the report: the organisation's, then the group's part of the tree. */
    final List<Heatmap.Row> heatmapRows;

    private final Locale language;
    private final Function<Text, String> textChooser;

    private ReportContent(
            RoundResults results,
            String groupId,
            String label,
            boolean organisation,
            GroupResult group,
            List<Heatmap.Row> heatmapRows,
            Locale language,
            Function<Text, String> textChooser) {
        this.results = results;
        this.groupId = groupId;
        this.label = label;
        this.organisation = organisation;
        this.group = group;
        this.heatmapRows = heatmapRows;
        this.language = language;
        this.textChooser = textChooser;
    }

    /**
     * A unit's or an "other teams" group's report.
     *
     * @throws HiddenResultException if the unit's result is hidden
     * @throws IllegalArgumentException if the results have no such unit or shown group
     */
    static ReportContent group(
            RoundResults results, String groupId, Locale language, Function<Text, String> textChooser) {
        check(results, language);
        if (groupId == null) {
            throw new IllegalArgumentException("groupId must not be null");
        }
        if (RoundResults.ORGANISATION_ID.equals(groupId)) {
            return organisation(results, language, textChooser);
        }
        Optional<UnitResult> unit =
                results.units().stream().filter(u -> u.unitId().equals(groupId)).findFirst();
        if (unit.isPresent()) {
            UnitResult u = unit.get();
            if (!u.visible()) {
                throw new HiddenResultException(u.unitId(), u.name(), u.status(), results.threshold());
            }
            List<Heatmap.Row> rows = new ArrayList<>();
            rows.add(results.heatmap().organisation());
            rows.addAll(results.heatmap().subtree(groupId));
            return new ReportContent(results, groupId, u.name(), false, u.result(), rows, language, textChooser);
        }
        OtherTeamsResult other = results.otherTeams(groupId)
                .orElseThrow(() -> new IllegalArgumentException(
                        "no unit or shown group " + groupId + " in round " + results.roundName()));
        List<Heatmap.Row> rows = new ArrayList<>();
        rows.add(results.heatmap().organisation());
        results.heatmap().rows().stream()
                .filter(r -> r.kind() == Heatmap.Kind.OTHER_TEAMS && r.id().equals(groupId))
                .forEach(rows::add);
        return new ReportContent(results, groupId, other.label(), false, other.result(), rows, language, textChooser);
    }

    /**
     * The organisation overview.
     *
     * @throws HiddenResultException if the round has fewer than k respondents
     */
    static ReportContent organisation(RoundResults results, Locale language, Function<Text, String> textChooser) {
        check(results, language);
        if (!results.organisation().visible()) {
            throw new HiddenResultException(
                    RoundResults.ORGANISATION_ID,
                    "the organisation",
                    results.organisation().status(),
                    results.threshold());
        }
        List<Heatmap.Row> rows = new ArrayList<>();
        rows.add(results.heatmap().organisation());
        rows.addAll(results.heatmap().rows());
        return new ReportContent(
                results,
                RoundResults.ORGANISATION_ID,
                "Organisation overview",
                true,
                results.organisation().result(),
                rows,
                language,
                textChooser);
    }

    private static void check(RoundResults results, Locale language) {
        if (results == null) {
            throw new IllegalArgumentException("results must not be null");
        }
        if (language == null) {
            throw new IllegalArgumentException("language must not be null");
        }
    }

    // ---------------------------------------------------------------- texts

    InstrumentDefinition instrument() {
        return results.instrument();
    }

    /** An instrument text in the report's language (or its fallback). */
    String text(Text text) {
        return text == null ? "" : textChooser.apply(text);
    }

    Locale language() {
        return language;
    }

    String title() {
        return label;
    }

    String subtitle() {
        return text(instrument().name()) + " · " + results.roundName() + " · "
                + results.date().format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    String factorName(String factorKey) {
        return instrument().factors().stream()
                .filter(f -> f.key().equals(factorKey))
                .findFirst()
                .map(f -> text(f.name()))
                .orElse(factorKey);
    }

    String itemText(String itemKey) {
        for (InstrumentDefinition.FactorDef f : instrument().factors()) {
            for (InstrumentDefinition.ItemDef item : f.items()) {
                if (item.key().equals(itemKey)) {
                    return text(item.text());
                }
            }
        }
        return itemKey;
    }

    /** "1 Strongly disagree" for a scale point, or just the number without an anchor. */
    String pointLabel(int point) {
        return instrument().anchors() == null
                ? Integer.toString(point)
                : instrument().anchors().stream()
                        .filter(a -> a.value() == point)
                        .findFirst()
                        .map(a -> point + " " + text(a.label()))
                        .orElse(Integer.toString(point));
    }

    String respondentsLine() {
        return "Respondents: " + group.respondents();
    }

    int scalePoints() {
        return results.scalePoints();
    }

    /** The favourable band, e.g. "4–5", and the unfavourable one, e.g. "1–2". */
    String favourableBand() {
        int middle = (scalePoints() + 1) / 2;
        return (middle + 1) + "–" + scalePoints();
    }

    String unfavourableBand() {
        int middle = (scalePoints() + 1) / 2;
        return "1–" + (middle - 1);
    }

    List<String> notes() {
        List<String> notes = new ArrayList<>();
        notes.add("Scores run from 1 to " + scalePoints() + "; higher is more favourable. Items marked"
                + REVERSE_MARK + " are worded negatively and scored " + (scalePoints() + 1)
                + " minus the answer. Favourable: share of answers at " + favourableBand()
                + "; neutral: at " + (scalePoints() + 1) / 2 + "; unfavourable: at " + unfavourableBand() + ".");
        notes.add(LACKS_AGREEMENT_MARK + " rwg(j) below " + format(RoundResultsCalculator.AGREEMENT_CUT_OFF)
                + ": members' answers differ too much for the mean to stand for the whole group.");
        notes.add("Change: difference from the previous round's mean of the same group; " + NOT_AVAILABLE
                + " where there is no comparable result.");
        notes.add(anonymityNote());
        return notes;
    }

    String anonymityNote() {
        return "Anonymity: results for groups of fewer than " + results.threshold()
                + " respondents are not shown, nor any result from which such a group could be worked out."
                + " Comments are shown only for groups of at least " + results.commentThreshold()
                + " respondents.";
    }

    String commentsNotShownNote() {
        return "Comments are not shown for this group (see the anonymity note).";
    }

    static String noCommentsNote() {
        return "No comments were written.";
    }

    String qualityNote() {
        return "Cronbach's alpha and McDonald's omega: internal consistency of the factor's items (" + NOT_COMPUTABLE
                + ": not computable, e.g. too few items). ICC(1): share of score variance between units;"
                + " ICC(2): reliability of unit means (units with 2 or more respondents).";
    }

    List<FactorQuality> quality() {
        return organisation ? results.organisation().quality() : List.of();
    }

    // ---------------------------------------------------------------- numbers

    static String format(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    static String percent(double share) {
        return Math.round(share * 100) + "%";
    }

    static String change(Double change) {
        if (change == null) {
            return NOT_AVAILABLE;
        }
        double rounded = Math.round(change * 100) / 100.0;
        return rounded > 0 ? "+" + format(rounded) : rounded < 0 ? "-" + format(-rounded) : format(0);
    }
}
