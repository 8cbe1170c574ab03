package org.cocrea.engagement.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ActivityHistory;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Channel;
import org.cocrea.engagement.control.CoDestructionRisk;
import org.cocrea.engagement.control.EngagementIndex;
import org.cocrea.engagement.control.EngagementScore;
import org.cocrea.engagement.control.EngagementSettings;
import org.cocrea.engagement.control.Experience;
import org.cocrea.engagement.control.ExperienceScores;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.RiskScore;
import org.cocrea.engagement.control.ScaleScore;
import org.cocrea.engagement.entity.ExperienceAnswer;
import org.cocrea.engagement.entity.ExperienceRequest;
import org.cocrea.engagement.entity.Stakeholder;
import org.cocrea.engagement.entity.StakeholderIncident;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.mail.MailException;
import org.cocrea.platform.mail.Mailer;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What the profile screen shows beyond the record: the engagement breakdown and its weekly trend,
 * the capability breakdown and its monthly history, the activity timeline, points, co-destruction
 * incidents and risk, and customer-experience answers (and their requests). Executives read only
 * the aggregates ({@link #overview}); customers and employees read their own profile.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class StakeholderProfiles {

    /** One component of the engagement index now. */
    public record EngagementPart(String component, double raw, double score, double share, double points, String detail)
            implements Serializable {}

    /** One ability with both paths. */
    public record AbilityPart(
            String ability,
            double score,
            double resultRaw,
            double resultPercentile,
            double processRaw,
            double processPercentile)
            implements Serializable {
        public boolean resultEvidence() {
            return !Double.isNaN(resultPercentile);
        }

        public boolean processEvidence() {
            return !Double.isNaN(processPercentile);
        }
    }

    /** A point of a time series. */
    public record Point(LocalDate date, double value) implements Serializable {}

    /** A month of capability history. */
    public record CapabilitySnapshot(LocalDate asOf, double engagement, List<Double> abilities, double risk)
            implements Serializable {}

    /** One entry of the timeline. */
    public record TimelineEntry(
            Instant at, String type, String channel, double weight, String source, String reference, String summary)
            implements Serializable {}

    /** One incident. */
    public record IncidentView(
            long id,
            String type,
            int severity,
            LocalDate occurredOn,
            boolean confirmed,
            String description,
            String reportedBy,
            Instant reportedAt)
            implements Serializable {}

    /** One experience answer (scores 0..100). */
    public record ExperienceView(
            String context,
            LocalDate answeredOn,
            double functional,
            double emotional,
            double social,
            double overall,
            Double engagement)
            implements Serializable {}

    /** Everything the profile shows. */
    public record Profile(
            StakeholderDetail detail,
            double engagementNow,
            String engagementExplained,
            List<EngagementPart> engagementParts,
            List<Point> engagementTrend,
            List<AbilityPart> abilities,
            List<CapabilitySnapshot> history,
            long points,
            int activities,
            double risk,
            int incidentCount,
            List<IncidentView> incidents,
            List<ExperienceView> experiences,
            Double experienceOverall)
            implements Serializable {}

    /** Per segment: the latest summary and its trend. */
    public record SegmentView(
            String segment,
            int stakeholders,
            double mean,
            double median,
            double engagedShare,
            List<Double> abilities,
            List<Point> trend)
            implements Serializable {}

    /** The aggregates executives see. */
    public record Overview(
            LocalDate asOf,
            int stakeholders,
            double meanEngagement,
            double engagedShare,
            List<SegmentView> segments,
            List<Point> trend,
            Map<String, Long> activitiesByType)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext session;

    @Inject
    SurveyClock clock;

    @Inject
    Mailer mailer;

    @Inject
    @ConfigProperty(name = "cocrea.base-url", defaultValue = "http://localhost:8080/cocrea")
    String baseUrl;

    @EJB
    EngagementScoring scoring;

    @EJB
    AuditTrail audit;

    @EJB
    ActivityLog log;

    /** The full profile of a stakeholder. */
    public Profile profile(long id) {
        return build(id);
    }

    /** The caller's own profile (customers and employees). */
    @RolesAllowed({Roles.CUSTOMER, Roles.EMPLOYEE})
    public Optional<Profile> mine() {
        return em.createNamedQuery(Stakeholder.BY_USERNAME, Stakeholder.class)
                .setParameter("username", session.getCallerPrincipal().getName())
                .getResultStream()
                .findFirst()
                .map(s -> build(s.getId()));
    }

    private Profile build(long id) {
        Stakeholder s = em.find(Stakeholder.class, id);
        if (s == null) {
            throw BusinessRuleException.invalid("id", "There is no stakeholder " + id + ".");
        }
        EngagementSettings settings = scoring.settings();
        EngagementIndex index = new EngagementIndex(settings.weights());
        LocalDate today = clock.today();
        ActivityHistory history = new ActivityHistory();
        long points = 0;
        int activities = 0;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement(
                    "select day, type, n, weight_millis from engagement_daily where stakeholder_id = ? order by day")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        ActivityType t = ActivityType.valueOf(rs.getString(2));
                        long w = rs.getLong(4);
                        history.add(rs.getDate(1).toLocalDate(), t, rs.getInt(3), w);
                        points += Math.round(settings.weights().typeWeight(t) * w / 1000.0 * 10);
                        activities += rs.getInt(3);
                    }
                }
            }
            ScaleScore survey = s.getSurveyMean() == null ? null : new ScaleScore(s.getSurveyMean(), 7);
            EngagementScore now = index.score(
                    org.cocrea.engagement.control.EngagementInputs.from(
                            Long.toString(id),
                            history,
                            today,
                            settings.weights().windowDays()),
                    survey);
            List<EngagementPart> parts = now.parts().stream()
                    .map(p -> new EngagementPart(
                            p.component().label(), p.raw(), p.score(), p.share(), p.points(), p.detail()))
                    .toList();
            List<LocalDate> weeks = new ArrayList<>();
            for (int w = 52; w >= 0; w--) {
                weeks.add(today.minusWeeks(w));
            }
            List<Point> trend = index.series(Long.toString(id), history, weeks, survey).stream()
                    .map(e -> new Point(e.asOf(), e.index()))
                    .toList();
            List<AbilityPart> abilities = abilities(c, s);
            List<CapabilitySnapshot> snapshots = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("select as_of, engagement, innovation, communication,"
                    + " recommendation, learning, knowledge, risk from stakeholder_snapshot where stakeholder_id = ?"
                    + " order by as_of")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        snapshots.add(new CapabilitySnapshot(
                                rs.getDate(1).toLocalDate(),
                                rs.getDouble(2),
                                List.of(
                                        rs.getDouble(3),
                                        rs.getDouble(4),
                                        rs.getDouble(5),
                                        rs.getDouble(6),
                                        rs.getDouble(7)),
                                rs.getDouble(8)));
                    }
                }
            }
            List<StakeholderIncident> incidents = em.createNamedQuery(
                            StakeholderIncident.OF_STAKEHOLDER, StakeholderIncident.class)
                    .setParameter("stakeholder", id)
                    .getResultList();
            RiskScore risk = new CoDestructionRisk()
                    .score(
                            Long.toString(id),
                            incidents.stream()
                                    .map(StakeholderIncident::toIncident)
                                    .toList(),
                            today);
            List<ExperienceView> experiences = em.createNamedQuery(
                            ExperienceAnswer.OF_STAKEHOLDER, ExperienceAnswer.class)
                    .setParameter("stakeholder", id)
                    .getResultStream()
                    .map(a -> new ExperienceView(
                            a.getContext(),
                            a.getAnsweredOn(),
                            a.getExperience().functional(),
                            a.getExperience().emotional(),
                            a.getExperience().social(),
                            a.getExperience().overall(),
                            a.getEngagement()))
                    .toList();
            Double overall = experiences.isEmpty()
                    ? null
                    : experiences.stream()
                            .mapToDouble(ExperienceView::overall)
                            .average()
                            .orElse(0);
            boolean analysed = s.isConsentToAnalysis() && s.getErasedAt() == null;
            return new Profile(
                    StakeholderDetail.of(s, em),
                    analysed ? now.index() : 0,
                    analysed
                            ? now.explain()
                            : "This stakeholder has not agreed to engagement analysis; no scores are kept.",
                    analysed ? parts : List.of(),
                    analysed ? trend : List.of(),
                    abilities,
                    snapshots,
                    points,
                    activities,
                    risk.risk(),
                    incidents.size(),
                    incidents.stream().map(StakeholderProfiles::view).toList(),
                    experiences,
                    overall);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final String[] ABILITY_COLUMNS = {
        "innovation", "communication", "recommendation", "learning", "knowledge"
    };

    /** The abilities with both paths: raw values and their percentile among those with evidence. */
    private List<AbilityPart> abilities(Connection c, Stakeholder s) throws SQLException {
        double[] stored = {
            s.getInnovation(), s.getCommunication(), s.getRecommendation(), s.getLearning(), s.getKnowledge()
        };
        double[] raw = new double[10];
        java.util.Arrays.fill(raw, Double.NaN);
        try (PreparedStatement st = c.prepareStatement("select * from capability_raw where stakeholder_id = ?")) {
            st.setLong(1, s.getId());
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    for (int i = 0; i < 10; i++) {
                        raw[i] = rs.getDouble(2 + i);
                    }
                }
            }
        }
        StringBuilder sql = new StringBuilder("select ");
        List<Double> params = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String col = ABILITY_COLUMNS[i / 2] + (i % 2 == 0 ? "_r" : "_p");
            sql.append(i == 0 ? "" : ", ")
                    .append("count(*) filter (where ")
                    .append(col)
                    .append(" <> 'NaN' and ")
                    .append(col)
                    .append(" < ?), ")
                    .append("count(*) filter (where ")
                    .append(col)
                    .append(" <> 'NaN' and ")
                    .append(col)
                    .append(" = ?), ")
                    .append("count(*) filter (where ")
                    .append(col)
                    .append(" <> 'NaN')");
            params.add(Double.isNaN(raw[i]) ? -1 : raw[i]);
            params.add(Double.isNaN(raw[i]) ? -1 : raw[i]);
        }
        sql.append(" from capability_raw r join stakeholder s on s.id = r.stakeholder_id where s.consent_analysis"
                + " and s.erased_at is null");
        double[] pct = new double[10];
        try (PreparedStatement st = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                st.setDouble(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                for (int i = 0; i < 10; i++) {
                    long below = rs.getLong(1 + 3 * i);
                    long equal = rs.getLong(2 + 3 * i);
                    long n = rs.getLong(3 + 3 * i);
                    pct[i] = Double.isNaN(raw[i]) || n == 0 ? Double.NaN : 100.0 * (below + 0.5 * equal) / n;
                }
            }
        }
        List<AbilityPart> out = new ArrayList<>();
        for (Ability a : Ability.values()) {
            int i = a.ordinal();
            out.add(new AbilityPart(a.label(), stored[i], raw[2 * i], pct[2 * i], raw[2 * i + 1], pct[2 * i + 1]));
        }
        return out;
    }

    private static IncidentView view(StakeholderIncident i) {
        return new IncidentView(
                i.getId(),
                i.getType().code(),
                i.getSeverity(),
                i.getOccurredOn(),
                i.isConfirmed(),
                i.getDescription(),
                i.getReportedBy(),
                i.getReportedAt());
    }

    /** One page of a stakeholder's activities, newest first. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.CUSTOMER, Roles.EMPLOYEE})
    public Page<TimelineEntry> timeline(long id, int first, int size) {
        if (!session.isCallerInRole(Roles.INNOVATION_MANAGER) && !session.isCallerInRole(Roles.ADMIN)) {
            Stakeholder me = em.createNamedQuery(Stakeholder.BY_USERNAME, Stakeholder.class)
                    .setParameter("username", session.getCallerPrincipal().getName())
                    .getResultStream()
                    .findFirst()
                    .orElse(null);
            if (me == null || me.getId() != id) {
                throw new jakarta.ejb.EJBAccessException("Only your own activities can be shown.");
            }
        }
        if (first < 0 || size < 1 || size > 500) {
            throw BusinessRuleException.invalid("size", "Ask for 1 to 500 entries.");
        }
        List<TimelineEntry> rows = new ArrayList<>();
        long total;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("select occurred_at, type, channel, weight_millis, source,"
                    + " reference, summary from engagement_activity where stakeholder_id = ?"
                    + " order by occurred_at desc, id desc limit ? offset ?")) {
                st.setLong(1, id);
                st.setInt(2, size);
                st.setInt(3, first);
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new TimelineEntry(
                                rs.getTimestamp(1).toInstant(),
                                ActivityType.valueOf(rs.getString(2)).code(),
                                Channel.valueOf(rs.getString(3)).code(),
                                rs.getInt(4) / 1000.0,
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7)));
                    }
                }
            }
            try (PreparedStatement st =
                    c.prepareStatement("select count(*) from engagement_activity where stakeholder_id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    total = rs.getLong(1);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Page<>(rows, total);
    }

    /** Records a co-destruction incident and updates the stakeholder's risk at once. */
    public IncidentView reportIncident(
            long stakeholderId, String type, int severity, LocalDate on, String description) {
        Stakeholder s = em.find(Stakeholder.class, stakeholderId);
        if (s == null) {
            throw BusinessRuleException.invalid("id", "There is no stakeholder " + stakeholderId + ".");
        }
        IncidentType t = java.util.Arrays.stream(IncidentType.values())
                .filter(x -> x.code().equals(type == null ? "" : type.strip().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> BusinessRuleException.invalid(
                        "type", "Choose the kind: reported_abuse, misuse, conflict or abandoned_commitment."));
        if (severity < 1 || severity > 5) {
            throw BusinessRuleException.invalid("severity", "Rate the severity from 1 (minor) to 5 (grave).");
        }
        if (on == null || on.isAfter(clock.today())) {
            throw BusinessRuleException.invalid("occurredOn", "Give the day it happened; it cannot be in the future.");
        }
        if (description != null && description.length() > 2000) {
            throw BusinessRuleException.invalid("description", "Keep the description to 2000 characters.");
        }
        StakeholderIncident i = new StakeholderIncident(
                stakeholderId,
                t,
                severity,
                on,
                description == null || description.isBlank() ? null : description.strip(),
                session.getCallerPrincipal().getName(),
                Instant.now());
        em.persist(i);
        em.flush();
        updateRisk(s);
        audit.record("incident.report", "stakeholder", Long.toString(stakeholderId), t.code() + " " + severity);
        return view(i);
    }

    /** Marks an incident as confirmed by a moderator (it then counts fully). */
    public IncidentView confirmIncident(long incidentId) {
        StakeholderIncident i = em.find(StakeholderIncident.class, incidentId);
        if (i == null) {
            throw BusinessRuleException.invalid("id", "There is no incident " + incidentId + ".");
        }
        i.confirm();
        em.flush();
        updateRisk(em.find(Stakeholder.class, i.getStakeholderId()));
        audit.record("incident.confirm", "stakeholder", Long.toString(i.getStakeholderId()), "incident " + incidentId);
        return view(i);
    }

    private void updateRisk(Stakeholder s) {
        List<StakeholderIncident> all = em.createNamedQuery(
                        StakeholderIncident.OF_STAKEHOLDER, StakeholderIncident.class)
                .setParameter("stakeholder", s.getId())
                .getResultList();
        double risk = new CoDestructionRisk()
                .score(
                        Long.toString(s.getId()),
                        all.stream().map(StakeholderIncident::toIncident).toList(),
                        clock.today())
                .risk();
        s.setRisk(s.isConsentToAnalysis() && s.getErasedAt() == null ? risk : 0);
    }

    /** The item keys of the experience questions, in page order. */
    public static final List<String> EXPERIENCE_ITEMS = List.of(
            "functional-1",
            "functional-2",
            "functional-3",
            "emotional-1",
            "emotional-2",
            "emotional-3",
            "social-1",
            "social-2",
            "social-3",
            "engagement-1",
            "engagement-2",
            "engagement-3");

    /**
     * Asks a stakeholder by e-mail how taking part felt; the link works once and without signing in.
     *
     * @return the link (also shown to the office, e.g. to hand it over in person)
     */
    public String requestExperience(long stakeholderId, String context) {
        Stakeholder s = em.find(Stakeholder.class, stakeholderId);
        if (s == null || s.getErasedAt() != null) {
            throw BusinessRuleException.invalid("id", "There is no stakeholder " + stakeholderId + ".");
        }
        if (context == null || context.isBlank() || context.length() > 200) {
            throw BusinessRuleException.invalid(
                    "context", "Say what the stakeholder took part in (up to 200 characters), e.g. 'Oven test panel'.");
        }
        byte[] raw = new byte[24];
        new SecureRandom().nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        ExperienceRequest r = new ExperienceRequest(
                stakeholderId,
                hash(token),
                context.strip(),
                Instant.now(),
                session.getCallerPrincipal().getName());
        em.persist(r);
        em.flush();
        String link = baseUrl.replaceAll("/+$", "") + "/experience.xhtml?t=" + token;
        if (s.getEmail() != null && s.isConsentToContact()) {
            try {
                mailer.send(new Mailer.Mail(
                        s.getEmail(),
                        "How was it? " + context.strip(),
                        "Dear " + s.getDisplayName() + ",\n\nthank you for taking part in \"" + context.strip()
                                + "\". Would you tell us in a minute how it was for you? Twelve short questions:\n\n"
                                + link
                                + "\n\nYour answers show on your profile with us, so we can follow up with you.\n"));
            } catch (MailException e) {
                // the link is returned, so the office can pass it on another way
            }
        }
        audit.record("experience.request", "stakeholder", Long.toString(stakeholderId), context.strip());
        return link;
    }

    static String hash(String token) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the experience page shows for a link: the context, or empty for an unknown or used link. */
    @PermitAll
    public Optional<String> experienceContext(String token) {
        return request(token).filter(r -> r.getAnsweredAt() == null).map(ExperienceRequest::getContext);
    }

    private Optional<ExperienceRequest> request(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return em.createNamedQuery(ExperienceRequest.BY_TOKEN, ExperienceRequest.class)
                .setParameter("hash", hash(token.strip()))
                .getResultStream()
                .findFirst();
    }

    /**
     * Stores the answers given through a link (1..7 per item key of {@link #EXPERIENCE_ITEMS}; all
     * are needed), sets the stakeholder's engagement-scale mean and logs a survey_answered activity.
     */
    @PermitAll
    public ExperienceView answerExperience(String token, Map<String, Integer> answers) {
        ExperienceRequest r = request(token)
                .orElseThrow(() -> BusinessRuleException.invalid("t", "This link is not valid. Ask for a new one."));
        if (r.getAnsweredAt() != null) {
            throw BusinessRuleException.conflict("t", "Answers have already been given with this link. Thank you!");
        }
        List<BusinessRuleException.FieldProblem> problems = new ArrayList<>();
        for (String item : EXPERIENCE_ITEMS) {
            Integer v = answers == null ? null : answers.get(item);
            if (v == null || v < 1 || v > 7) {
                problems.add(new BusinessRuleException.FieldProblem(
                        item, "Please answer question " + (EXPERIENCE_ITEMS.indexOf(item) + 1) + " (1 to 7)."));
            }
        }
        if (answers != null) {
            for (String key : answers.keySet()) {
                if (!EXPERIENCE_ITEMS.contains(key)) {
                    problems.add(new BusinessRuleException.FieldProblem(key, "There is no question " + key + "."));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("Please answer every question.", problems);
        }
        Map<String, Integer> factors = new java.util.TreeMap<>();
        double engagement = 0;
        JsonObjectBuilder json = Json.createObjectBuilder();
        for (String item : EXPERIENCE_ITEMS) {
            int v = answers.get(item);
            json.add(item, v);
            if (item.startsWith("engagement-")) {
                engagement += v / 3.0;
            } else {
                factors.put(item, v);
            }
        }
        Experience e = new ExperienceScores().score(factors);
        Stakeholder s = em.find(Stakeholder.class, r.getStakeholderId());
        LocalDate today = clock.today();
        ExperienceAnswer a = new ExperienceAnswer(
                s.getId(),
                r.getId(),
                r.getContext(),
                today,
                e,
                engagement,
                json.build().toString());
        em.persist(a);
        r.answered(Instant.now());
        s.setSurveyMean(engagement);
        log.append(List.of(new ActivityLog.Entry(
                s.getId(),
                ActivityType.SURVEY_ANSWERED,
                Instant.now(),
                Channel.WEB,
                1000,
                "experience",
                "experience:" + r.getId(),
                r.getContext())));
        return new ExperienceView(
                r.getContext(), today, e.functional(), e.emotional(), e.social(), e.overall(), engagement);
    }

    /** The aggregates for executives and the office: per segment, the latest summary and trend. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public Overview overview() {
        List<SegmentView> segments = new ArrayList<>();
        Map<String, Long> byType = new java.util.LinkedHashMap<>();
        LocalDate asOf = null;
        int total = 0;
        double mean = 0;
        double engaged = 0;
        List<Point> trend = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement st = c.prepareStatement("select max(as_of) from segment_snapshot");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                Date d = rs.getDate(1);
                asOf = d == null ? null : d.toLocalDate();
            }
            Map<String, List<Point>> trends = new java.util.HashMap<>();
            Map<LocalDate, double[]> all = new java.util.TreeMap<>();
            try (PreparedStatement st = c.prepareStatement("select as_of, segment, stakeholders, mean, engaged_share"
                    + " from segment_snapshot where as_of > ? order by as_of")) {
                st.setDate(1, Date.valueOf((asOf == null ? clock.today() : asOf).minusMonths(13)));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        LocalDate d = rs.getDate(1).toLocalDate();
                        trends.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                                .add(new Point(d, rs.getDouble(4)));
                        double[] sum = all.computeIfAbsent(d, k -> new double[3]);
                        int n = rs.getInt(3);
                        sum[0] += n;
                        sum[1] += n * rs.getDouble(4);
                        sum[2] += n * rs.getDouble(5);
                    }
                }
            }
            all.forEach((d, v) -> trend.add(new Point(d, v[0] == 0 ? 0 : v[1] / v[0])));
            if (asOf != null) {
                try (PreparedStatement st = c.prepareStatement("select segment, stakeholders, mean, median,"
                        + " engaged_share, innovation, communication, recommendation, learning, knowledge"
                        + " from segment_snapshot where as_of = ? order by mean desc")) {
                    st.setDate(1, Date.valueOf(asOf));
                    try (ResultSet rs = st.executeQuery()) {
                        while (rs.next()) {
                            int n = rs.getInt(2);
                            total += n;
                            mean += n * rs.getDouble(3);
                            engaged += n * rs.getDouble(5);
                            segments.add(new SegmentView(
                                    rs.getString(1),
                                    n,
                                    rs.getDouble(3),
                                    rs.getDouble(4),
                                    rs.getDouble(5),
                                    List.of(
                                            rs.getDouble(6),
                                            rs.getDouble(7),
                                            rs.getDouble(8),
                                            rs.getDouble(9),
                                            rs.getDouble(10)),
                                    trends.getOrDefault(rs.getString(1), List.of())));
                        }
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                    "select type, sum(n) from engagement_daily where day > ?" + " group by type order by 2 desc")) {
                st.setDate(1, Date.valueOf(clock.today().minusDays(90)));
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        byType.put(ActivityType.valueOf(rs.getString(1)).code(), rs.getLong(2));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return new Overview(
                asOf, total, total == 0 ? 0 : mean / total, total == 0 ? 0 : engaged / total, segments, trend, byType);
    }
}
