package org.cocrea.analytics.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.climate.boundary.ClimateResults;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.climate.control.FactorResult;
import org.cocrea.climate.control.RoundResults;
import org.cocrea.climate.control.UnitResult;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.RoundStatus;
import org.cocrea.climate.entity.SurveyRound;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * The research model's data set built from Cocrea's own records: one row per customer who agreed
 * to analysis and has a serving unit, with the customer side (behavioural engagement index,
 * co-creation index, the engagement items of the experience questions) and the employee side of the
 * unit that serves it (innovation climate and innovation performance from the latest closed survey
 * rounds that measured them), the serving unit as nesting level and the relationship's length as a
 * control. How each column is made: docs/evidence-engine.md, "Data from Cocrea's records".
 *
 * <p>Only HR analysts and administrators may build it: the employee side consists of unit results,
 * which only they see, and it follows the same anonymity rules (a unit whose result is hidden
 * contributes the result of its closest shown parent, or nothing).
 */
@Stateless
@RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN})
public class EvidenceRecords {

    /** Columns of the file, in order. */
    public static final List<String> COLUMNS = List.of(
            "case",
            "unit",
            "tenure_years",
            "engagement_index",
            "cocreation_index",
            "ce1",
            "ce2",
            "ce3",
            "climate",
            "performance");

    /** Activity types that count as co-creation behaviour. */
    static final List<String> COCREATION_TYPES =
            List.of("IDEA_SUBMITTED", "COMMENT", "VOTE", "REVIEW_GIVEN", "TEST_PARTICIPATION");

    /** Weighted co-creation contributions in a year at which the co-creation index reaches its top. */
    static final double COCREATION_CAP = 100;

    /** The built data set and what it is made of. */
    public record DataSet(
            byte[] csv,
            String fileName,
            EvidenceSetup setup,
            int rows,
            int units,
            String climateRound,
            String performanceRound,
            List<String> notes)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyClock clock;

    @EJB
    ClimateResults climate;

    @EJB
    EvidenceAnalyses analyses;

    /** A 0..100 index on the 1..7 range of the survey scales: 1 + 6 × index / 100. */
    static double onSevenPoints(double index) {
        return 1 + 6 * Math.max(0, Math.min(100, index)) / 100.0;
    }

    /** The co-creation index 0..100 of weighted contributions w: 100 × min(1, ln(1 + w) / ln(1 + cap)). */
    static double cocreationIndex(double weighted) {
        return 100 * Math.min(1, Math.log1p(Math.max(0, weighted)) / Math.log1p(COCREATION_CAP));
    }

    /** The unit scores of a round: for each unit, the mean of its factor means where its result is shown. */
    record UnitScores(String round, int scalePoints, Map<String, Double> shown, Map<String, String> parent) {

        /** The score of a unit, else of its closest shown parent, else null. */
        Double of(String unitId) {
            String u = unitId;
            Set<String> seen = new HashSet<>();
            while (u != null && seen.add(u)) {
                Double v = shown.get(u);
                if (v != null) {
                    return v;
                }
                u = parent.get(u);
            }
            return null;
        }
    }

    static UnitScores unitScores(String round, RoundResults results) {
        Map<String, Double> shown = new HashMap<>();
        Map<String, String> parent = new HashMap<>();
        for (UnitResult u : results.units()) {
            parent.put(u.unitId(), u.parentId());
            if (u.visible() && !u.result().factors().isEmpty()) {
                shown.put(
                        u.unitId(),
                        u.result().factors().stream()
                                .mapToDouble(FactorResult::mean)
                                .average()
                                .orElseThrow());
            }
        }
        return new UnitScores(round, results.instrument().scalePoints(), shown, parent);
    }

    private UnitScores latest(Construct construct, String field, String missing) {
        List<SurveyRound> rounds = em.createQuery(
                        "select r from SurveyRound r where r.status = :closed and r.instrument.construct = :c"
                                + " order by r.closedOn desc, r.id desc",
                        SurveyRound.class)
                .setParameter("closed", RoundStatus.CLOSED)
                .setParameter("c", construct)
                .setMaxResults(1)
                .getResultList();
        if (rounds.isEmpty()) {
            throw BusinessRuleException.invalid(field, missing);
        }
        SurveyRound r = rounds.get(0);
        return unitScores(r.getName(), climate.results(r.getId()));
    }

