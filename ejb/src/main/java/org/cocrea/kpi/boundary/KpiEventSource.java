package org.cocrea.kpi.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.kpi.control.AudienceCounted;
import org.cocrea.kpi.control.ClimateIndexRecorded;
import org.cocrea.kpi.control.EngagementIndexRecorded;
import org.cocrea.kpi.control.IdeaStageChanged;
import org.cocrea.kpi.control.IdeaSubmitted;
import org.cocrea.kpi.control.IncidentRecorded;
import org.cocrea.kpi.control.KpiEvent;
import org.cocrea.kpi.control.Orientation;
import org.cocrea.kpi.control.Participation;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;
import org.cocrea.kpi.control.Stage;

/**
 * Turns the rows other features write into {@link KpiEvent}s, the same way for the incremental
 * updater (the rows named in the outbox) and for a recomputation (every row of a period), so that
 * both see the same events.
 *
 * <ul>
 *   <li>{@code idea_transition}, read per idea in the order of {@code decided_at} (then id): the
 *       first row is the submission ({@link IdeaSubmitted}, entering the phase of its stage, and a
 *       {@link Participation} of the submitter); a later row whose stage differs from the one
 *       before is an {@link IdeaStageChanged}. The stage of a row is its status when the idea left
 *       the pipeline (LAUNCHED = implemented; KILLED and MERGED = rejected), else the phase of its
 *       campaign stage; rows that change neither (review, hold, a move between two stages of the
 *       same phase) are no event. The stay ends at the row's decision and began at the previous
 *       change's;
 *   <li>{@code idea_comment}, {@code idea_vote}, {@code task_finding}: a {@link Participation} of
 *       the author, voter or stakeholder, in the idea's campaign, for the person's unit (the
 *       participant's, else the serving unit of their stakeholder record);
 *   <li>{@code engagement_incident}: an {@link IncidentRecorded} on the day it occurred, for the
 *       stakeholder's serving unit and the campaign of the content report that confirmed it;
 *   <li>{@code stakeholder_snapshot} of customers: an {@link EngagementIndexRecorded} per customer
 *       and month;
 *   <li>{@code kpi_climate_result} and {@code kpi_audience}: {@link ClimateIndexRecorded} and
 *       {@link AudienceCounted}.
 * </ul>
 */
final class KpiEventSource {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final int MAX_ID = 80;
    private static final java.util.logging.Logger LOG =
            java.util.logging.Logger.getLogger(KpiEventSource.class.getName());

    /** A row of the outbox. */
    record OutboxRow(long id, String source, long sourceId, String sourceKey) {}

    private record Person(String key, StakeholderKind kind, String segment, String unit) {}

    private final Connection c;
    private final ZoneId zone;
    private final UnitTree units;
    private final Map<String, Person> people = new HashMap<>();
    private int skipped;

    KpiEventSource(Connection c, ZoneId zone, UnitTree units) {
        this.c = c;
        this.zone = zone;
        this.units = units;
    }

    // ------------------------------------------------------------------ the outbox

    /** The events of these outbox rows; rows whose source row is gone give none. */
    List<KpiEvent> outbox(Collection<OutboxRow> rows) throws SQLException {
        List<Long> transitions = new ArrayList<>();
        List<Long> comments = new ArrayList<>();
        List<Long> voteIdeas = new ArrayList<>();
        List<String> voters = new ArrayList<>();
        List<Long> findings = new ArrayList<>();
        List<Long> incidents = new ArrayList<>();
        for (OutboxRow r : rows) {
            switch (r.source()) {
                case "TRANSITION" -> transitions.add(r.sourceId());
                case "COMMENT" -> comments.add(r.sourceId());
                case "VOTE" -> {
                    voteIdeas.add(r.sourceId());
                    voters.add(r.sourceKey());
                }
                case "FINDING" -> findings.add(r.sourceId());
                case "INCIDENT" -> incidents.add(r.sourceId());
                default -> {
                    // an unknown source written by a newer version: left to it
                }
            }
        }
        List<KpiEvent> out = new ArrayList<>();
        if (!transitions.isEmpty()) {
            Set<Long> wanted = new HashSet<>(transitions);
            walkTransitions(
                    "t.idea_id in (select x.idea_id from idea_transition x where x.id = any(?))",
                    st -> st.setArray(1, c.createArrayOf("bigint", transitions.toArray())),
                    wanted::contains,
                    out);
        }
        if (!comments.isEmpty()) {
            comments("k.id = any(?)", st -> st.setArray(1, c.createArrayOf("bigint", comments.toArray())), out);
        }
        if (!voteIdeas.isEmpty()) {
            votes(
                    "(v.idea_id, v.voter) in (select * from unnest(?::bigint[], ?::varchar[]))",
                    st -> {
                        st.setArray(1, c.createArrayOf("bigint", voteIdeas.toArray()));
                        st.setArray(2, c.createArrayOf("varchar", voters.toArray()));
                    },
                    out);
        }
        if (!findings.isEmpty()) {
            findings("f.id = any(?)", st -> st.setArray(1, c.createArrayOf("bigint", findings.toArray())), out);
        }
        if (!incidents.isEmpty()) {
            incidents("n.id = any(?)", st -> st.setArray(1, c.createArrayOf("bigint", incidents.toArray())), out);
        }
        return out;
    }

