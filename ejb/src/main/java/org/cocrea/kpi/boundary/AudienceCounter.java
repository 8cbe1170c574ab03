package org.cocrea.kpi.boundary;

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
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.kpi.control.Scope;

/**
 * Counts who may take part, the participation rate's denominator, and records a count when it
 * changed:
 *
 * <ul>
 *   <li>the organisation: the active employees and the customers who can sign in (customer
 *       participants and customer stakeholders with a user name);
 *   <li>a unit: its active employees and the customer participants it serves, with all its
 *       sub-units;
 *   <li>a campaign, by its audience: all employees, the employees of its units, the customers, its
 *       shortlist's members, or employees and customers for a public one.
 * </ul>
 *
 * The first count of a scope is dated back to when it could first be taken part in (a campaign's
 * opening day; for the organisation and units the first idea's month), so the history has a
 * denominator; later counts are dated when made.
 */
final class AudienceCounter {

    private final Connection c;
    private final ZoneId zone;
    private final UnitTree units;

    AudienceCounter(Connection c, ZoneId zone, UnitTree units) {
        this.c = c;
        this.zone = zone;
        this.units = units;
    }

    /** Counts every scope and records the changed counts; returns the ids of the new rows. */
    List<Long> countAndRecord(Instant now) throws SQLException {
        Map<String, Integer> sizes = count();
        Map<String, Integer> last = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(
                        "select distinct on (scope) scope, size from kpi_audience order by scope, counted_at desc, id desc");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                last.put(rs.getString(1), rs.getInt(2));
            }
        }
        Map<String, Instant> earliest = new HashMap<>();
        try (PreparedStatement st =
                        c.prepareStatement("select scope, min(counted_at) from kpi_audience group by scope");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                earliest.put(rs.getString(1), rs.getTimestamp(2).toInstant());
            }
        }
        Instant firstActivity = firstActivity(now);
        Map<String, Instant> campaignOpens = campaignOpenings();
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("insert into kpi_audience (id, scope, counted_at, size)"
                + " values (nextval('kpi_seq'), ?, ?, ?) returning id")) {
            for (Map.Entry<String, Integer> e : sizes.entrySet()) {
                Integer before = last.get(e.getKey());
                Instant from = e.getKey().startsWith("campaign:")
                        ? campaignOpens.getOrDefault(e.getKey(), now)
                        : firstActivity;
                if (from.isAfter(now)) {
                    from = now;
                }
                Instant first = earliest.get(e.getKey());
                if (first != null && first.isAfter(from)) {
                    // counted first after the scope's activity began (e.g. the feed ran before the
                    // people and ideas were loaded): the months in between get today's size too
                    st.setString(1, e.getKey());
                    st.setTimestamp(2, Timestamp.from(from));
                    st.setInt(3, e.getValue());
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        ids.add(rs.getLong(1));
                    }
                }
                if (before != null && before.equals(e.getValue())) {
                    continue;
                }
                Instant at = before == null ? from : now;
                st.setString(1, e.getKey());
                st.setTimestamp(2, Timestamp.from(at));
                st.setInt(3, e.getValue());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /** Every scope's audience now, by scope text. */
    Map<String, Integer> count() throws SQLException {
        Map<String, Integer> out = new LinkedHashMap<>();
        int employees = single("select count(*) from employee where active");
        int customers = single("select count(*) from (select username from participant where kind = 'CUSTOMER'"
                + " union select username from stakeholder where kind = 'CUSTOMER' and username is not null"
                + " and erased_at is null) x");
        out.put(Scope.ORGANISATION.toString(), employees + customers);

        Map<Long, Integer> own = new HashMap<>();
        try (PreparedStatement st =
                        c.prepareStatement("select unit_id, count(*) from employee where active group by 1");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                own.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                        "select coalesce(p.unit_id, s.serving_unit_id), count(*)"
                                + " from participant p left join stakeholder s on s.id = p.stakeholder_id"
                                + " where p.kind = 'CUSTOMER' and coalesce(p.unit_id, s.serving_unit_id) is not null group by 1");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                own.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
            }
        }
        Map<Long, Integer> subtreeSize = new HashMap<>();
        for (UnitTree.Unit u : units.all()) {
            int n = 0;
            for (long id : units.subtree(u.id())) {
                n += own.getOrDefault(id, 0);
            }
            subtreeSize.put(u.id(), n);
            out.put(Scope.unit(u.code()).toString(), n);
        }

        LocalDate recent = LocalDate.now(zone).minusDays(31);
        try (PreparedStatement st = c.prepareStatement("select c.id, c.code, c.audience, c.shortlist_id,"
                + " (select count(*) from engagement_shortlist_member m where m.shortlist_id = c.shortlist_id),"
                + " array(select u.unit_id from campaign_unit u where u.campaign_id = c.id)"
                + " from campaign c where c.closes_on >= ?")) {
            st.setDate(1, Date.valueOf(recent));
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String code = KpiEventSource.code(rs.getString(2));
                    if (code == null) {
                        continue;
                    }
                    int size = switch (rs.getString(3)) {
                        case "EMPLOYEES" -> employees;
                        case "CUSTOMERS" -> customers;
                        case "SHORTLIST" -> rs.getInt(5);
                        case "UNITS" -> {
                            Set<Long> covered = new HashSet<>();
                            for (Object id : (Object[]) rs.getArray(6).getArray()) {
                                covered.addAll(units.subtree(((Number) id).longValue()));
                            }
                            int n = 0;
                            for (long id : covered) {
                                n += own.getOrDefault(id, 0);
                            }
                            yield n;
                        }
                        default -> employees + customers;
                    };
                    out.put(Scope.campaign(code).toString(), size);
                }
            }
        }
        return out;
    }

    private Instant firstActivity(Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select min(submitted_at) from idea");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            Timestamp t = rs.getTimestamp(1);
            if (t == null) {
                return now;
            }
            return t.toInstant()
                    .atZone(zone)
                    .toLocalDate()
                    .withDayOfMonth(1)
                    .atStartOfDay(zone)
                    .toInstant();
        }
    }

    private Map<String, Instant> campaignOpenings() throws SQLException {
        Map<String, Instant> out = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select code, opens_on from campaign");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                String code = KpiEventSource.code(rs.getString(1));
                if (code != null) {
                    out.put(
                            Scope.campaign(code).toString(),
                            rs.getDate(2).toLocalDate().atStartOfDay(zone).toInstant());
                }
            }
        }
        return out;
    }

    private int single(String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
