package org.cocrea.climate.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.climate.control.AnswerSheet;
import org.cocrea.climate.control.Heatmap;
import org.cocrea.climate.control.RoundAnswers;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.control.RoundResultsCalculator;
import org.cocrea.climate.control.RoundUnit;
import org.cocrea.climate.entity.RoundStatus;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;
import org.hibernate.Session;

/**
 * Results of a survey round under the anonymity rules ({@link RoundResultsCalculator}): HR
 * analysts see every unit that may be shown; executives see the organisation as a whole. Results
 * are computed from the anonymous answer rows and cached through {@link ResultsCache} until the
 * next answer arrives.
 */
@Stateless
@RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN})
public class ClimateResults {

    @PersistenceContext
    EntityManager em;

    @Inject
    ResultsCache cache;

    /** Every unit's result that the anonymity rules allow, with the change against the previous round. */
    public RoundResults results(long roundId) {
        SurveyRound round = launched(roundId);
        long answers = answerCount(roundId);
        ResultsCache.Entry cached = cache.get(roundId);
        if (cached != null && cached.answers() == answers) {
            return cached.results();
        }
        SurveyRound previous = previousOf(round);
        RoundResults before = previous == null ? null : calculator(previous).calculate(answersOf(previous));
        RoundResults results = calculator(round).calculate(answersOf(round), before);
        cache.put(roundId, new ResultsCache.Entry(answers, results));
        return results;
    }

    /** The organisation as a whole, for executives: no unit below it. */
    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.EXECUTIVE})
    public RoundResults organisationResults(long roundId) {
        RoundResults all = results(roundId);
        Heatmap h = all.heatmap();
        return new RoundResults(
                all.roundName(),
                all.date(),
                all.instrument(),
                all.threshold(),
                all.commentThreshold(),
                all.organisation(),
                List.of(),
                List.of(),
                new Heatmap(h.factorKeys(), h.organisation(), List.of()));
    }

    private static RoundResultsCalculator calculator(SurveyRound round) {
        return new RoundResultsCalculator(round.getThreshold(), round.getCommentThreshold());
    }

    private SurveyRound launched(long roundId) {
        SurveyRound round = em.find(SurveyRound.class, roundId);
        if (round == null) {
            throw BusinessRuleException.invalid("id", "There is no survey round " + roundId + ".");
        }
        if (round.getStatus() == RoundStatus.DRAFT) {
            throw BusinessRuleException.conflict(
                    "status", "The round has not been launched yet, so it has no results.");
        }
        return round;
    }

    /** The latest earlier launched round with the same instrument. */
    private SurveyRound previousOf(SurveyRound round) {
        List<SurveyRound> earlier = em.createQuery(
                        "select r from SurveyRound r where r.instrument.key = :key and r.status <> :draft"
                                + " and r.launchedOn < :launched order by r.launchedOn desc, r.id desc",
                        SurveyRound.class)
                .setParameter("key", round.getInstrument().getKey())
                .setParameter("draft", RoundStatus.DRAFT)
                .setParameter("launched", round.getLaunchedOn())
                .setMaxResults(1)
                .getResultList();
        return earlier.isEmpty() ? null : earlier.get(0);
    }

    private long answerCount(long roundId) {
        return ((Number) em.createNativeQuery("select count(*) from survey_response where round_id = ?1")
                        .setParameter(1, roundId)
                        .getSingleResult())
                .longValue();
    }

    private RoundAnswers answersOf(SurveyRound round) {
        List<RoundUnit> units = round.getUnits().stream()
                .map(u -> new RoundUnit(
                        String.valueOf(u.getUnitId()),
                        u.getParentId() == null ? null : String.valueOf(u.getParentId()),
                        u.getName()))
                .toList();
        List<AnswerSheet> sheets = em.unwrap(Session.class).doReturningWork(c -> {
            List<AnswerSheet> out = new ArrayList<>();
            try (PreparedStatement ps =
                    c.prepareStatement("select unit_id, answers, comment from survey_response where round_id = ?")) {
                ps.setFetchSize(5000);
                ps.setLong(1, round.getId());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Array a = rs.getArray(2);
                        Integer[] boxed = (Integer[]) a.getArray();
                        int[] values = new int[boxed.length];
                        for (int i = 0; i < values.length; i++) {
                            values[i] = boxed[i];
                        }
                        out.add(new AnswerSheet(String.valueOf(rs.getLong(1)), values, rs.getString(3)));
                    }
                }
            }
            return out;
        });
        return new RoundAnswers(
                round.getName(),
                round.getLaunchedOn(),
                Instruments.detail(round.getInstrument()).definition(),
                units,
                sheets);
    }
}
