package org.cocrea.engagement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.engagement.control.Activity;
import org.cocrea.engagement.control.ActivityRows;
import org.cocrea.engagement.control.ParsedRows;
import org.cocrea.engagement.control.StakeholderInput;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.engagement.control.StakeholderRows;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Bulk imports of stakeholders (CSV or Excel) and activities (CSV). Every row is checked first and
 * every problem listed with its line and column; only a file without problems is written, all in one
 * transaction. Stakeholders are matched by external id, so the same file twice changes nothing.
 *
 * <p>Large files run as a job: {@link #start} checks and returns at once, the rows are written in
 * the background and the job's progress is kept in the database, so the progress bar works on any
 * instance of a cluster.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class EngagementImports {

    private static final Logger LOG = Logger.getLogger(EngagementImports.class.getName());
    static final int CHUNK = 5000;

    /** What a file holds or did: rows read, and how many stakeholders are new, changed, the same. */
    public record Report(
            String kind,
            int rows,
            int created,
            int updated,
            int unchanged,
            List<RowError> errors,
            int errorCount,
            boolean committed)
            implements Serializable {
        public Report {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errorCount == 0;
        }
    }

    /** An import job and its progress. */
    public record Job(
            long id,
            String kind,
            String fileName,
            String status,
            int totalRows,
            int processed,
            int created,
            int updated,
            int unchanged,
            String message,
            Instant startedAt,
            Instant finishedAt)
            implements Serializable {
        public int percent() {
            if ("DONE".equals(status)) {
                return 100;
            }
            return totalRows == 0 ? 0 : Math.min(99, (int) (100L * processed / totalRows));
        }

        public boolean finished() {
            return !"RUNNING".equals(status);
        }
    }

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    @EJB
    AuditTrail audit;

    @EJB
    ActivityLog log;

    static boolean isXlsx(String fileName, byte[] content) {
        return (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                || (content.length > 1 && content[0] == 'P' && content[1] == 'K');
    }

    ParsedRows<StakeholderInput> parseStakeholders(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return new ParsedRows<>(0, List.of(), List.of(new RowError(1, "file", "The file is empty.")), 1);
        }
        java.util.Set<String> units = unitCodes();
        return isXlsx(fileName, content)
                ? StakeholderRows.fromXlsx(new ByteArrayInputStream(content), clock.today(), units::contains)
                : StakeholderRows.fromCsv(new String(content, StandardCharsets.UTF_8), clock.today(), units::contains);
    }

    private java.util.Set<String> unitCodes() {
        java.util.Set<String> codes = new java.util.HashSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select code from org_unit");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return codes;
    }

    /** Checks a stakeholder file and says what importing it would do; writes nothing. */
    public Report previewStakeholders(String fileName, byte[] content) {
        ParsedRows<StakeholderInput> parsed = parseStakeholders(fileName, content);
        if (parsed.hasErrors()) {
            return new Report("stakeholders", parsed.rows(), 0, 0, 0, parsed.errors(), parsed.errorCount(), false);
        }
        try (Connection c = dataSource.getConnection()) {
            Plan plan = plan(c, parsed.accepted());
            return new Report(
                    "stakeholders",
                    parsed.rows(),
                    plan.created.size(),
                    plan.updated.size(),
                    plan.unchanged,
                    List.of(),
                    0,
                    false);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports a stakeholder file now, all or nothing (the API's import). */
    public Report importStakeholders(String fileName, byte[] content) {
        ParsedRows<StakeholderInput> parsed = parseStakeholders(fileName, content);
        if (parsed.hasErrors()) {
            return new Report("stakeholders", parsed.rows(), 0, 0, 0, parsed.errors(), parsed.errorCount(), false);
        }
        Report r = write(parsed, null);
        audit.record(
                "stakeholder.import",
                "stakeholder",
                null,
                fileName + ": " + r.created() + " new, " + r.updated() + " changed, " + r.unchanged() + " unchanged");
        return r;
    }

    /**
     * Checks a stakeholder file and, without problems, starts writing it in the background.
     *
     * @return the job, to follow with {@link #job}
     * @throws BusinessRuleException when the file has problems (check with {@link #previewStakeholders})
     */
    public Job start(String fileName, byte[] content) {
        ParsedRows<StakeholderInput> parsed = parseStakeholders(fileName, content);
        if (parsed.hasErrors()) {
            throw BusinessRuleException.invalid(
                    "file", "The file has " + parsed.errorCount() + " problems; correct them and upload it again.");
        }
        EngagementImports self = context.getBusinessObject(EngagementImports.class);
        // the job row is committed before the background work starts, so its progress is never lost
        long id = self.createJob(
                fileName, parsed.rows(), context.getCallerPrincipal().getName());
        self.runJob(id, fileName, content);
        return job(id);
    }

    /** Records a new stakeholder import job in its own transaction. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long createJob(String fileName, int rows, String startedBy) {
        long id;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("select nextval('engagement_import_seq')");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (PreparedStatement st = c.prepareStatement(
                    "insert into engagement_import (id, kind, file_name,"
                            + " started_by, started_at, status, total_rows) values (?, 'STAKEHOLDERS', ?, ?, ?, 'RUNNING', ?)")) {
                st.setLong(1, id);
                st.setString(2, fileName == null ? "upload" : fileName);
                st.setString(3, startedBy);
                st.setTimestamp(4, Timestamp.from(Instant.now()));
                st.setInt(5, rows);
                st.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return id;
    }

    /** Writes a started job's file in its own transaction; records the outcome on the job. */
    @Asynchronous
    public void runJob(long jobId, String fileName, byte[] content) {
        EngagementImports self = context.getBusinessObject(EngagementImports.class);
        try {
            Report r = self.writeJob(jobId, fileName, content);
            self.finish(jobId, "DONE", r, null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Import job " + jobId + " failed", e);
            self.finish(jobId, "FAILED", null, "Nothing was imported: " + rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Report writeJob(long jobId, String fileName, byte[] content) {
        ParsedRows<StakeholderInput> parsed = parseStakeholders(fileName, content);
        if (parsed.hasErrors()) {
            throw BusinessRuleException.invalid("file", "The file has problems.");
        }
        Report r = write(parsed, jobId);
        audit.record(
                "stakeholder.import",
                "stakeholder",
                null,
                fileName + ": " + r.created() + " new, " + r.updated() + " changed, " + r.unchanged() + " unchanged");
        return r;
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void progress(long jobId, int processed) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("update engagement_import set processed = ? where id = ?")) {
            st.setInt(1, processed);
            st.setLong(2, jobId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void finish(long jobId, String status, Report r, String message) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("update engagement_import set status = ?, finished_at = ?,"
                        + " processed = case when ? then total_rows else processed end, created = ?, updated = ?,"
                        + " unchanged = ?, message = ? where id = ?")) {
            st.setString(1, status);
            st.setTimestamp(2, Timestamp.from(Instant.now()));
            st.setBoolean(3, r != null);
            st.setInt(4, r == null ? 0 : r.created());
            st.setInt(5, r == null ? 0 : r.updated());
            st.setInt(6, r == null ? 0 : r.unchanged());
            st.setString(7, message);
            st.setLong(8, jobId);
            st.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A job's progress and outcome. */
    public Job job(long id) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select id, kind, file_name, status, total_rows, processed,"
                        + " created, updated, unchanged, message, started_at, finished_at from engagement_import"
                        + " where id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw BusinessRuleException.invalid("job", "There is no import job " + id + ".");
                }
                Timestamp finished = rs.getTimestamp(12);
                return new Job(
                        rs.getLong(1),
                        rs.getString(2).toLowerCase(Locale.ROOT),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getString(10),
                        rs.getTimestamp(11).toInstant(),
                        finished == null ? null : finished.toInstant());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stakeholders of a file split into new, changed (with their ids) and unchanged. */
    private static final class Plan {
        final List<StakeholderInput> created = new ArrayList<>();
        final List<StakeholderInput> updated = new ArrayList<>();
        final List<Long> updatedIds = new ArrayList<>();
        int unchanged;
    }

    private Plan plan(Connection c, List<StakeholderInput> rows) throws SQLException {
        Plan plan = new Plan();
        Map<String, Object[]> existing = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select id, external_id, kind, display_name, email,"
                + " organisation, segment, region, relationship_since, purchase_summary, consent_contact,"
                + " consent_analysis, tags, (select code from org_unit o where o.id = serving_unit_id)"
                + " from stakeholder where external_id = any(?)")) {
            for (int from = 0; from < rows.size(); from += CHUNK) {
                List<StakeholderInput> chunk = rows.subList(from, Math.min(rows.size(), from + CHUNK));
                st.setArray(
                        1,
                        c.createArrayOf(
                                "varchar",
                                chunk.stream().map(StakeholderInput::externalId).toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        Date since = rs.getDate(9);
                        Array tags = rs.getArray(13);
                        StakeholderInput in = new StakeholderInput(
                                rs.getString(2),
                                StakeholderKind.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                since == null ? null : since.toLocalDate(),
                                rs.getString(10),
                                rs.getBoolean(11),
                                rs.getBoolean(12),
                                List.of((String[]) tags.getArray()),
                                rs.getString(14));
                        existing.put(in.externalId(), new Object[] {rs.getLong(1), in});
                    }
                }
            }
        }
        for (StakeholderInput in : rows) {
            Object[] e = existing.get(in.externalId());
            if (e == null) {
                plan.created.add(in);
            } else if (e[1].equals(in)) {
                plan.unchanged++;
            } else {
                plan.updated.add(in);
                plan.updatedIds.add((Long) e[0]);
            }
        }
        return plan;
    }

    private static final String COLUMNS_SQL = "u.kind, u.display_name, u.email, u.organisation, u.segment,"
            + " u.region, u.relationship_since, u.purchase_summary, u.consent_contact, u.consent_analysis,"
            + " case when u.tags = '' then '{}'::varchar(40)[] else string_to_array(u.tags, chr(31))::varchar(40)[] end,"
            + " (select o.id from org_unit o where o.code = u.serving_unit)";

    private static final String UNNEST_SQL = " unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[],"
            + " ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::boolean[],"
            + " ?::boolean[], ?::varchar[], ?::varchar[]) as u(id, external_id, kind, display_name, email, organisation, segment,"
            + " region, relationship_since, purchase_summary, consent_contact, consent_analysis, tags, serving_unit)";

    /** Writes the checked rows in the caller's transaction; reports progress on the job if any. */
    Report write(ParsedRows<StakeholderInput> parsed, Long jobId) {
        EngagementImports self = jobId == null ? null : context.getBusinessObject(EngagementImports.class);
        try (Connection c = dataSource.getConnection()) {
            Plan plan = plan(c, parsed.accepted());
            Timestamp now = Timestamp.from(Instant.now());
            int done = plan.unchanged;
            List<Long> newIds = ids(c, plan.created.size());
            try (PreparedStatement st = c.prepareStatement("insert into stakeholder (id, external_id, kind,"
                    + " display_name, email, organisation, segment, region, relationship_since, purchase_summary,"
                    + " consent_contact, consent_analysis, tags, serving_unit_id, created_at, updated_at)"
                    + " select u.id, u.external_id, "
                    + COLUMNS_SQL + ", ?, ? from" + UNNEST_SQL)) {
                for (int from = 0; from < plan.created.size(); from += CHUNK) {
                    int to = Math.min(plan.created.size(), from + CHUNK);
                    st.setTimestamp(1, now);
                    st.setTimestamp(2, now);
                    bindRows(c, st, 3, plan.created.subList(from, to), newIds.subList(from, to));
                    st.executeUpdate();
                    done += to - from;
                    if (self != null) {
                        self.progress(jobId, done);
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("update stakeholder s set (kind, display_name, email,"
                    + " organisation, segment, region, relationship_since, purchase_summary, consent_contact,"
                    + " consent_analysis, tags, serving_unit_id) = (select " + COLUMNS_SQL
                    + "), updated_at = ?, version = s.version + 1"
                    + " from" + UNNEST_SQL + " where s.id = u.id")) {
                for (int from = 0; from < plan.updated.size(); from += CHUNK) {
                    int to = Math.min(plan.updated.size(), from + CHUNK);
                    st.setTimestamp(1, now);
                    bindRows(c, st, 2, plan.updated.subList(from, to), plan.updatedIds.subList(from, to));
                    st.executeUpdate();
                    done += to - from;
                    if (self != null) {
                        self.progress(jobId, done);
                    }
                }
            }
            return new Report(
                    "stakeholders",
                    parsed.rows(),
                    plan.created.size(),
                    plan.updated.size(),
                    plan.unchanged,
                    List.of(),
                    0,
                    true);
        } catch (SQLException e) {
            throw new IllegalStateException("The import could not be written: " + e.getMessage(), e);
        }
    }

    /** Ids for new rows from the pooled sequence: each value v stands for the block v − 49 … v. */
    private static List<Long> ids(Connection c, int n) throws SQLException {
        List<Long> ids = new ArrayList<>(n);
        if (n == 0) {
            return ids;
        }
        try (PreparedStatement st =
                c.prepareStatement("select nextval('stakeholder_seq') from generate_series(1, ?)")) {
            st.setInt(1, (n + 49) / 50);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next() && ids.size() < n) {
                    long hi = rs.getLong(1);
                    for (long id = hi - 49; id <= hi && ids.size() < n; id++) {
                        if (id > 0) {
                            ids.add(id);
                        }
                    }
                }
            }
        }
        if (ids.size() < n) {
            ids.addAll(ids(c, n - ids.size()));
        }
        return ids;
    }

    private static void bindRows(
            Connection c, PreparedStatement st, int first, List<StakeholderInput> rows, List<Long> ids)
            throws SQLException {
        int n = rows.size();
        Object[][] cols = new Object[14][n];
        for (int i = 0; i < n; i++) {
            StakeholderInput in = rows.get(i);
            cols[0][i] = ids.get(i);
            cols[1][i] = in.externalId();
            cols[2][i] = in.kind().name();
            cols[3][i] = in.displayName();
            cols[4][i] = in.email();
            cols[5][i] = in.organisation();
            cols[6][i] = in.segment();
            cols[7][i] = in.region();
            cols[8][i] = in.relationshipSince() == null ? null : Date.valueOf(in.relationshipSince());
            cols[9][i] = in.purchaseSummary();
            cols[10][i] = in.consentToContact();
            cols[11][i] = in.consentToAnalysis();
            cols[12][i] = String.join("\u001f", in.tags());
            cols[13][i] = in.servingUnit();
        }
        String[] types = {
            "bigint", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "varchar", "date", "varchar",
            "boolean", "boolean", "varchar", "varchar"
        };
        for (int k = 0; k < 14; k++) {
            st.setArray(first + k, c.createArrayOf(types[k], cols[k]));
        }
    }

    /** Checks an activity file; writes nothing. */
    public Report previewActivities(String fileName, byte[] content) {
        return activities(fileName, content, false);
    }

    /** Imports an activity file, all or nothing. */
    public Report importActivities(String fileName, byte[] content) {
        Report r = activities(fileName, content, true);
        if (r.committed()) {
            audit.record("activity.import", "activity", null, fileName + ": " + r.created() + " activities");
        }
        return r;
    }

    private Report activities(String fileName, byte[] content, boolean commit) {
        if (content == null || content.length == 0) {
            return new Report(
                    "activities", 0, 0, 0, 0, List.of(new RowError(1, "file", "The file is empty.")), 1, false);
        }
        if (isXlsx(fileName, content)) {
            return new Report(
                    "activities",
                    0,
                    0,
                    0,
                    0,
                    List.of(new RowError(
                            1, "file", "Activities are imported from CSV; save the sheet as CSV (UTF-8).")),
                    1,
                    false);
        }
        Map<String, Long> ids = new HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st =
                        c.prepareStatement("select external_id, id from stakeholder where erased_at is null")) {
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<ActivityLog.Entry> entries = new ArrayList<>();
        ParsedRows<Activity> parsed = ActivityRows.fromCsv(
                new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8),
                Instant.now(),
                ids::containsKey,
                a -> {
                    entries.add(new ActivityLog.Entry(
                            ids.get(a.stakeholderId()),
                            a.type(),
                            a.at(),
                            a.channel(),
                            (int) a.weightMillis(),
                            "csv",
                            null,
                            null));
                });
        if (parsed.hasErrors() || !commit) {
            return new Report(
                    "activities",
                    parsed.rows(),
                    parsed.hasErrors() ? 0 : entries.size(),
                    0,
                    0,
                    parsed.errors(),
                    parsed.errorCount(),
                    false);
        }
        for (int from = 0; from < entries.size(); from += 50_000) {
            log.append(entries.subList(from, Math.min(entries.size(), from + 50_000)));
        }
        return new Report("activities", parsed.rows(), entries.size(), 0, 0, List.of(), 0, true);
    }
}
