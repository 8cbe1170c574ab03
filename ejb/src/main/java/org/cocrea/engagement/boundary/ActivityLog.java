package org.cocrea.engagement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Channel;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.persistence.JdbcBatch;

/**
 * Appends to the activity log and keeps its aggregates in step, in the caller's transaction: each
 * activity goes into {@code engagement_activity}, its (stakeholder, day, type) total into {@code
 * engagement_daily} and, when its day lies inside the scored window, into {@code engagement_window}.
 * The scoring run takes a lock on the state row while it moves the window; appending takes a shared
 * lock on it, so an activity is never counted twice or lost between the two.
 *
 * <p>Not an API of its own: the boundaries check the caller's role and the input first.
 */
@Stateless
@PermitAll
public class ActivityLog {

    /** One activity of a known stakeholder, checked. */
    public record Entry(
            long stakeholderId,
            ActivityType type,
            Instant at,
            Channel channel,
            int weightMillis,
            String source,
            String reference,
            String summary) {
        public Entry {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(source, "source");
        }
    }

    /** One outcome of a known stakeholder's contribution. */
    public record Outcome(long stakeholderId, OutcomeKind kind, Instant at, double amount, String reference) {}

    private record DayKey(long stakeholder, LocalDate day, ActivityType type) {}

    private record TypeKey(long stakeholder, ActivityType type) {}

    private static final class Totals {
        int n;
        long weight;
        LocalDate last;

        void add(int weightMillis, LocalDate day) {
            n++;
            weight += weightMillis;
            if (last == null || day.isAfter(last)) {
                last = day;
            }
        }
    }

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyClock clock;

    /** Appends activities; returns how many. */
    public int append(List<Entry> entries) {
        if (entries.isEmpty()) {
            return 0;
        }
        ZoneId zone = clock.zone();
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            LocalDate asOf = null;
            int windowDays = 0;
            try (PreparedStatement st = c.prepareStatement(
                            "select as_of, window_days from engagement_state where id = 1 for share");
                    ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    Date d = rs.getDate(1);
                    asOf = d == null ? null : d.toLocalDate();
                    windowDays = rs.getInt(2);
                }
            }
            Map<DayKey, Totals> daily = new HashMap<>();
            Map<TypeKey, Totals> window = new HashMap<>();
            try (PreparedStatement st = c.prepareStatement("insert into engagement_activity (stakeholder_id, type,"
                    + " occurred_at, channel, weight_millis, source, reference, summary, recorded_at)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int pending = 0;
                Timestamp recorded = Timestamp.from(now);
                for (Entry e : entries) {
                    st.setLong(1, e.stakeholderId());
                    st.setString(2, e.type().name());
                    st.setTimestamp(3, Timestamp.from(e.at()));
                    st.setString(4, e.channel().name());
                    st.setInt(5, e.weightMillis());
                    st.setString(6, e.source());
                    st.setString(7, e.reference());
                    st.setString(8, e.summary());
                    st.setTimestamp(9, recorded);
                    st.addBatch();
                    if (++pending == 1000) {
                        st.executeBatch();
                        pending = 0;
                    }
                    LocalDate day = e.at().atZone(zone).toLocalDate();
                    daily.computeIfAbsent(new DayKey(e.stakeholderId(), day, e.type()), k -> new Totals())
                            .add(e.weightMillis(), day);
                    if (asOf != null && !day.isAfter(asOf)) {
                        Totals t = window.computeIfAbsent(new TypeKey(e.stakeholderId(), e.type()), k -> new Totals());
                        if (day.isAfter(asOf.minusDays(windowDays))) {
                            t.add(e.weightMillis(), day);
                        } else if (t.last == null || day.isAfter(t.last)) {
                            t.last = day;
                        }
                    }
                }
                if (pending > 0) {
                    st.executeBatch();
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "insert into engagement_daily as d (stakeholder_id, day,"
                            + " type, n, weight_millis) values (?, ?, ?, ?, ?) on conflict (stakeholder_id, day, type)"
                            + " do update set n = d.n + excluded.n, weight_millis = d.weight_millis + excluded.weight_millis")) {
                JdbcBatch.run(st, daily.entrySet(), e -> {
                    st.setLong(1, e.getKey().stakeholder());
                    st.setDate(2, Date.valueOf(e.getKey().day()));
                    st.setString(3, e.getKey().type().name());
                    st.setInt(4, e.getValue().n);
                    st.setLong(5, e.getValue().weight);
                });
            }
            try (PreparedStatement st = c.prepareStatement("insert into engagement_window as w (stakeholder_id, type,"
                    + " n, weight_millis, last_day) values (?, ?, ?, ?, ?) on conflict (stakeholder_id, type)"
                    + " do update set n = w.n + excluded.n, weight_millis = w.weight_millis + excluded.weight_millis,"
                    + " last_day = greatest(w.last_day, excluded.last_day)")) {
                JdbcBatch.run(st, window.entrySet(), e -> {
                    st.setLong(1, e.getKey().stakeholder());
                    st.setString(2, e.getKey().type().name());
                    st.setInt(3, e.getValue().n);
                    st.setLong(4, e.getValue().weight);
                    st.setDate(5, Date.valueOf(e.getValue().last));
                });
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the activities: " + e.getMessage(), e);
        }
        return entries.size();
    }

    /** Appends outcomes of contributions (capability evidence); returns how many. */
    public int appendOutcomes(List<Outcome> outcomes) {
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("insert into engagement_outcome (stakeholder_id, kind,"
                        + " occurred_at, amount, reference, recorded_at) values (?, ?, ?, ?, ?, ?)")) {
            JdbcBatch.run(st, outcomes, o -> {
                st.setLong(1, o.stakeholderId());
                st.setString(2, o.kind().name());
                st.setTimestamp(3, Timestamp.from(o.at()));
                st.setDouble(4, o.amount());
                st.setString(5, o.reference());
                st.setTimestamp(6, Timestamp.from(now));
            });
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the outcomes: " + e.getMessage(), e);
        }
        return outcomes.size();
    }
}