    /** Builds the data set as a CSV file with a ready analysis setup (regression, Models 4 and 7). */
    public DataSet build(String name) {
        UnitScores climateScores = latest(
                Construct.INNOVATION_CLIMATE,
                "climate",
                "No closed survey round has measured innovation climate yet; the data set needs it as the moderator.");
        UnitScores performance = latest(
                Construct.INNOVATION_PERFORMANCE,
                "performance",
                "No closed survey round has measured innovation performance yet. Run a round with the innovation"
                        + " performance instrument for the units that serve customers; the data set needs it as the"
                        + " outcome.");
        LocalDate today = clock.today();
        List<String> notes = new ArrayList<>();
        StringWriter out = new StringWriter();
        int rows = 0;
        int withoutEmployeeSide = 0;
        Set<String> units = new HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select s.id, o.id, o.code, s.relationship_since,"
                        + " s.engagement, coalesce((select sum(d.weight_millis) from engagement_daily d"
                        + " where d.stakeholder_id = s.id and d.day > ? and d.type = any(?)), 0),"
                        + " (select a.answers from experience_answer a where a.stakeholder_id = s.id"
                        + " order by a.answered_on desc, a.id desc limit 1)"
                        + " from stakeholder s join org_unit o on o.id = s.serving_unit_id"
                        + " where s.kind = 'CUSTOMER' and s.consent_analysis and s.erased_at is null order by s.id");
                CSVPrinter csv = CSVFormat.DEFAULT
                        .builder()
                        .setHeader(COLUMNS.toArray(String[]::new))
                        .get()
                        .print(out)) {
            st.setDate(1, Date.valueOf(today.minusDays(365)));
            st.setArray(2, c.createArrayOf("varchar", COCREATION_TYPES.toArray()));
            st.setFetchSize(5000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String unitId = Long.toString(rs.getLong(2));
                    Double cl = climateScores.of(unitId);
                    Double perf = performance.of(unitId);
                    if (cl == null || perf == null) {
                        withoutEmployeeSide++;
                        continue;
                    }
                    Date since = rs.getDate(4);
                    List<Object> row = new ArrayList<>();
                    row.add("C" + (++rows));
                    row.add(rs.getString(3));
                    row.add(since == null ? "" : fmt(ChronoUnit.DAYS.between(since.toLocalDate(), today) / 365.25));
                    row.add(fmt(onSevenPoints(rs.getDouble(5))));
                    row.add(fmt(onSevenPoints(cocreationIndex(rs.getLong(6) / 1000.0))));
                    String answers = rs.getString(7);
                    for (int i = 1; i <= 3; i++) {
                        row.add(item(answers, "engagement-" + i));
                    }
                    row.add(fmt(cl));
                    row.add(fmt(perf));
                    csv.printRecord(row);
                    units.add(rs.getString(3));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows == 0) {
            throw BusinessRuleException.invalid(
                    "stakeholders",
                    "No customer who agreed to analysis has a serving unit with shown climate and performance"
                            + " results. Give customers their serving unit (column serving_unit of the stakeholder"
                            + " import) and check that those units' round results are shown.");
        }
        notes.add("Climate: unit means of \"" + climateScores.round() + "\"; innovation performance: unit means of \""
                + performance.round() + "\" (the closest shown unit where a unit's own result is hidden).");
        notes.add("Engagement and co-creation indices are put on 1..7 as 1 + 6 × index / 100.");
        if (withoutEmployeeSide > 0) {
            notes.add(withoutEmployeeSide + " customer(s) left out: their serving unit has no shown result.");
        }
        int k = Math.max(climateScores.scalePoints(), performance.scalePoints());
        ColumnMapping mapping = new ColumnMapping(
                List.of(
                        ColumnMapping.Construct.of("engagement", 7, "engagement_index"),
                        ColumnMapping.Construct.of("cocreation", 7, "cocreation_index"),
                        ColumnMapping.Construct.of("climate", k, "climate"),
                        ColumnMapping.Construct.of("performance", k, "performance")),
                "unit",
                List.of("tenure_years"),
                ColumnMapping.MissingRule.LISTWISE);
        Analysis.ProcessSettings process = Analysis.ProcessSettings.defaults();
        List<Analysis> analysesToRun = List.of(
                Analysis.Regression.steps(
                        "performance", List.of("tenure_years"), "engagement", "cocreation", "climate"),
                new Analysis.Model4("engagement", "cocreation", "performance", List.of("tenure_years"), process),
                new Analysis.Model7(
                        "engagement", "climate", "cocreation", "performance", List.of("tenure_years"), true, process));
        EvidenceSetup setup = new EvidenceSetup(
                name == null || name.isBlank() ? "Engagement → co-creation → performance, " + today : name.strip(),
                mapping,
                analysesToRun,
                Map.of(
                        "engagement", "customer engagement",
                        "cocreation", "value co-creation",
                        "climate", "innovation climate",
                        "performance", "innovation performance",
                        "tenure_years", "relationship (years)"));
        return new DataSet(
                out.toString().getBytes(StandardCharsets.UTF_8),
                "cocrea-records-" + today + ".csv",
                setup,
                rows,
                units.size(),
                climateScores.round(),
                performance.round(),
                notes);
    }

    /** Builds the data set and saves it as an analysis, ready to run. */
    public AnalysisSummary save(String name) {
        DataSet d = build(name);
        return analyses.save(d.setup(), d.csv(), d.fileName());
    }

    /** Replaces a saved analysis' data with a fresh build from the records and runs it again. */
    public long rerun(long analysisId) {
        DataSet d = build(null);
        return analyses.rerun(analysisId, d.csv(), d.fileName());
    }

    private static String item(String answersJson, String key) {
        if (answersJson == null || answersJson.isBlank()) {
            return "";
        }
        try {
            JsonObject o = Json.createReader(new StringReader(answersJson)).readObject();
            return o.containsKey(key) ? Integer.toString(o.getInt(key)) : "";
        } catch (RuntimeException e) {
            return "";
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }
}
