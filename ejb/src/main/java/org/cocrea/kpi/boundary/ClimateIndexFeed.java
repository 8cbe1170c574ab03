package org.cocrea.kpi.boundary;

import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.cocrea.climate.boundary.Instruments;
import org.cocrea.climate.control.AnswerSheet;
import org.cocrea.climate.control.FactorResult;
import org.cocrea.climate.control.GroupResult;
import org.cocrea.climate.control.RoundAnswers;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.control.RoundResultsCalculator;
import org.cocrea.climate.control.RoundUnit;
import org.cocrea.climate.control.UnitResult;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.kpi.control.Scope;
import org.hibernate.Session;

/**
 * The innovation-climate index of a closed round for the organisation and every unit whose result
 * may be shown, computed by the climate feature's own {@link RoundResultsCalculator} with the
 * round's anonymity thresholds: a hidden unit gives no value. The index is the mean of the factor
 * means as a share of the scale, 100 × (mean − 1) / (points − 1).
 *
 * <p>Not an EJB: the KPI updater calls it inside its transaction; nothing else can.
 */
final class ClimateIndexFeed {

    /** The index of one scope. */
    record Result(Scope scope, double value, int respondents) {}

    private ClimateIndexFeed() {}

    static List<Result> shown(EntityManager em, long roundId, UnitTree units) {
        SurveyRound round = em.find(SurveyRound.class, roundId);
        if (round == null) {
            return List.of();
        }
        List<RoundUnit> roundUnits = round.getUnits().stream()
                .map(u -> new RoundUnit(
                        String.valueOf(u.getUnitId()),
                        u.getParentId() == null ? null : String.valueOf(u.getParentId()),
                        u.getName()))
                .toList();
        List<AnswerSheet> sheets = em.unwrap(Session.class).doReturningWork(c -> {
            List<AnswerSheet> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "select unit_id, array_to_string(answers, ''), comment from survey_response where round_id = ?")) {
                ps.setFetchSize(5000);
                ps.setLong(1, roundId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String digits = rs.getString(2);
                        int[] values = new int[digits.length()];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = digits.charAt(i) - '0';
                        }
                        out.add(new AnswerSheet(String.valueOf(rs.getLong(1)), values, rs.getString(3)));
                    }
                }
            }
            return out;
        });
        if (sheets.isEmpty()) {
            return List.of();
        }
        RoundAnswers answers = new RoundAnswers(
                round.getName(),
                round.getClosedOn() != null ? round.getClosedOn() : round.getClosesOn(),
                Instruments.detail(round.getInstrument()).definition(),
                roundUnits,
                sheets);
        RoundResults results =
                new RoundResultsCalculator(round.getThreshold(), round.getCommentThreshold()).calculate(answers);
        int points = results.scalePoints();
        List<Result> out = new ArrayList<>();
        if (results.organisation().visible()) {
            index(results.organisation().result(), points)
                    .ifPresent(v -> out.add(new Result(
                            Scope.ORGANISATION,
                            v,
                            results.organisation().result().respondents())));
        }
        for (UnitResult u : results.units()) {
            if (!u.visible()) {
                continue;
            }
            String code = units.code(Long.valueOf(u.unitId()));
            if (code == null) {
                continue;
            }
            index(u.result(), points)
                    .ifPresent(v ->
                            out.add(new Result(Scope.unit(code), v, u.result().respondents())));
        }
        return out;
    }

    /** 100 × (mean of the factor means − 1) / (points − 1); empty without factors. */
    static OptionalDouble index(GroupResult r, int points) {
        OptionalDouble mean = r.factors().stream()
                .mapToDouble(FactorResult::mean)
                .filter(Double::isFinite)
                .average();
        if (mean.isEmpty() || points < 2) {
            return OptionalDouble.empty();
        }
        double v = 100.0 * (mean.getAsDouble() - 1) / (points - 1);
        return OptionalDouble.of(Math.max(0, Math.min(100, v)));
    }
}
