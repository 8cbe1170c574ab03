package org.cocrea.engagement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ParsedRows;
import org.cocrea.engagement.control.StakeholderInput;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.engagement.control.StakeholderRows;
import org.cocrea.engagement.entity.Stakeholder;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * The stakeholder registry: list (paged, filtered, sorted), profile, create and edit, export,
 * the sign-in link of customers and employees, and the privacy rights (export everything held on
 * one stakeholder, erase on request). Innovation managers and administrators work with the
 * registry; a customer or employee sees only its own record.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class Stakeholders {

    static final String ROW_COLUMNS = "s.id, s.external_id, s.kind, s.display_name, s.email, s.organisation,"
            + " s.segment, s.region, s.tags, s.consent_contact, s.consent_analysis, s.engagement, s.innovation,"
            + " s.communication, s.recommendation, s.learning, s.knowledge, s.risk, s.scored_on, s.erased_at";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    SurveyClock clock;

    @EJB
    AuditTrail audit;

    @EJB
    ActivityLog activityLog;

    /** One page of the registry. */
    public Page<StakeholderRow> page(
            StakeholderFilter filter, StakeholderFilter.Sort sort, boolean ascending, int first, int size) {
        if (first < 0 || size < 1 || size > 1000) {
            throw BusinessRuleException.invalid("size", "Ask for 1 to 1000 rows from position 0 or later.");
        }
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        String sql = pageSql(filter, sort, ascending, where);
        List<StakeholderRow> rows = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int i = bind(st, params);
                st.setInt(i++, size);
                st.setInt(i, first);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            if (first == 0 && rows.size() < size) {
                total = rows.size();
            } else {
                try (PreparedStatement st = c.prepareStatement("select count(*) from stakeholder s" + where)) {
                    bind(st, params);
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        total = rs.getLong(1);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Page<>(rows, total);
    }

    /** The select of one page: {@code where} from {@link #where}, then the limit and offset as parameters. */
    static String pageSql(StakeholderFilter filter, StakeholderFilter.Sort sort, boolean ascending, String where) {
        StakeholderFilter.Sort by = sort == null ? StakeholderFilter.Sort.NAME : sort;
        String from = " from stakeholder s" + where;
        if (by == StakeholderFilter.Sort.NAME && filter != null && present(filter.text())) {
            // A name search sorted by name: the matches lie together in name order, but PostgreSQL
            // takes them to be spread out and would walk the name-order index from the start until
            // it has a page of them (a second on a million stakeholders). Find them with the prefix
            // index first and sort only them; OFFSET 0 keeps the inner query on its own.
            from = " from (select * from stakeholder s" + where + " offset 0) s";
        }
        return "select " + ROW_COLUMNS + from + " order by " + by.orderBy(ascending) + " limit ? offset ?";
    }

    static String where(StakeholderFilter f, List<Object> params) {
        StringBuilder w = new StringBuilder(" where true");
        if (f == null) {
            return w.toString();
        }
        if (present(f.text())) {
            String t = f.text()
                    .strip()
                    .toLowerCase(Locale.ROOT)
                    .replace("\\", "\\\\")
                    .replace("%", "\\%")
                    .replace("_", "\\_");
            w.append(" and (lower(s.display_name) like ? or s.external_id = ?)");
            params.add(t + "%");
            params.add(f.text().strip());
        }
        if (present(f.kind())) {
            StakeholderKind kind = StakeholderKind.fromCode(f.kind())
                    .orElseThrow(() -> BusinessRuleException.invalid(
                            "kind", "Unknown kind '" + f.kind() + "'; use one of " + StakeholderKind.codes() + "."));
            w.append(" and s.kind = ?");
            params.add(kind.name());
        }
        if (present(f.segment())) {
            w.append(" and s.segment = ?");
            params.add(f.segment().strip());
        }
        if (present(f.region())) {
            w.append(" and s.region = ?");
            params.add(f.region().strip());
        }
        if (present(f.tag())) {
            w.append(" and s.tags @> array[?]::varchar(40)[]");
            params.add(f.tag().strip());
        }
        if (f.minEngagement() != null) {
            if (!(f.minEngagement() >= 0 && f.minEngagement() <= 100)) {
                throw BusinessRuleException.invalid("minEngagement", "The lowest engagement must be 0..100.");
            }
            w.append(" and s.engagement >= ?");
            params.add(f.minEngagement());
        }
        return w.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    static int bind(PreparedStatement st, List<Object> params) throws SQLException {
        int i = 1;
        for (Object p : params) {
            st.setObject(i++, p);
        }
        return i;
    }

    static StakeholderRow row(ResultSet rs) throws SQLException {
        Array tags = rs.getArray(9);
        List<String> tagList = tags == null ? List.of() : List.of((String[]) tags.getArray());
        List<Double> abilities = new ArrayList<>();
        for (int i = 0; i < Ability.values().length; i++) {
            abilities.add(rs.getDouble(13 + i));
        }
        Date scored = rs.getDate(19);
        return new StakeholderRow(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3).toLowerCase(Locale.ROOT),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                tagList,
                rs.getBoolean(10),
                rs.getBoolean(11),
                rs.getDouble(12),
                abilities,
                rs.getDouble(18),
                scored == null ? null : scored.toLocalDate(),
                rs.getTimestamp(20) != null);
    }

    /** The distinct segments, regions and tags in use, for the filters. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public Map<String, List<String>> filterValues() {
        Map<String, List<String>> m = new LinkedHashMap<>();
        m.put("segment", strings("select distinct segment from stakeholder where segment is not null order by 1"));
        m.put("region", strings("select distinct region from stakeholder where region is not null order by 1"));
        m.put("tag", strings("select distinct unnest(tags) from stakeholder order by 1 limit 500"));
        return m;
    }

    private List<String> strings(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /** The whole record of one stakeholder. */
    public StakeholderDetail find(long id) {
        return StakeholderDetail.of(load(id), em);
    }

    Stakeholder load(long id) {
        Stakeholder s = em.find(Stakeholder.class, id);
        if (s == null) {
            throw BusinessRuleException.invalid("id", "There is no stakeholder " + id + ".");
        }
        return s;
    }

    /**
     * Creates a stakeholder from form or API fields (the import file's column names).
     *
     * @throws BusinessRuleException naming the first field at fault; {@link #check} lists all
     */
    public StakeholderDetail create(Map<String, String> fields) {
        StakeholderInput in = checked(fields);
        if (!em.createNamedQuery(Stakeholder.BY_EXTERNAL_ID, Stakeholder.class)
                .setParameter("externalId", in.externalId())
                .getResultList()
                .isEmpty()) {
            throw BusinessRuleException.conflict(
                    "external_id", "A stakeholder with the external id " + in.externalId() + " already exists.");
        }
        Stakeholder s = new Stakeholder(in, Instant.now());
        s.serveBy(unitId(in.servingUnit()));
        em.persist(s);
        em.flush();
        audit.record("stakeholder.create", "stakeholder", s.getId().toString(), in.externalId());
        return StakeholderDetail.of(s, em);
    }

    /** The id of the unit with this code, or null (also for a null code). */
    Long unitId(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return em.createQuery("select u.id from OrgUnit u where u.code = :code", Long.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    /** Every problem with the fields, each naming its field; empty when they would be accepted. */
    public List<RowError> check(Map<String, String> fields) {
        return StakeholderRows.checkOne(fields, clock.today(), c -> unitId(c) != null)
                .errors();
    }

    private StakeholderInput checked(Map<String, String> fields) {
        ParsedRows<StakeholderInput> r = StakeholderRows.checkOne(fields, clock.today(), c -> unitId(c) != null);
        if (r.hasErrors()) {
            RowError e = r.errors().get(0);
            throw BusinessRuleException.invalid(e.column(), e.message());
        }
        return r.accepted().get(0);
    }

    /**
     * Changes a stakeholder's profile, consent and tags.
     *
     * @param version the version the caller edited; a stale one is refused
     */
    public StakeholderDetail update(long id, Map<String, String> fields, int version) {
        Stakeholder s = load(id);
        if (s.getErasedAt() != null) {
            throw BusinessRuleException.conflict("id", "This stakeholder was erased on request and cannot be edited.");
        }
        if (s.getVersion() != version) {
            throw new OptimisticLockException("Someone else changed this stakeholder; reload it and edit again.");
        }
        StakeholderInput in = checked(fields);
        if (!in.externalId().equals(s.getExternalId())) {
            throw BusinessRuleException.invalid(
                    "external_id",
                    "The external id links the stakeholder to your CRM and to its activities; it cannot be changed.");
        }
        s.apply(in, Instant.now());
        s.serveBy(unitId(in.servingUnit()));
        em.flush();
        audit.record("stakeholder.update", "stakeholder", Long.toString(id), null);
        return StakeholderDetail.of(s, em);
    }

    /** Writes the matching stakeholders as CSV (the import file's columns plus the scores). */
    public void exportCsv(StakeholderFilter filter, StakeholderFilter.Sort sort, boolean ascending, OutputStream out) {
        try {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write('\uFEFF');
            CSVPrinter csv = CSVFormat.DEFAULT
                    .builder()
                    .setHeader(EXPORT_HEADER.toArray(String[]::new))
                    .get()
                    .print(w);
            forEach(filter, sort, ascending, r -> {
                try {
                    csv.printRecord(exportValues(r));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("stakeholder.export", "stakeholder", null, "csv " + filter);
    }

    /** Writes the matching stakeholders as an Excel workbook (streamed, any number of rows). */
    public void exportXlsx(StakeholderFilter filter, StakeholderFilter.Sort sort, boolean ascending, OutputStream out) {
        try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
            Sheet sheet = book.createSheet("Stakeholders");
            Row header = sheet.createRow(0);
            for (int i = 0; i < EXPORT_HEADER.size(); i++) {
                header.createCell(i).setCellValue(EXPORT_HEADER.get(i));
            }
            int[] next = {1};
            forEach(filter, sort, ascending, r -> {
                Row row = sheet.createRow(next[0]++);
                List<Object> values = exportValues(r);
                for (int i = 0; i < values.size(); i++) {
                    Object v = values.get(i);
                    if (v instanceof Number n) {
                        row.createCell(i).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(i).setCellValue(v.toString());
                    }
                }
            });
            book.write(out);
            book.dispose();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("stakeholder.export", "stakeholder", null, "xlsx " + filter);
    }

    static final List<String> EXPORT_HEADER = List.of(
            "external_id",
            "kind",
            "display_name",
            "email",
            "organisation",
            "segment",
            "region",
            "tags",
            "consent_contact",
            "consent_analysis",
            "engagement",
            "innovation",
            "communication",
            "recommendation",
            "learning",
            "knowledge",
            "risk",
            "scored_on");

    private static List<Object> exportValues(StakeholderRow r) {
        List<Object> v = new ArrayList<>();
        v.add(r.externalId());
        v.add(r.kind());
        v.add(r.displayName());
        v.add(r.email());
        v.add(r.organisation());
        v.add(r.segment());
        v.add(r.region());
        v.add(String.join(";", r.tags()));
        v.add(r.consentToContact() ? "yes" : "no");
        v.add(r.consentToAnalysis() ? "yes" : "no");
        v.add(round(r.engagement()));
        for (Double a : r.abilities()) {
            v.add(round(a));
        }
        v.add(round(r.risk()));
        v.add(r.scoredOn() == null ? null : r.scoredOn().toString());
        return v;
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    private void forEach(
            StakeholderFilter filter, StakeholderFilter.Sort sort, boolean ascending, Consumer<StakeholderRow> sink) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        StakeholderFilter.Sort by = sort == null ? StakeholderFilter.Sort.NAME : sort;
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select " + ROW_COLUMNS + " from stakeholder s" + where
                        + " order by " + by.orderBy(ascending))) {
            st.setFetchSize(2000);
            bind(st, params);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    sink.accept(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Links the signed-in customer or employee to its stakeholder record on first sign-in: an
     * unlinked record with the same e-mail address, else (customers only) a new self-registered one.
     *
     * @return the caller's record, or empty for an employee without one
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.EMPLOYEE})
    public java.util.Optional<StakeholderDetail> linkCaller(String email, String displayName) {
        String username = session.getCallerPrincipal().getName();
        List<Stakeholder> mine = em.createNamedQuery(Stakeholder.BY_USERNAME, Stakeholder.class)
                .setParameter("username", username)
                .getResultList();
        if (!mine.isEmpty()) {
            return java.util.Optional.of(StakeholderDetail.of(mine.get(0), em));
        }
        Instant now = Instant.now();
        if (email != null && !email.isBlank()) {
            List<Stakeholder> byEmail = em.createNamedQuery(Stakeholder.UNLINKED_BY_EMAIL, Stakeholder.class)
                    .setParameter("email", email.strip())
                    .getResultList();
            if (!byEmail.isEmpty()) {
                Stakeholder s = byEmail.get(0);
                s.linkUser(username, now);
                audit.record("stakeholder.link", "stakeholder", s.getId().toString(), username);
                return java.util.Optional.of(StakeholderDetail.of(s, em));
            }
        }
        if (!session.isCallerInRole(Roles.CUSTOMER)) {
            return java.util.Optional.empty();
        }
        String name = displayName == null || displayName.isBlank() ? username : displayName.strip();
        StakeholderInput in = new StakeholderInput(
                "self:" + username,
                StakeholderKind.CUSTOMER,
                name.length() > 200 ? name.substring(0, 200) : name,
                email == null || email.isBlank() ? null : email.strip(),
                null,
                null,
                null,
                clock.today(),
                null,
                false,
                true,
                List.of("self-registered"));
        Stakeholder s = new Stakeholder(in, now);
        s.linkUser(username, now);
        em.persist(s);
        em.flush();
        audit.record("stakeholder.self-register", "stakeholder", s.getId().toString(), username);
        return java.util.Optional.of(StakeholderDetail.of(s, em));
    }

    /**
     * Called when a customer or employee signs in: links the record on first sign-in (see {@link
     * #linkCaller}) and logs a visit activity.
     */
    @RolesAllowed({Roles.CUSTOMER, Roles.EMPLOYEE})
    public java.util.Optional<StakeholderDetail> signedIn(String email, String displayName) {
        java.util.Optional<StakeholderDetail> me = linkCaller(email, displayName);
        me.filter(d -> !d.erased())
                .ifPresent(d -> activityLog.append(List.of(new ActivityLog.Entry(
                        d.id(),
                        org.cocrea.engagement.control.ActivityType.VISIT,
                        Instant.now(),
                        org.cocrea.engagement.control.Channel.WEB,
                        1000,
                        "sign-in",
                        null,
                        null))));
        return me;
    }

    /** The caller's own record, if linked. */
    @RolesAllowed({Roles.CUSTOMER, Roles.EMPLOYEE})
    public java.util.Optional<StakeholderDetail> mine() {
        return em.createNamedQuery(Stakeholder.BY_USERNAME, Stakeholder.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .map(x -> StakeholderDetail.of(x, em));
    }

    /** Everything held on the caller (its own privacy export). */
    @RolesAllowed({Roles.CUSTOMER, Roles.EMPLOYEE})
    public String myPrivacyExport() {
        StakeholderDetail me = mine().orElseThrow(
                        () -> BusinessRuleException.invalid("id", "No stakeholder record is linked to you."));
        return privacyJson(me.id(), "stakeholder.privacy-export.self");
    }

    /** Everything Cocrea holds on one stakeholder, as JSON; audited. */
    public String privacyExport(long id) {
        load(id);
        return privacyJson(id, "stakeholder.privacy-export");
    }

    private String privacyJson(long id, String action) {
        Stakeholder s = load(id);
        JsonObjectBuilder profile = Json.createObjectBuilder()
                .add("id", s.getId())
                .add("external_id", s.getExternalId())
                .add("kind", s.getKind().name().toLowerCase(Locale.ROOT))
                .add("display_name", s.getDisplayName());
        addIfPresent(profile, "email", s.getEmail());
        addIfPresent(profile, "organisation", s.getOrganisation());
        addIfPresent(profile, "segment", s.getSegment());
        addIfPresent(profile, "region", s.getRegion());
        addIfPresent(profile, "relationship_since", s.getRelationshipSince());
        addIfPresent(profile, "purchase_summary", s.getPurchaseSummary());
        addIfPresent(profile, "username", s.getUsername());
        JsonArrayBuilder tags = Json.createArrayBuilder();
        s.getTags().forEach(tags::add);
        profile.add("tags", tags)
                .add("consent_contact", s.isConsentToContact())
                .add("consent_analysis", s.isConsentToAnalysis())
                .add("created_at", s.getCreatedAt().toString())
                .add("updated_at", s.getUpdatedAt().toString());
        JsonObjectBuilder scores = Json.createObjectBuilder()
                .add("engagement", s.getEngagement())
                .add("innovation", s.getInnovation())
                .add("communication", s.getCommunication())
                .add("recommendation", s.getRecommendation())
                .add("learning", s.getLearning())
                .add("knowledge", s.getKnowledge())
                .add("risk", s.getRisk());
        addIfPresent(scores, "scored_on", s.getScoredOn());
        JsonObjectBuilder root = Json.createObjectBuilder()
                .add("exported_at", Instant.now().toString())
                .add("profile", profile)
                .add("current_scores", scores);
        try (Connection c = dataSource.getConnection()) {
            root.add(
                    "activities",
                    rows(
                            c,
                            "select type, occurred_at, channel, weight_millis / 1000.0, source, reference, summary"
                                    + " from engagement_activity where stakeholder_id = ? order by occurred_at",
                            id,
                            "type",
                            "occurred_at",
                            "channel",
                            "weight",
                            "source",
                            "reference",
                            "summary"));
            root.add(
                    "outcomes",
                    rows(
                            c,
                            "select kind, occurred_at, amount, reference from engagement_outcome"
                                    + " where stakeholder_id = ? order by occurred_at",
                            id,
                            "kind",
                            "occurred_at",
                            "amount",
                            "reference"));
            root.add(
                    "score_history",
                    rows(
                            c,
                            "select as_of, engagement, innovation, communication, recommendation, learning,"
                                    + " knowledge, risk from stakeholder_snapshot where stakeholder_id = ? order by as_of",
                            id,
                            "as_of",
                            "engagement",
                            "innovation",
                            "communication",
                            "recommendation",
                            "learning",
                            "knowledge",
                            "risk"));
            root.add(
                    "incidents",
                    rows(
                            c,
                            "select type, severity, occurred_on, confirmed, description, reported_at"
                                    + " from engagement_incident where stakeholder_id = ? order by occurred_on",
                            id,
                            "type",
                            "severity",
                            "occurred_on",
                            "confirmed",
                            "description",
                            "reported_at"));
            root.add(
                    "experience_answers",
                    rows(
                            c,
                            "select context, answered_on, functional, emotional, social, overall, engagement, answers"
                                    + " from experience_answer where stakeholder_id = ? order by answered_on",
                            id,
                            "context",
                            "answered_on",
                            "functional",
                            "emotional",
                            "social",
                            "overall",
                            "engagement",
                            "answers"));
            root.add(
                    "shortlists",
                    rows(
                            c,
                            "select l.name, l.campaign, m.rank, m.invited_at from engagement_shortlist_member m"
                                    + " join engagement_shortlist l on l.id = m.shortlist_id where m.stakeholder_id = ?"
                                    + " order by l.created_at",
                            id,
                            "shortlist",
                            "campaign",
                            "rank",
                            "invited_at"));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        audit.record(action, "stakeholder", Long.toString(id), null);
        return root.build().toString();
    }

    private static void addIfPresent(JsonObjectBuilder b, String key, Object value) {
        if (value != null) {
            b.add(key, value.toString());
        }
    }

    private static JsonArrayBuilder rows(Connection c, String sql, long id, String... names) throws SQLException {
        JsonArrayBuilder out = Json.createArrayBuilder();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    JsonObjectBuilder o = Json.createObjectBuilder();
                    for (int i = 0; i < names.length; i++) {
                        Object v = rs.getObject(i + 1);
                        if (v == null) {
                            continue;
                        }
                        if (v instanceof Number n) {
                            o.add(names[i], n.doubleValue());
                        } else if (v instanceof Boolean b) {
                            o.add(names[i], b);
                        } else if (v instanceof java.sql.Timestamp t) {
                            o.add(names[i], t.toInstant().toString());
                        } else {
                            o.add(names[i], v.toString());
                        }
                    }
                    out.add(o);
                }
            }
        }
        return out;
    }

    /**
     * Erases a stakeholder on request: the person's name, contact, profile, tags, sign-in link, free
     * texts and answers' wording go; activities, outcomes and scores stay without the person, so
     * aggregate counts (per segment, per type, per day) do not change. Irreversible; audited.
     */
    public StakeholderDetail erase(long id) {
        Stakeholder s = load(id);
        if (s.getErasedAt() != null) {
            return StakeholderDetail.of(s, em);
        }
        Instant now = Instant.now();
        s.erase("erased-" + UUID.randomUUID(), now);
        em.flush();
        try (Connection c = dataSource.getConnection()) {
            for (String sql : List.of(
                    "update engagement_activity set summary = null, reference = null where stakeholder_id = ?",
                    "update engagement_outcome set reference = null where stakeholder_id = ?",
                    "update engagement_incident set description = null where stakeholder_id = ?",
                    "update experience_answer set answers = '{}', context = 'erased' where stakeholder_id = ?",
                    "update experience_request set context = 'erased' where stakeholder_id = ?",
                    "delete from engagement_shortlist_member where stakeholder_id = ? and invited_at is null")) {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setLong(1, id);
                    st.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        audit.record("stakeholder.erase", "stakeholder", Long.toString(id), "erased on request");
        return StakeholderDetail.of(s, em);
    }

    /** Today in the organisation's time zone (for forms). */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE, Roles.CUSTOMER, Roles.EMPLOYEE})
    public LocalDate today() {
        return clock.today();
    }
}