    // ------------------------------------------------------------------ a period, from scratch

    /**
     * Every event a recomputation of the period needs: the flow events in it and every carried
     * event before its end (the pipeline's history, audience counts, climate results), plus the
     * later implementations of the ideas submitted in it (conversion counts them for the month of
     * submission). Events outside these are included where it is cheaper; {@code Recompute} places
     * every event by itself.
     *
     * <p>Source rows still waiting in the outbox, and engagement snapshots after {@code
     * engagementAsOf}, are left out: the updater applies them later, so that each row counts once.
     * Each statement sees a source row and its outbox row together (they commit together), and the
     * caller holds the state row, so no batch of the updater commits in between. Leaving out the
     * waiting transitions of an idea leaves out the end of its history only (an idea's transitions
     * are written one after the other and enter the outbox in that order), so the events of the
     * rest are the same.
     */
    List<KpiEvent> period(Period p, LocalDate engagementAsOf) throws SQLException {
        Timestamp start = Timestamp.from(p.start().atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(p.endExclusive().atStartOfDay(zone).toInstant());
        List<KpiEvent> out = new ArrayList<>();
        walkTransitions(
                "t.idea_id in (select x.idea_id from idea_transition x where x.decided_at < ?"
                        + " union select y.id from idea y where y.submitted_at >= ? and y.submitted_at < ?)"
                        + " and not exists (select 1 from kpi_outbox o where o.source = 'TRANSITION'"
                        + " and o.source_id = t.id)",
                st -> {
                    st.setTimestamp(1, end);
                    st.setTimestamp(2, start);
                    st.setTimestamp(3, end);
                },
                row -> true,
                out);
        Binder range = st -> {
            st.setTimestamp(1, start);
            st.setTimestamp(2, end);
        };
        comments(
                "k.created_at >= ? and k.created_at < ? and not exists (select 1 from kpi_outbox o"
                        + " where o.source = 'COMMENT' and o.source_id = k.id)",
                range,
                out);
        votes(
                "v.voted_at >= ? and v.voted_at < ? and not exists (select 1 from kpi_outbox o"
                        + " where o.source = 'VOTE' and o.source_id = v.idea_id and o.source_key = v.voter)",
                range,
                out);
        findings(
                "f.submitted_at >= ? and f.submitted_at < ? and not exists (select 1 from kpi_outbox o"
                        + " where o.source = 'FINDING' and o.source_id = f.id)",
                range,
                out);
        incidents(
                "n.occurred_on >= ? and n.occurred_on < ? and not exists (select 1 from kpi_outbox o"
                        + " where o.source = 'INCIDENT' and o.source_id = n.id)",
                st -> {
                    st.setDate(1, Date.valueOf(p.start()));
                    st.setDate(2, Date.valueOf(p.endExclusive()));
                },
                out);
        if (engagementAsOf != null) {
            LocalDate last = p.end().isBefore(engagementAsOf) ? p.end() : engagementAsOf;
            engagement(
                    "ss.as_of >= ? and ss.as_of <= ?",
                    st -> {
                        st.setDate(1, Date.valueOf(p.start()));
                        st.setDate(2, Date.valueOf(last));
                    },
                    out);
        }
        climate("r.closed_at < ?", st -> st.setTimestamp(1, end), out);
        audiences("a.counted_at < ?", st -> st.setTimestamp(1, end), out);
        return out;
    }

    // ------------------------------------------------------------------ polled sources

    /** The customers' engagement scores of one monthly snapshot. */
    List<KpiEvent> engagement(LocalDate asOf) throws SQLException {
        List<KpiEvent> out = new ArrayList<>();
        engagement("ss.as_of = ?", st -> st.setDate(1, Date.valueOf(asOf)), out);
        return out;
    }

    /** The climate results of these rounds. */
    List<KpiEvent> climate(Collection<Long> rounds) throws SQLException {
        List<KpiEvent> out = new ArrayList<>();
        climate("r.round_id = any(?)", st -> st.setArray(1, c.createArrayOf("bigint", rounds.toArray())), out);
        return out;
    }

    /** The audience counts with these ids. */
    List<KpiEvent> audiences(Collection<Long> ids) throws SQLException {
        List<KpiEvent> out = new ArrayList<>();
        audiences("a.id = any(?)", st -> st.setArray(1, c.createArrayOf("bigint", ids.toArray())), out);
        return out;
    }

    // ------------------------------------------------------------------ the readers

    @FunctionalInterface
    interface Binder {
        void bind(PreparedStatement st) throws SQLException;
    }

    @FunctionalInterface
    private interface RowFilter {
        boolean wanted(long transitionId);
    }

    private static final class Transition {
        long id;
        long idea;
        Stage stage;
        Instant at;
        Instant submittedAt;
        StakeholderKind authorKind;
        Orientation orientation;
        String unit;
        String campaign;
        String submitter;
    }

    private void walkTransitions(String where, Binder binder, RowFilter wanted, List<KpiEvent> out)
            throws SQLException {
        List<Transition> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select t.id, t.idea_id, t.to_status, ts.phase, t.decided_at,"
                + " i.submitted_at, i.submitter_kind, i.orientation, i.unit_id, ca.code, i.submitter"
                + " from idea_transition t join idea i on i.id = t.idea_id join campaign ca on ca.id = i.campaign_id"
                + " join campaign_stage ts on ts.id = t.to_stage where " + where
                + " order by t.idea_id, t.decided_at, t.id")) {
            binder.bind(st);
            st.setFetchSize(5000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Transition t = new Transition();
                    t.id = rs.getLong(1);
                    t.idea = rs.getLong(2);
                    t.stage = stage(rs.getString(3), rs.getString(4));
                    t.at = rs.getTimestamp(5).toInstant();
                    t.submittedAt = rs.getTimestamp(6).toInstant();
                    t.authorKind =
                            "CUSTOMER".equals(rs.getString(7)) ? StakeholderKind.CUSTOMER : StakeholderKind.EMPLOYEE;
                    t.orientation = orientation(rs.getString(8));
                    long unit = rs.getLong(9);
                    t.unit = rs.wasNull() ? null : units.code(unit);
                    t.campaign = code(rs.getString(10));
                    t.submitter = rs.getString(11);
                    rows.add(t);
                }
            }
        }
        Set<String> submitters = new HashSet<>();
        for (Transition t : rows) {
            submitters.add(t.submitter);
        }
        loadPeople(submitters);
        int i = 0;
        while (i < rows.size()) {
            int j = i;
            while (j < rows.size() && rows.get(j).idea == rows.get(i).idea) {
                j++;
            }
            walkIdea(rows.subList(i, j), wanted, out);
            i = j;
        }
    }

    private void walkIdea(List<Transition> history, RowFilter wanted, List<KpiEvent> out) {
        Stage current = null;
        Instant since = null;
        for (Transition t : history) {
            String idea = Long.toString(t.idea);
            Instant submitted = t.submittedAt;
            Instant at = t.at.isBefore(submitted) ? submitted : t.at;
            if (current == null) {
                Stage entry = t.stage.open() ? t.stage : Stage.FIRST;
                if (wanted.wanted(t.id)) {
                    add(
                            out,
                            () -> new IdeaSubmitted(
                                    idea, t.campaign, t.unit, t.authorKind, t.orientation, entry, submitted));
                    Person p = people.get(t.submitter);
                    if (p != null) {
                        add(
                                out,
                                () -> new Participation(
                                        p.key(), p.kind(), p.segment(), t.campaign, p.unit(), submitted));
                    }
                }
                current = entry;
                since = submitted;
                if (t.stage.open()) {
                    continue;
                }
            }
            if (t.stage != current) {
                Instant entered = since.isAfter(at) ? at : since;
                Stage from = current;
                if (wanted.wanted(t.id)) {
                    add(
                            out,
                            () -> new IdeaStageChanged(
                                    idea, t.campaign, t.unit, from, t.stage, entered, submitted, at));
                }
                current = t.stage;
                since = at;
            }
        }
    }

    private void comments(String where, Binder binder, List<KpiEvent> out) throws SQLException {
        participations(
                "select k.author, k.created_at, ca.code from idea_comment k join idea i on i.id = k.idea_id"
                        + " join campaign ca on ca.id = i.campaign_id where " + where,
                binder,
                out);
    }

    private void votes(String where, Binder binder, List<KpiEvent> out) throws SQLException {
        participations(
                "select v.voter, v.voted_at, ca.code from idea_vote v join idea i on i.id = v.idea_id"
                        + " join campaign ca on ca.id = i.campaign_id where " + where,
                binder,
                out);
    }

    /** Rows of (user name, time, campaign code) as participations. */
    private void participations(String sql, Binder binder, List<KpiEvent> out) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            binder.bind(st);
            st.setFetchSize(5000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Object[] {rs.getString(1), rs.getTimestamp(2).toInstant(), code(rs.getString(3))});
                }
            }
        }
        Set<String> names = new HashSet<>();
        rows.forEach(r -> names.add((String) r[0]));
        loadPeople(names);
        for (Object[] r : rows) {
            Person p = people.get((String) r[0]);
            if (p != null) {
                add(
                        out,
                        () -> new Participation(
                                p.key(), p.kind(), p.segment(), (String) r[2], p.unit(), (Instant) r[1]));
            }
        }
    }

    private void findings(String where, Binder binder, List<KpiEvent> out) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select f.stakeholder_id, f.submitted_at, ca.code, s.kind,"
                + " s.segment, s.serving_unit_id, (select p.username from participant p where p.stakeholder_id ="
                + " f.stakeholder_id order by p.username limit 1) from task_finding f join participation_task t on"
                + " t.id = f.task_id join idea i on i.id = t.idea_id join campaign ca on ca.id = i.campaign_id join"
                + " stakeholder s on s.id = f.stakeholder_id where " + where)) {
            binder.bind(st);
            st.setFetchSize(5000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String username = rs.getString(7);
                    StakeholderKind kind = kind(rs.getString(4), null);
                    long unit = rs.getLong(6);
                    String unitCode = rs.wasNull() ? null : units.code(unit);
                    String key = username != null ? personKey("u:" + username) : "s:" + rs.getLong(1);
                    String segment = segment(kind, rs.getString(5));
                    String campaign = code(rs.getString(3));
                    Instant at = rs.getTimestamp(2).toInstant();
                    add(out, () -> new Participation(key, kind, segment, campaign, unitCode, at));
                }
            }
        }
    }

    private void incidents(String where, Binder binder, List<KpiEvent> out) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select n.id, n.stakeholder_id, n.type, n.severity,"
                + " n.occurred_on, s.serving_unit_id, (select ca.code from content_report r join idea i on"
                + " i.id = r.idea_id join campaign ca on ca.id = i.campaign_id where r.incident_id = n.id"
                + " order by r.id limit 1) from engagement_incident n join stakeholder s on s.id = n.stakeholder_id"
                + " where " + where)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    IncidentType type;
                    try {
                        type = IncidentType.valueOf(rs.getString(3));
                    } catch (IllegalArgumentException unknown) {
                        continue;
                    }
                    int severity = Math.max(1, Math.min(5, rs.getInt(4)));
                    long unit = rs.getLong(6);
                    String unitCode = rs.wasNull() ? null : units.code(unit);
                    String id = Long.toString(rs.getLong(1));
                    String stakeholder = Long.toString(rs.getLong(2));
                    String campaign = code(rs.getString(7));
                    Instant at = startOf(rs.getDate(5).toLocalDate());
                    add(out, () -> new IncidentRecorded(id, stakeholder, type, severity, campaign, unitCode, at));
                }
            }
        }
    }

    private void engagement(String where, Binder binder, List<KpiEvent> out) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select ss.stakeholder_id, ss.engagement, ss.as_of"
                + " from stakeholder_snapshot ss join stakeholder s on s.id = ss.stakeholder_id"
                + " where s.kind = 'CUSTOMER' and " + where)) {
            binder.bind(st);
            st.setFetchSize(10_000);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    double raw = rs.getDouble(2);
                    double v = Double.isNaN(raw) ? 0 : Math.max(0, Math.min(100, raw));
                    String id = Long.toString(rs.getLong(1));
                    Instant at = startOf(rs.getDate(3).toLocalDate());
                    add(out, () -> new EngagementIndexRecorded(id, v, at));
                }
            }
        }
    }

    private void climate(String where, Binder binder, List<KpiEvent> out) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "select r.scope, r.value, r.respondents, r.closed_at from kpi_climate_result r where " + where)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Scope scope = Scope.parse(rs.getString(1));
                    double v = Math.max(0, Math.min(100, rs.getDouble(2)));
                    int respondents = Math.max(1, rs.getInt(3));
                    Instant at = rs.getTimestamp(4).toInstant();
                    add(
                            out,
                            () -> new ClimateIndexRecorded(
                                    scope.isOrganisation() ? null : scope.code(), v, respondents, at));
                }
            }
        }
    }

    private void audiences(String where, Binder binder, List<KpiEvent> out) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("select a.scope, a.size, a.counted_at from kpi_audience a where " + where)) {
            binder.bind(st);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Scope scope = Scope.parse(rs.getString(1));
                    int size = rs.getInt(2);
                    Instant at = rs.getTimestamp(3).toInstant();
                    add(
                            out,
                            () -> new AudienceCounted(
                                    scope.kind() == Scope.Kind.CAMPAIGN ? scope.code() : null,
                                    scope.kind() == Scope.Kind.UNIT ? scope.code() : null,
                                    size,
                                    at));
                }
            }
        }
    }

    // ------------------------------------------------------------------ people and codes

    /**
     * Adds an event; a row that breaks an event's rules (a time before the idea's submission, a
     * blank id) is left out and counted, the same way by the updater and a recomputation.
     */
    private void add(List<KpiEvent> out, java.util.function.Supplier<KpiEvent> event) {
        try {
            out.add(event.get());
        } catch (IllegalArgumentException e) {
            skipped++;
            LOG.fine(() -> "KPI event left out: " + e.getMessage());
        }
    }

    /** How many rows were left out because they break an event's rules. */
    int skipped() {
        return skipped;
    }

    private void loadPeople(Set<String> usernames) throws SQLException {
        List<String> missing = usernames.stream()
                .filter(u -> u != null && !people.containsKey(u))
                .toList();
        for (int from = 0; from < missing.size(); from += 10_000) {
            List<String> chunk = missing.subList(from, Math.min(missing.size(), from + 10_000));
            try (PreparedStatement st = c.prepareStatement("select p.username, p.kind, p.unit_id, s.kind, s.segment,"
                    + " s.serving_unit_id from participant p left join stakeholder s on s.id = p.stakeholder_id"
                    + " where p.username = any(?)")) {
                st.setArray(1, c.createArrayOf("varchar", chunk.toArray()));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        long unit = rs.getLong(3);
                        Long unitId = rs.wasNull() ? null : unit;
                        long serving = rs.getLong(6);
                        if (unitId == null && !rs.wasNull()) {
                            unitId = serving;
                        }
                        StakeholderKind kind = kind(rs.getString(4), rs.getString(2));
                        people.put(
                                rs.getString(1),
                                new Person(
                                        personKey("u:" + rs.getString(1)),
                                        kind,
                                        segment(kind, rs.getString(5)),
                                        units.code(unitId)));
                    }
                }
            }
        }
    }

    /** The stakeholder record's kind, else the participant's (staff of the innovation office are employees). */
    private static StakeholderKind kind(String stakeholderKind, String participantKind) {
        if (stakeholderKind != null) {
            try {
                return StakeholderKind.valueOf(stakeholderKind);
            } catch (IllegalArgumentException e) {
                // fall through
            }
        }
        return "CUSTOMER".equals(participantKind) ? StakeholderKind.CUSTOMER : StakeholderKind.EMPLOYEE;
    }

    private static String segment(StakeholderKind kind, String segment) {
        if (kind != StakeholderKind.CUSTOMER || segment == null || segment.isBlank()) {
            return null;
        }
        String s = segment.strip();
        return s.length() > MAX_ID ? s.substring(0, MAX_ID) : s;
    }

    /** A person's id for distinct counts: short enough for the events, the same on every server. */
    static String personKey(String key) {
        if (key.length() <= MAX_ID) {
            return key;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "h:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stage a transition leaves the idea in. */
    static Stage stage(String status, String phase) {
        if ("LAUNCHED".equals(status)) {
            return Stage.IMPLEMENTED;
        }
        if ("KILLED".equals(status) || "MERGED".equals(status)) {
            return Stage.REJECTED;
        }
        try {
            return Stage.valueOf(phase);
        } catch (IllegalArgumentException | NullPointerException e) {
            return Stage.FIRST;
        }
    }

    private static Orientation orientation(String o) {
        if ("EXPLORATION".equals(o)) {
            return Orientation.EXPLORATION;
        }
        return "EXPLOITATION".equals(o) ? Orientation.EXPLOITATION : Orientation.UNTAGGED;
    }

    /** A campaign code usable as a scope; null when it breaks the code rule (the campaign is then left out). */
    static String code(String code) {
        return code != null && CODE.matcher(code).matches() ? code : null;
    }

    private Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone).toInstant();
    }
}
