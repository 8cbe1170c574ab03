package org.cocrea.climate.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cocrea.analytics.report.ReportFormat;
import org.cocrea.climate.control.AnswerSheet;
import org.cocrea.climate.control.Heatmap;
import org.cocrea.climate.control.RoundAnswers;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.control.RoundResultsCalculator;
import org.cocrea.climate.control.RoundUnit;
import org.cocrea.climate.entity.RoundStatus;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.climate.report.HiddenResultException;
import org.cocrea.climate.report.UnitReportExcel;
import org.cocrea.climate.report.UnitReportPdf;
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

    @Resource
    SessionContext session;

    /** Every unit's result that the anonymity rules allow, with the change against the previous round. */
    public RoundResults results(long roundId) {
        SurveyRound round = launched(roundId);
        long answers = answerCount(roundId);
        ResultsCache.Entry cached = cache.get(roundId, answers);
        if (cached != null) {
            return cached.results();
        }
        SurveyRound previous = previousOf(round);
        RoundResults before = previous == null ? null : comparisonBase(previous);
        RoundResults results = calculator(round).calculate(answersOf(round), before);
        cache.put(roundId, new ResultsCache.Entry(answers, results));
        return results;
    }

    /**
     * What the dashboard opens with: the organisation's result and scale quality and the heatmap of
     * every unit, without each unit's item-level detail.
     */
    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.EXECUTIVE})
    public ResultsSummary summary(long roundId) {
        boolean units = session.isCallerInRole(Roles.HR_ANALYST) || session.isCallerInRole(Roles.ADMIN);
        RoundResults r = units ? results(roundId) : organisationResults(roundId);
        return new ResultsSummary(
                r.roundName(), r.date(), r.threshold(), r.commentThreshold(), r.organisation(), r.heatmap());
    }

    /** One unit's (or "other teams" group's) full result; hidden groups are refused. */
    public org.cocrea.climate.control.GroupResult group(long roundId, String groupId) {
        RoundResults r = results(roundId);
        if (RoundResults.ORGANISATION_ID.equals(groupId)) {
            return r.organisation().result();
        }
        boolean known = r.units().stream().anyMatch(u -> u.unitId().equals(groupId))
                || r.otherTeams(groupId).isPresent();
        if (!known) {
            throw BusinessRuleException.invalid("unit", "There is no group " + groupId + " in this round.");
        }
        return r.resultOf(groupId)
                .orElseThrow(() -> BusinessRuleException.conflict(
                        "unit", "This group's result is hidden by the anonymity rules."));
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

    /**
     * A unit's (or the organisation's) report as a file, under the same anonymity rules as the
     * screen: a hidden group cannot be exported. Executives may export the organisation only.
     *
     * @param groupId a unit id, an "other teams" id, or {@link RoundResults#ORGANISATION_ID}
     */
    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.EXECUTIVE})
    public byte[] report(long roundId, String groupId, ReportFormat format, Locale language) {
        boolean organisation = groupId == null || RoundResults.ORGANISATION_ID.equals(groupId);
        if (!organisation && !session.isCallerInRole(Roles.HR_ANALYST) && !session.isCallerInRole(Roles.ADMIN)) {
            throw new EJBAccessException("Executives see the organisation as a whole; unit reports are for HR.");
        }
        if (format == ReportFormat.CSV_ZIP) {
            throw BusinessRuleException.invalid("format", "Unit reports come as PDF or Excel.");
        }
        RoundResults results = organisation ? organisationResults(roundId) : results(roundId);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == ReportFormat.PDF) {
                UnitReportPdf pdf = new UnitReportPdf();
                if (organisation) {
                    pdf.writeOrganisation(results, language, out);
                } else {
                    pdf.writeUnit(results, groupId, language, out);
                }
            } else {
                UnitReportExcel excel = new UnitReportExcel();
                if (organisation) {
                    excel.writeOrganisation(results, language, out);
                } else {
                    excel.writeUnit(results, groupId, language, out);
                }
            }
        } catch (HiddenResultException hidden) {
            throw BusinessRuleException.conflict(
                    "unit", "This group's result is hidden by the anonymity rules, so it cannot be exported.");
        } catch (IllegalArgumentException unknown) {
            throw BusinessRuleException.invalid("unit", "There is no group " + groupId + " in this round.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
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

    /**
     * A round's results without its own comparison, as the base for the next round's change. The
     * previous round is usually closed, so it is cached (under the negated round id) rather than
     * recomputed every time an answer arrives in the current round.
     */
    private RoundResults comparisonBase(SurveyRound round) {
        long answers = answerCount(round.getId());
        ResultsCache.Entry cached = cache.get(-round.getId(), answers);
        if (cached != null) {
            return cached.results();
        }
        RoundResults base = calculator(round).calculate(answersOf(round));
        cache.put(-round.getId(), new ResultsCache.Entry(answers, base));
        return base;
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
                    // answers are 1..7, one digit each: as a string they travel and parse much faster than an array
                    c.prepareStatement("select unit_id, array_to_string(answers, ''), comment from survey_response"
                            + " where round_id = ?")) {
                ps.setFetchSize(5000);
                ps.setLong(1, round.getId());
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
        return new RoundAnswers(
                round.getName(),
                round.getLaunchedOn(),
                Instruments.detail(round.getInstrument()).definition(),
                units,
                sheets);
    }
}
