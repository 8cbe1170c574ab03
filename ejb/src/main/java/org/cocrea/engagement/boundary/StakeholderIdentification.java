package org.cocrea.engagement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.Candidate;
import org.cocrea.engagement.control.Exclusion;
import org.cocrea.engagement.control.Identification;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.Quadrant;
import org.cocrea.engagement.control.RankedCandidate;
import org.cocrea.engagement.control.StakeholderKind;
import org.cocrea.engagement.entity.Shortlist;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.mail.MailException;
import org.cocrea.platform.mail.Mailer;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Identification of co-creators: filters and ranks the stakeholders by ability and willingness in
 * the database (only the best {@code limit} leave it), explains each rank with {@link
 * Identification}, counts the excluded and the quadrants, and keeps shortlists with their
 * invitations to a campaign.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class StakeholderIdentification {

    private static final Logger LOG = Logger.getLogger(StakeholderIdentification.class.getName());
    static final int MAX_LIMIT = 1000;
    static final int MAX_POINTS = 2000;

    /** One dot of the ability × willingness chart. */
    public record Point(long id, String name, double ability, double willingness, Quadrant quadrant)
            implements Serializable {}

    /** One ranked stakeholder with its record id and name. */
    public record Ranked(long id, String name, String segment, String region, RankedCandidate candidate)
            implements Serializable {}

    /** The ranking, the counts and a sample for the chart. */
    public record Result(
            List<Ranked> ranked,
            int considered,
            int matching,
            Map<Exclusion, Integer> excluded,
            Map<Quadrant, Integer> quadrants,
            List<Point> points,
            long millis)
            implements Serializable {}

    /** A saved shortlist. */
    public record ShortlistView(
            long id, String name, String campaign, String createdBy, Instant createdAt, int members, int invited)
            implements Serializable {}

    /** One member of a saved shortlist. */
    public record Member(
            long stakeholderId,
            String name,
            String email,
            int rank,
            double combined,
            double ability,
            double willingness,
            Instant invitedAt)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    Mailer mailer;

    @EJB
    AuditTrail audit;

    private static final String[] ABILITY_COLUMNS = {
        "innovation", "communication", "recommendation", "learning", "knowledge"
    };

    /** The weighted-ability SQL expression of the criteria (weights are numbers, never user text). */
    static String abilitySql(IdentificationCriteria c) {
        StringBuilder s = new StringBuilder("((");
        double total = 0;
        boolean first = true;
        for (Map.Entry<Ability, Double> e : c.abilityWeights().entrySet()) {
            if (!first) {
                s.append(" + ");
            }
            s.append(Double.toString(e.getValue()))
                    .append(" * s.")
                    .append(ABILITY_COLUMNS[e.getKey().ordinal()]);
            total += e.getValue();
            first = false;
        }
        return s.append(") / ").append(Double.toString(total)).append(")").toString();
    }

    static String combinedSql(IdentificationCriteria c, String ability) {
        double alpha = c.abilityExponent();
        return "(case when (" + ability + " <= 0 and " + alpha + " > 0) or (s.engagement <= 0 and " + alpha
                + " < 1) then 0.0 else power(greatest(" + ability + ", 0), " + alpha
                + ") * power(greatest(s.engagement,"
                + " 0), " + (1 - alpha) + ") end)";
    }

    /** The best {@code limit} matching stakeholders with their breakdowns, and the counts. */
    public Result identify(IdentificationCriteria criteria, int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw BusinessRuleException.invalid("limit", "Ask for 1 to " + MAX_LIMIT + " stakeholders.");
        }
        long started = System.nanoTime();
        String ability = abilitySql(criteria);
        String combined = combinedSql(criteria, ability);
        String key = switch (criteria.rankBy()) {
            case COMBINED -> combined;
            case ABILITY -> ability;
            case WILLINGNESS -> "s.engagement";
        };
        List<Object> params = new ArrayList<>();
        String reason = reasonSql(criteria, ability, params);
        String base = " from stakeholder s where s.erased_at is null and s.consent_analysis";
        Identification identification = new Identification(criteria);
        Map<Exclusion, Integer> excluded = new EnumMap<>(Exclusion.class);
        Map<Quadrant, Integer> quadrants = new EnumMap<>(Quadrant.class);
        for (Exclusion e : Exclusion.values()) {
            excluded.put(e, 0);
        }
        for (Quadrant q : Quadrant.values()) {
            quadrants.put(q, 0);
        }
        int considered = 0;
        int matching = 0;
        List<Ranked> ranked = new ArrayList<>();
        List<Point> points = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            String quadrant = "case when " + ability + " >= " + criteria.abilityCutoff() + " then (case when"
                    + " s.engagement >= " + criteria.willingnessCutoff() + " then 'CO_CREATORS' else"
                    + " 'ABLE_BUT_RELUCTANT' end) else (case when s.engagement >= " + criteria.willingnessCutoff()
                    + " then 'WILLING_BUT_DEVELOPING' else 'OBSERVERS' end) end";
            // one code per row: the first filter it fails, else its quadrant (the names do not overlap);
            // a single grouping expression lets PostgreSQL count in a small hash table instead of
            // sorting every row by two expressions it cannot estimate
            List<Object> countParams = new ArrayList<>();
            String code = reasonSql(criteria, ability, countParams, quadrant);
            try (PreparedStatement st = c.prepareStatement(
                    "select x.code, count(*) from (select " + code + " code" + base + ") x group by x.code")) {
                Stakeholders.bind(st, countParams);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        int n = rs.getInt(2);
                        considered += n;
                        String r = rs.getString(1);
                        if (QUADRANT_NAMES.contains(r)) {
                            matching += n;
                            quadrants.merge(Quadrant.valueOf(r), n, Integer::sum);
                        } else {
                            excluded.merge(Exclusion.valueOf(r), n, Integer::sum);
                        }
                    }
                }
            }
            Map<String, long[]> ids = new HashMap<>();
            Map<String, String[]> names = new HashMap<>();
            List<Candidate> best = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select s.id, s.external_id, s.display_name, s.kind,"
                    + " s.segment, s.region, s.consent_contact, s.engagement, s.innovation, s.communication,"
                    + " s.recommendation, s.learning, s.knowledge, s.risk" + base + " and " + reason + " is null"
                    + " order by " + key + " desc, " + combined + " desc, " + ability + " desc, s.engagement desc,"
                    + " s.external_id collate \"C\" asc limit ?")) {
                int i = Stakeholders.bind(st, params);
                st.setInt(i, limit);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        best.add(candidate(rs));
                        ids.put(rs.getString(2), new long[] {rs.getLong(1)});
                        names.put(rs.getString(2), new String[] {rs.getString(3), rs.getString(5), rs.getString(6)});
                    }
                }
            }
            for (RankedCandidate r : identification.rankTop(best, matching)) {
                String[] n = names.get(r.stakeholderId());
                ranked.add(new Ranked(ids.get(r.stakeholderId())[0], n[0], n[1], n[2], r));
            }
            // the chart's sample: all matching stakeholders when they fit, else those on a repeatable
            // sample of the table's pages sized for about 1.25 × MAX_POINTS of them, so a large
            // registry is not read a third time for 2,000 dots
            String from = matching > MAX_POINTS ? " from stakeholder s" + pageSample(matching) : " from stakeholder s";
            try (PreparedStatement st = c.prepareStatement("select s.id, s.display_name, " + ability + ", s.engagement"
                    + base.replace(" from stakeholder s", from) + " and " + reason + " is null limit " + MAX_POINTS)) {
                Stakeholders.bind(st, params);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        double a = rs.getDouble(3);
                        double w = rs.getDouble(4);
                        points.add(new Point(
                                rs.getLong(1),
                                rs.getString(2),
                                a,
                                w,
                                Quadrant.of(a, w, criteria.abilityCutoff(), criteria.willingnessCutoff())));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Result(
                ranked, considered, matching, excluded, quadrants, points, (System.nanoTime() - started) / 1_000_000);
    }

    private static final java.util.Set<String> QUADRANT_NAMES = java.util.Arrays.stream(Quadrant.values())
            .map(Quadrant::name)
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /** A repeatable page sample expected to hold about 1.25 × {@link #MAX_POINTS} of {@code matching} rows. */
    static String pageSample(int matching) {
        double percent = Math.min(100, 125.0 * MAX_POINTS / Math.max(1, matching));
        return " tablesample system (" + String.format(Locale.ROOT, "%.4f", percent) + ") repeatable (0)";
    }

    /** The first filter a row fails, as SQL (null when it matches), in the order of {@link Identification#exclusion}. */
    static String reasonSql(IdentificationCriteria c, String ability, List<Object> params) {
        return reasonSql(c, ability, params, "null");
    }

    /** The first filter a row fails, as SQL, else {@code otherwise}. */
    static String reasonSql(IdentificationCriteria c, String ability, List<Object> params, String otherwise) {
        StringBuilder s = new StringBuilder("(case");
        if (!c.kinds().isEmpty()) {
            s.append(" when not (s.kind = any(?)) then 'KIND'");
            params.add(c.kinds().stream().map(StakeholderKind::name).toArray(String[]::new));
        }
        if (!c.segments().isEmpty()) {
            s.append(" when s.segment is null or not (s.segment = any(?)) then 'SEGMENT'");
            params.add(c.segments().toArray(String[]::new));
        }
        if (!c.regions().isEmpty()) {
            s.append(" when s.region is null or not (s.region = any(?)) then 'REGION'");
            params.add(c.regions().toArray(String[]::new));
        }
        if (c.requireConsent()) {
            s.append(" when not s.consent_contact then 'NO_CONSENT'");
        }
        s.append(" when s.risk > ").append(Double.toString(c.maxRisk())).append(" then 'RISK'");
        s.append(" when ")
                .append(ability)
                .append(" < ")
                .append(Double.toString(c.minAbility()))
                .append(" then 'ABILITY'");
        s.append(" when s.engagement < ")
                .append(Double.toString(c.minWillingness()))
                .append(" then 'WILLINGNESS'");
        return s.append(" else ").append(otherwise).append(" end)").toString();
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        Map<Ability, Double> abilities = new EnumMap<>(Ability.class);
        for (Ability a : Ability.values()) {
            abilities.put(a, clamp(rs.getDouble(9 + a.ordinal())));
        }
        return new Candidate(
                rs.getString(2),
                StakeholderKind.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getString(6),
                rs.getBoolean(7),
                clamp(rs.getDouble(8)),
                abilities,
                clamp(rs.getDouble(14)));
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(100, v));
    }

    /** The breakdown of one stakeholder under the criteria (for the profile and the rank dialog). */
    public RankedCandidate explain(long stakeholderId, IdentificationCriteria criteria) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select s.id, s.external_id, s.display_name, s.kind,"
                        + " s.segment, s.region, s.consent_contact, s.engagement, s.innovation, s.communication,"
                        + " s.recommendation, s.learning, s.knowledge, s.risk from stakeholder s where s.id = ?")) {
            st.setLong(1, stakeholderId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw BusinessRuleException.invalid("id", "There is no stakeholder " + stakeholderId + ".");
                }
                return new Identification(criteria).breakdown(candidate(rs));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Saves a shortlist of ranked stakeholders for a campaign.
     *
     * @param members the stakeholder ids in rank order
     */
    public ShortlistView saveShortlist(
            String name, String campaign, IdentificationCriteria criteria, String criteriaText, List<Long> members) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw BusinessRuleException.invalid("name", "Give the shortlist a name of up to 200 characters.");
        }
        if (campaign == null || campaign.isBlank() || campaign.length() > 200) {
            throw BusinessRuleException.invalid(
                    "campaign", "Name the campaign the shortlist is for (up to 200 characters).");
        }
        if (members == null || members.isEmpty()) {
            throw BusinessRuleException.invalid("members", "Pick at least one stakeholder for the shortlist.");
        }
        if (members.size() > MAX_LIMIT) {
            throw BusinessRuleException.invalid("members", "A shortlist holds at most " + MAX_LIMIT + " stakeholders.");
        }
        Shortlist s = new Shortlist(
                name.strip(),
                campaign.strip(),
                criteriaText == null ? "" : criteriaText,
                session.getCallerPrincipal().getName(),
                Instant.now());
        em.persist(s);
        em.flush();
        Identification identification = new Identification(criteria);
        try (Connection c = dataSource.getConnection();
                PreparedStatement load = c.prepareStatement("select s.id, s.external_id, s.display_name, s.kind,"
                        + " s.segment, s.region, s.consent_contact, s.engagement, s.innovation, s.communication,"
                        + " s.recommendation, s.learning, s.knowledge, s.risk, s.erased_at from stakeholder s"
                        + " where s.id = ?");
                PreparedStatement insert = c.prepareStatement("insert into engagement_shortlist_member (shortlist_id,"
                        + " stakeholder_id, rank, combined, ability, willingness) values (?, ?, ?, ?, ?, ?)")) {
            int rank = 0;
            for (Long id : new java.util.LinkedHashSet<>(members)) {
                load.setLong(1, id);
                try (ResultSet rs = load.executeQuery()) {
                    if (!rs.next() || rs.getTimestamp(15) != null) {
                        throw BusinessRuleException.invalid("members", "There is no stakeholder " + id + ".");
                    }
                    RankedCandidate r = identification.breakdown(candidate(rs));
                    insert.setLong(1, s.getId());
                    insert.setLong(2, id);
                    insert.setInt(3, ++rank);
                    insert.setDouble(4, r.combined());
                    insert.setDouble(5, r.ability());
                    insert.setDouble(6, r.willingness());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        audit.record("shortlist.create", "shortlist", s.getId().toString(), s.getName() + " → " + s.getCampaign());
        return view(s.getId());
    }

    /** The saved shortlists, newest first. */
    public List<ShortlistView> shortlists() {
        List<ShortlistView> out = new ArrayList<>();
        for (Shortlist s : em.createNamedQuery(Shortlist.RECENT, Shortlist.class)
                .setMaxResults(100)
                .getResultList()) {
            out.add(view(s.getId()));
        }
        return out;
    }

    private ShortlistView view(long id) {
        Shortlist s = em.find(Shortlist.class, id);
        if (s == null) {
            throw BusinessRuleException.invalid("shortlist", "There is no shortlist " + id + ".");
        }
        Object[] counts = (Object[]) em.createNativeQuery("select count(*), count(invited_at) from"
                        + " engagement_shortlist_member where shortlist_id = ?1")
                .setParameter(1, id)
                .getSingleResult();
        return new ShortlistView(
                s.getId(),
                s.getName(),
                s.getCampaign(),
                s.getCreatedBy(),
                s.getCreatedAt(),
                ((Number) counts[0]).intValue(),
                ((Number) counts[1]).intValue());
    }

    /** The members of a shortlist in rank order. */
    public List<Member> members(long shortlistId) {
        view(shortlistId);
        List<Member> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select s.id, s.display_name, s.email, m.rank, m.combined,"
                        + " m.ability, m.willingness, m.invited_at from engagement_shortlist_member m join stakeholder s"
                        + " on s.id = m.stakeholder_id where m.shortlist_id = ? order by m.rank")) {
            st.setLong(1, shortlistId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    Timestamp invited = rs.getTimestamp(8);
                    out.add(new Member(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getInt(4),
                            rs.getDouble(5),
                            rs.getDouble(6),
                            rs.getDouble(7),
                            invited == null ? null : invited.toInstant()));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    /**
     * Invites the members of a shortlist to its campaign by e-mail: those with an address who agreed
     * to be contacted and were not invited yet. Returns how many were invited now.
     */
    public int invite(long shortlistId, String message) {
        ShortlistView list = view(shortlistId);
        if (message != null && message.length() > 4000) {
            throw BusinessRuleException.invalid("message", "Keep the invitation text under 4000 characters.");
        }
        Map<Long, String[]> toInvite = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement st = c.prepareStatement("select s.id, s.email, s.display_name from"
                        + " engagement_shortlist_member m join stakeholder s on s.id = m.stakeholder_id"
                        + " where m.shortlist_id = ? and m.invited_at is null and s.email is not null"
                        + " and s.consent_contact and s.erased_at is null order by m.rank")) {
            st.setLong(1, shortlistId);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    toInvite.put(rs.getLong(1), new String[] {rs.getString(2), rs.getString(3)});
                }
            }
            int sent = 0;
            try (PreparedStatement mark = c.prepareStatement("update engagement_shortlist_member set invited_at = ?"
                    + " where shortlist_id = ? and stakeholder_id = ?")) {
                for (Map.Entry<Long, String[]> e : toInvite.entrySet()) {
                    String body = "Dear " + e.getValue()[1] + ",\n\n"
                            + (message == null || message.isBlank()
                                    ? "we would like to invite you to take part in our co-creation campaign \""
                                            + list.campaign() + "\". Your ideas and experience would help us shape it."
                                    : message.strip())
                            + "\n\nYou receive this message because you agreed to be contacted about co-creation."
                            + " Reply to this message if you would rather not be contacted again.\n";
                    try {
                        mailer.send(new Mailer.Mail(e.getValue()[0], "Invitation: " + list.campaign(), body));
                    } catch (MailException ex) {
                        LOG.log(Level.WARNING, "Invitation to stakeholder " + e.getKey() + " not sent", ex);
                        continue;
                    }
                    mark.setTimestamp(1, Timestamp.from(Instant.now()));
                    mark.setLong(2, shortlistId);
                    mark.setLong(3, e.getKey());
                    mark.executeUpdate();
                    sent++;
                }
            }
            audit.record("shortlist.invite", "shortlist", Long.toString(shortlistId), sent + " invited");
            return sent;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Parses the ability-weight text of forms and the API, e.g. {@code innovation=2, communication=1}. */
    public static Optional<Map<Ability, Double>> abilityWeights(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Map<Ability, Double> m = new EnumMap<>(Ability.class);
        for (String part : text.split("[,;]")) {
            String[] kv = part.split("=");
            if (kv.length != 2) {
                throw BusinessRuleException.invalid(
                        "abilities", "Write the abilities like innovation=2, communication=1.");
            }
            String code = kv[0].strip().toLowerCase(Locale.ROOT);
            Ability a = java.util.Arrays.stream(Ability.values())
                    .filter(x -> x.code().equals(code))
                    .findFirst()
                    .orElseThrow(() -> BusinessRuleException.invalid(
                            "abilities",
                            "Unknown ability '" + code + "'; use innovation, communication, recommendation, learning"
                                    + " or knowledge."));
            try {
                m.put(a, Double.parseDouble(kv[1].strip()));
            } catch (NumberFormatException e) {
                throw BusinessRuleException.invalid("abilities", "The weight of " + code + " must be a number.");
            }
        }
        return Optional.of(m);
    }
}
