package org.cocrea.demo;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.cocreation.control.Badge;
import org.cocrea.cocreation.control.Contribution;
import org.cocrea.cocreation.control.DefaultStages;
import org.cocrea.cocreation.control.Recognition;
import org.cocrea.cocreation.control.Scorecard;
import org.cocrea.cocreation.control.StageDefinition;
import org.cocrea.cocreation.control.Tally;
import org.cocrea.platform.persistence.CocreaDataSource;

/**
 * Demo co-creation for Aurora Appliances: three campaigns (one closed) with about three hundred
 * ideas at every stage of the pipeline, their votes, threaded comments, gate evaluations and
 * decisions with rationales, test tasks with customer findings, and the points and badges that
 * follow. Chris Customer and Emma Employee have ideas of their own at several stages.
 */
@Stateless
@PermitAll
public class CocreationDemo {

    /** What was loaded. */
    public record Loaded(int campaigns, int ideas, int votes, int comments) {}

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyClock clock;

    private static final String[][] CAMPAIGNS = {
        {
            "KITCHEN-27",
            "Smarter kitchens customers love",
            "PUBLIC",
            "BOTH",
            "-120",
            "75",
            "<p>Our ovens, dishwashers and fridges are reliable, but customers tell us they are <strong>hard to set up and"
                    + " easy to forget</strong>. How could connected features, better controls or new services make"
                    + " everyday cooking and cleaning simpler?</p><p>We look for ideas that customers would notice within"
                    + " a week of use.</p>"
        },
        {
            "SERVICE-27",
            "Faster repair, fewer return visits",
            "EMPLOYEES",
            "EXPLOITATION",
            "-90",
            "45",
            "<p>One repair in five needs a second visit because a part or a piece of information was missing. What"
                    + " would let our service teams fix it the first time?</p>"
        },
        {
            "CIRCULAR-26",
            "Circular appliances: repair, reuse, recycle",
            "CUSTOMERS",
            "EXPLORATION",
            "-300",
            "-30",
            "<p>Appliances should live longer and come back to us at the end. Which services or designs would make"
                    + " repair, refurbishing and take-back attractive for customers?</p>"
        },
    };

    private static final String[] SUBJECTS = {
        "oven",
        "dishwasher",
        "fridge",
        "washing machine",
        "dryer",
        "hob",
        "coffee machine",
        "extractor hood",
        "service visit",
        "spare parts",
        "app",
        "manual",
        "warranty",
        "delivery",
        "installation",
        "filter",
        "door seal",
        "control panel",
        "water tank",
        "recycling"
    };
    private static final String[] IDEAS = {
        "Voice reminders for the %s",
        "Self-diagnosis for the %s",
        "Photo-based help for the %s",
        "Subscription for %s care",
        "Quiet mode for the %s",
        "Energy report for the %s",
        "Spare %s kit in the box",
        "Video call with a technician about the %s",
        "Refurbished %s programme",
        "Trade-in credit for an old %s",
        "Simpler first set-up of the %s",
        "Child lock you can see on the %s",
        "Shared %s schedules for families",
        "Pre-order the right part for the %s",
        "Community tips for the %s"
    };
    private static final String[] BODIES = {
        "Customers often call us because they do not know what the %s is doing. A clear message would save calls.",
        "In our workshop last month several people asked for this. It would make the %s easier to live with.",
        "Competitors do not offer this yet for the %s, so it could set us apart.",
        "The technician could prepare better if the %s sent its error history before the visit.",
        "This would cut waste: fewer %s units would be replaced when a small part fails."
    };
    private static final String[] COMMENTS = {
        "I would use this every day.",
        "How would this work for older models?",
        "We tried something similar in 2024;" + " the main issue was cost.",
        "Great idea, but the app would need to be much simpler first.",
        "Could we test this with a few customers in the north region?",
        "+1, this is what my parents need.",
        "The service team could support this with the existing spare-parts data.",
        "What about privacy?",
        "This overlaps with the energy label work; let us combine them.",
        "Would customers pay for it?"
    };

    /** Loads the demo unless there is a campaign already. */
    public Loaded loadIfEmpty() {
        try (Connection c = dataSource.getConnection()) {
            if (count(c, "select count(*) from campaign") > 0) {
                return null;
            }
            Random random = new Random(27);
            Instant now = Instant.now();
            LocalDate today = clock.today();
            List<String> customers = new ArrayList<>();
            List<String> employees = new ArrayList<>();
            participants(c, customers, employees, now);
            Map<Long, long[]> stagesOf = new HashMap<>();
            List<Long> campaignIds = new ArrayList<>();
            for (String[] k : CAMPAIGNS) {
                long id = campaign(c, k, today, now);
                campaignIds.add(id);
                stagesOf.put(id, stages(c, id));
                criteria(c, id);
            }
            int ideas = 0;
            int votes = 0;
            int comments = 0;
            String[] phases = {"IDENTIFICATION", "INTERPRETATION", "DEVELOPMENT", "VALIDATION", "LAUNCH"};
            for (int ci = 0; ci < CAMPAIGNS.length; ci++) {
                long campaignId = campaignIds.get(ci);
                long[] stages = stagesOf.get(campaignId);
                LocalDate opens = today.plusDays(Long.parseLong(CAMPAIGNS[ci][4]));
                int n = ci == 1 ? 70 : 115;
                for (int i = 0; i < n; i++) {
                    boolean employeesOnly = "EMPLOYEES".equals(CAMPAIGNS[ci][2]);
                    boolean customersOnly = "CUSTOMERS".equals(CAMPAIGNS[ci][2]);
                    String author;
                    if (i == 0 || i == 7 || i == 19) {
                        author = employeesOnly ? "employee" : "customer";
                    } else if (i == 3 || i == 11) {
                        author = customersOnly ? "customer" : "employee";
                    } else {
                        boolean customer = !employeesOnly && (customersOnly || random.nextDouble() < 0.55);
                        List<String> pool = customer ? customers : employees;
                        author = pool.get(random.nextInt(pool.size()));
                    }
                    // where the idea is now: most are early, fewer get far
                    double r = random.nextDouble();
                    int stage;
                    String status;
                    if (r < 0.30) {
                        stage = 0;
                        status = "ACTIVE";
                    } else if (r < 0.40) {
                        stage = 0;
                        status = "IN_REVIEW";
                    } else if (r < 0.55) {
                        stage = 1;
                        status = random.nextDouble() < 0.3 ? "IN_REVIEW" : "ACTIVE";
                    } else if (r < 0.67) {
                        stage = 2;
                        status = "ACTIVE";
                    } else if (r < 0.76) {
                        stage = 3;
                        status = random.nextDouble() < 0.4 ? "IN_REVIEW" : "ACTIVE";
                    } else if (r < 0.81) {
                        stage = 4;
                        status = "ACTIVE";
                    } else if (r < 0.86) {
                        stage = 4;
                        status = "LAUNCHED";
                    } else if (r < 0.95) {
                        stage = random.nextInt(3);
                        status = "KILLED";
                    } else {
                        stage = random.nextInt(3);
                        status = "ON_HOLD";
                    }
                    if (i == 0) {
                        stage = 1;
                        status = "IN_REVIEW";
                    } else if (i == 7) {
                        stage = 4;
                        status = "LAUNCHED";
                    }
                    long span = Math.max(
                            10,
                            Duration.between(opens.atStartOfDay(clock.zone()).toInstant(), now)
                                    .toDays());
                    Instant submitted = opens.atStartOfDay(clock.zone())
                            .toInstant()
                            .plus(Duration.ofHours((long) (random.nextDouble() * (span - 5) * 24)));
                    if (submitted.isAfter(now)) {
                        submitted = now.minus(Duration.ofDays(1));
                    }
                    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                    String title = String.format(IDEAS[random.nextInt(IDEAS.length)], subject);
                    String body = String.format(BODIES[random.nextInt(BODIES.length)], subject);
                    String orientation = "BOTH".equals(CAMPAIGNS[ci][3])
                            ? (random.nextDouble() < 0.45 ? "EXPLORATION" : "EXPLOITATION")
                            : CAMPAIGNS[ci][3];
                    long ideaId = idea(
                            c,
                            campaignId,
                            title,
                            body,
                            orientation,
                            subject,
                            author,
                            stages[stage],
                            status,
                            submitted,
                            now,
                            random);
                    history(c, ideaId, campaignId, stages, stage, status, submitted, now, random, phases, author);
                    votes += votes(c, ideaId, submitted, now, random, customers, employees, stage, status);
                    comments += comments(c, ideaId, submitted, now, random, customers, employees);
                    ideas++;
                }
            }
            tasks(c, random, now);
            recount(c);
            scores(c);
            recognition(c);
            notifications(c, now);
            return new Loaded(CAMPAIGNS.length, ideas, votes, comments);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void participants(Connection c, List<String> customers, List<String> employees, Instant now)
            throws SQLException {
        Timestamp ts = Timestamp.from(now);
        try (PreparedStatement st = c.prepareStatement("insert into participant (username, display_name, email, kind,"
                + " stakeholder_id, unit_id, created_at) values (?, ?, ?, 'STAFF', null, null, ?)")) {
            for (String[] p : new String[][] {
                {"manager", "Iris Manager", "manager@aurora.example"},
                {"admin", "Ada Admin", "admin@aurora.example"},
                {"exec", "Eric Executive", "exec@aurora.example"}
            }) {
                st.setString(1, p[0]);
                st.setString(2, p[1]);
                st.setString(3, p[2]);
                st.setTimestamp(4, ts);
                st.addBatch();
            }
            st.executeBatch();
        }
        // the demo users with stakeholder records, then a few hundred people of the registry
        try (PreparedStatement st = c.prepareStatement("insert into participant (username, display_name, email, kind,"
                + " stakeholder_id, unit_id, created_at)"
                + " select coalesce(s.username, 'demo-' || lower(s.external_id)), s.display_name, s.email,"
                + " case when s.kind = 'EMPLOYEE' then 'EMPLOYEE' else 'CUSTOMER' end, s.id,"
                + " coalesce(e.unit_id, s.serving_unit_id), ? from stakeholder s left join employee e on e.id = s.employee_id"
                + " where s.erased_at is null and s.kind in ('CUSTOMER', 'EMPLOYEE')"
                + " and (s.username is not null or s.id in (select id from stakeholder where erased_at is null"
                + " and kind in ('CUSTOMER', 'EMPLOYEE') and consent_contact order by engagement desc, id limit 520))"
                + " on conflict do nothing")) {
            st.setTimestamp(1, ts);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement("select username, kind from participant where kind <> 'STAFF'"
                        + " and username not in ('customer', 'employee') order by username");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ("CUSTOMER".equals(rs.getString(2)) ? customers : employees).add(rs.getString(1));
            }
        }
        for (String[] p :
                new String[][] {{"customer", "Chris Customer", "CUSTOMER"}, {"employee", "Emma Employee", "EMPLOYEE"}
                }) {
            try (PreparedStatement st = c.prepareStatement("insert into participant (username, display_name, kind,"
                    + " created_at) values (?, ?, ?, ?) on conflict do nothing")) {
                st.setString(1, p[0]);
                st.setString(2, p[1]);
                st.setString(3, p[2]);
                st.setTimestamp(4, ts);
                st.executeUpdate();
            }
        }
        if (customers.isEmpty()) {
            customers.add("customer");
        }
        if (employees.isEmpty()) {
            employees.add("employee");
        }
    }

    private long campaign(Connection c, String[] k, LocalDate today, Instant now) throws SQLException {
        long id = next(c);
        try (PreparedStatement st = c.prepareStatement(
                "insert into campaign (id, code, title, problem_html, problem_text,"
                        + " audience, opens_on, closes_on, orientation, anonymous_allowed, support_threshold, support_days,"
                        + " owner, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 12, 30, 'manager', ?, ?)")) {
            st.setLong(1, id);
            st.setString(2, k[0]);
            st.setString(3, k[1]);
            st.setString(4, k[6]);
            st.setString(5, org.cocrea.cocreation.control.RichText.text(k[6]));
            st.setString(6, k[2]);
            st.setObject(7, today.plusDays(Long.parseLong(k[4])));
            st.setObject(8, today.plusDays(Long.parseLong(k[5])));
            st.setString(9, k[3]);
            st.setBoolean(10, "KITCHEN-27".equals(k[0]));
            st.setTimestamp(11, Timestamp.from(now));
            st.setTimestamp(12, Timestamp.from(now));
            st.executeUpdate();
        }
        try (PreparedStatement st =
                c.prepareStatement("insert into campaign_evaluator (campaign_id, username) values (?, 'manager')")) {
            st.setLong(1, id);
            st.executeUpdate();
        }
        return id;
    }

    private long[] stages(Connection c, long campaignId) throws SQLException {
        List<StageDefinition> defaults = DefaultStages.list();
        long[] ids = new long[defaults.size()];
        try (PreparedStatement st =
                c.prepareStatement("insert into campaign_stage (id, campaign_id, position, code, name,"
                        + " phase, max_days, participation) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < defaults.size(); i++) {
                StageDefinition s = defaults.get(i);
                ids[i] = next(c);
                st.setLong(1, ids[i]);
                st.setLong(2, campaignId);
                st.setInt(3, i + 1);
                st.setString(4, s.code());
                st.setString(5, s.name());
                st.setString(6, s.phase().name());
                st.setObject(7, s.maxDays());
                st.setBoolean(8, s.participation());
                st.addBatch();
            }
            st.executeBatch();
        }
        return ids;
    }

    private void criteria(Connection c, long campaignId) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("insert into campaign_criterion (id, campaign_id, position, name,"
                        + " description, weight) values (?, ?, ?, ?, ?, ?)")) {
            int i = 1;
            for (var k : Scorecard.defaultCriteria()) {
                st.setLong(1, next(c));
                st.setLong(2, campaignId);
                st.setInt(3, i++);
                st.setString(4, k.name());
                st.setString(5, k.description());
                st.setDouble(6, k.weight());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private long idea(
            Connection c,
            long campaignId,
            String title,
            String body,
            String orientation,
            String tag,
            String author,
            long stageId,
            String status,
            Instant submitted,
            Instant now,
            Random random)
            throws SQLException {
        long id = next(c);
        Instant entered =
                submitted.plus(Duration.between(submitted, now).multipliedBy(6).dividedBy(10));
        try (PreparedStatement st = c.prepareStatement("insert into idea (id, campaign_id, title, description_html,"
                + " description_text, orientation, tags, anonymous, submitter, submitter_kind, unit_id, stage_id, status,"
                + " stage_entered_at, submitted_at, updated_at, score)"
                + " select ?, ?, ?, ?, ?, ?, ?, false, p.username, p.kind, p.unit_id, ?, ?, ?, ?, ?, ?"
                + " from participant p where p.username = ?")) {
            st.setLong(1, id);
            st.setLong(2, campaignId);
            st.setString(3, title);
            st.setString(4, "<p>" + body + "</p>");
            st.setString(5, body);
            st.setString(6, orientation);
            st.setArray(7, c.createArrayOf("varchar", new String[] {tag.replace(' ', '-')}));
            st.setLong(8, stageId);
            st.setString(9, status);
            st.setTimestamp(10, Timestamp.from(entered));
            st.setTimestamp(11, Timestamp.from(submitted));
            st.setTimestamp(12, Timestamp.from(entered));
            st.setObject(13, null);
            st.setString(14, author);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "insert into idea_author (idea_id, username, role) values (?, ?," + " 'SUBMITTER')")) {
            st.setLong(1, id);
            st.setString(2, author);
            st.executeUpdate();
        }
        try (PreparedStatement st =
                c.prepareStatement("insert into idea_follower (idea_id, username, since) values (?, ?," + " ?)")) {
            st.setLong(1, id);
            st.setString(2, author);
            st.setTimestamp(3, Timestamp.from(submitted));
            st.executeUpdate();
        }
        return id;
    }

    /** The transitions that bring the idea where it is, each with a rationale and, past a gate, scores. */
    private void history(
            Connection c,
            long ideaId,
            long campaignId,
            long[] stages,
            int stage,
            String status,
            Instant submitted,
            Instant now,
            Random random,
            String[] phases,
            String author)
            throws SQLException {
        Duration step = Duration.between(submitted, now).dividedBy(stage + 2L);
        Instant at = submitted;
        transition(c, ideaId, campaignId, null, stages[0], null, "ACTIVE", "SUBMITTED", null, null, author, submitted);
        String[] goWhy = {
            "Strong customer value and feasible with today’s platform.",
            "Evaluators agree it fits the" + " strategy; build a prototype next.",
            "Test results were convincing; move on.",
            "Clear demand from the pilot customers."
        };
        for (int s = 0; s < stage || "LAUNCHED".equals(status); s++) {
            at = at.plus(step);
            double score = 55 + random.nextInt(40);
            transition(
                    c,
                    ideaId,
                    campaignId,
                    stages[s],
                    stages[s],
                    "ACTIVE",
                    "IN_REVIEW",
                    "REVIEW",
                    "Sent to the gate by the innovation office.",
                    null,
                    "manager",
                    at.minus(Duration.ofDays(2)));
            gate(c, ideaId, stages[s], at.minus(Duration.ofDays(1)), random);
            boolean launch = s == stages.length - 1;
            transition(
                    c,
                    ideaId,
                    campaignId,
                    stages[s],
                    launch ? stages[s] : stages[s + 1],
                    "IN_REVIEW",
                    launch ? "LAUNCHED" : "ACTIVE",
                    "GO",
                    goWhy[random.nextInt(goWhy.length)],
                    score,
                    "manager",
                    at);
            if (launch) {
                break;
            }
        }
        if ("IN_REVIEW".equals(status)) {
            transition(
                    c,
                    ideaId,
                    campaignId,
                    stages[stage],
                    stages[stage],
                    "ACTIVE",
                    "IN_REVIEW",
                    "REVIEW",
                    "12 people supported the idea within 30 days of its submission.",
                    null,
                    "system",
                    now.minus(Duration.ofDays(1 + random.nextInt(5))));
            try (PreparedStatement st = c.prepareStatement("insert into gate_assignment (id, idea_id, stage_id,"
                    + " evaluator, assigned_at) values (?, ?, ?, 'manager', ?)")) {
                st.setLong(1, next(c));
                st.setLong(2, ideaId);
                st.setLong(3, stages[stage]);
                st.setTimestamp(4, Timestamp.from(now.minus(Duration.ofDays(1))));
                st.executeUpdate();
            }
        } else if ("KILLED".equals(status) || "ON_HOLD".equals(status)) {
            at = at.plus(step);
            gate(c, ideaId, stages[stage], at.minus(Duration.ofDays(1)), random);
            transition(
                    c,
                    ideaId,
                    campaignId,
                    stages[stage],
                    stages[stage],
                    "IN_REVIEW",
                    status,
                    "KILLED".equals(status) ? "KILL" : "HOLD",
                    "KILLED".equals(status)
                            ? "Too close to what the spring range already does; thank you for the thorough write-up."
                            : "Good idea, but it depends on the new control board. We pick it up again in the autumn.",
                    35.0 + random.nextInt(25),
                    "manager",
                    at);
        }
    }

    private void gate(Connection c, long ideaId, long stageId, Instant at, Random random) throws SQLException {
        long assignment = next(c);
        try (PreparedStatement st = c.prepareStatement("insert into gate_assignment (id, idea_id, stage_id, evaluator,"
                + " assigned_at, completed_at, comment) values (?, ?, ?, 'manager', ?, ?, ?) on conflict do nothing")) {
            st.setLong(1, assignment);
            st.setLong(2, ideaId);
            st.setLong(3, stageId);
            st.setTimestamp(4, Timestamp.from(at.minus(Duration.ofDays(1))));
            st.setTimestamp(5, Timestamp.from(at));
            st.setString(6, "Scored against the campaign scorecard.");
            if (st.executeUpdate() == 0) {
                return;
            }
        }
        try (PreparedStatement st = c.prepareStatement("insert into gate_score (assignment_id, criterion_id, score)"
                + " select ?, k.id, ? from campaign_criterion k join idea i on i.campaign_id = k.campaign_id"
                + " where i.id = ? and k.position = ?")) {
            for (int p = 1; p <= 4; p++) {
                st.setLong(1, assignment);
                st.setInt(2, 2 + random.nextInt(4));
                st.setLong(3, ideaId);
                st.setInt(4, p);
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    private void transition(
            Connection c,
            long ideaId,
            long campaignId,
            Long from,
            long to,
            String fromStatus,
            String toStatus,
            String decision,
            String rationale,
            Double score,
            String by,
            Instant at)
            throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("insert into idea_transition (id, idea_id, campaign_id, from_stage,"
                        + " to_stage, from_status, to_status, decision, rationale, score, decided_by, decided_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            st.setLong(1, next(c));
            st.setLong(2, ideaId);
            st.setLong(3, campaignId);
            st.setObject(4, from);
            st.setLong(5, to);
            st.setString(6, fromStatus);
            st.setString(7, toStatus);
            st.setString(8, decision);
            st.setString(9, rationale);
            st.setObject(10, score);
            st.setString(11, by);
            st.setTimestamp(12, Timestamp.from(at));
            st.executeUpdate();
        }
        if (score != null) {
            try (PreparedStatement st = c.prepareStatement("update idea set score = ? where id = ?")) {
                st.setDouble(1, score);
                st.setLong(2, ideaId);
                st.executeUpdate();
            }
        }
    }

    private int votes(
            Connection c,
            long ideaId,
            Instant submitted,
            Instant now,
            Random random,
            List<String> customers,
            List<String> employees,
            int stage,
            String status)
            throws SQLException {
        int n = (int) Math.min(
                80,
                Math.round(Math.abs(random.nextGaussian()) * 9 + stage * 6 + ("IN_REVIEW".equals(status) ? 12 : 0)));
        java.util.Set<String> voters = new java.util.LinkedHashSet<>();
        while (voters.size() < n) {
            List<String> pool = random.nextBoolean() ? customers : employees;
            voters.add(pool.get(random.nextInt(pool.size())));
        }
        try (PreparedStatement st = c.prepareStatement(
                "insert into idea_vote (idea_id, voter, voted_at) values (?, ?, ?)" + " on conflict do nothing")) {
            long span = Math.max(1, Duration.between(submitted, now).toMinutes());
            for (String v : voters) {
                st.setLong(1, ideaId);
                st.setString(2, v);
                st.setTimestamp(
                        3, Timestamp.from(submitted.plus(Duration.ofMinutes((long) (random.nextDouble() * span)))));
                st.addBatch();
            }
            st.executeBatch();
        }
        return voters.size();
    }

    private int comments(
            Connection c,
            long ideaId,
            Instant submitted,
            Instant now,
            Random random,
            List<String> customers,
            List<String> employees)
            throws SQLException {
        int n = random.nextInt(7);
        Long previous = null;
        long span = Math.max(1, Duration.between(submitted, now).toMinutes());
        try (PreparedStatement st = c.prepareStatement("insert into idea_comment (id, idea_id, parent_id, author,"
                + " body_html, body_text, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int i = 0; i < n; i++) {
                long id = next(c);
                String text = COMMENTS[random.nextInt(COMMENTS.length)];
                List<String> pool = random.nextBoolean() ? customers : employees;
                Instant at = submitted.plus(Duration.ofMinutes((long) (span * (i + random.nextDouble()) / (n + 1))));
                st.setLong(1, id);
                st.setLong(2, ideaId);
                st.setObject(3, previous != null && random.nextDouble() < 0.35 ? previous : null);
                st.setString(4, pool.get(random.nextInt(pool.size())));
                st.setString(5, "<p>" + text + "</p>");
                st.setString(6, text);
                st.setTimestamp(7, Timestamp.from(at));
                st.setTimestamp(8, Timestamp.from(at));
                st.addBatch();
                previous = id;
            }
            st.executeBatch();
        }
        return n;
    }

    /** Test tasks on ideas in validation, with findings from invited customers (Chris among them). */
    private void tasks(Connection c, Random random, Instant now) throws SQLException {
        List<long[]> ideas = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select i.id, i.stage_id from idea i join campaign_stage s"
                        + " on s.id = i.stage_id where s.participation and i.status in ('ACTIVE', 'IN_REVIEW')"
                        + " order by i.id limit 12");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                ideas.add(new long[] {rs.getLong(1), rs.getLong(2)});
            }
        }
        List<Long> testers = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select stakeholder_id from participant where kind = 'CUSTOMER'"
                        + " and stakeholder_id is not null order by (username = 'customer') desc, username limit 25");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                testers.add(rs.getLong(1));
            }
        }
        if (testers.isEmpty()) {
            return;
        }
        for (long[] idea : ideas) {
            long task = next(c);
            try (PreparedStatement st = c.prepareStatement(
                    "insert into participation_task (id, idea_id, stage_id, kind,"
                            + " title, instructions, due_on, created_by, created_at) values (?, ?, ?, 'TEST', ?, ?, ?, 'manager', ?)")) {
                st.setLong(1, task);
                st.setLong(2, idea[0]);
                st.setLong(3, idea[1]);
                st.setString(4, "Try the prototype at home for a week");
                st.setString(
                        5,
                        "<p>Use the prototype as you normally would and tell us what surprised you, what you"
                                + " missed and whether you would keep it.</p>");
                st.setObject(6, clock.today().plusDays(14));
                st.setTimestamp(7, Timestamp.from(now.minus(Duration.ofDays(10))));
                st.executeUpdate();
            }
            for (int t = 0; t < Math.min(6, testers.size()); t++) {
                long tester = testers.get((t + random.nextInt(testers.size())) % testers.size());
                if (t == 0) {
                    // Chris Customer (first of the testers) tests three prototypes
                    if (ideas.indexOf(idea) >= 3) {
                        continue;
                    }
                    tester = testers.get(0);
                }
                try (PreparedStatement st = c.prepareStatement("insert into task_invitation (task_id, stakeholder_id,"
                        + " invited_at) values (?, ?, ?) on conflict do nothing")) {
                    st.setLong(1, task);
                    st.setLong(2, tester);
                    st.setTimestamp(3, Timestamp.from(now.minus(Duration.ofDays(10))));
                    if (st.executeUpdate() == 0 || t == 0 || random.nextDouble() < 0.4) {
                        continue;
                    }
                }
                boolean decided = random.nextBoolean();
                try (PreparedStatement st = c.prepareStatement("insert into task_finding (id, task_id, stakeholder_id,"
                        + " body_html, body_text, submitted_at, status, decided_by, decided_at, feedback)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    String text = "The display was clear, but the reminder came too often; once a day would do.";
                    st.setLong(1, next(c));
                    st.setLong(2, task);
                    st.setLong(3, tester);
                    st.setString(4, "<p>" + text + "</p>");
                    st.setString(5, text);
                    st.setTimestamp(6, Timestamp.from(now.minus(Duration.ofDays(3))));
                    st.setString(7, decided ? "ACCEPTED" : "SUBMITTED");
                    st.setString(8, decided ? "manager" : null);
                    st.setTimestamp(9, decided ? Timestamp.from(now.minus(Duration.ofDays(1))) : null);
                    st.setString(10, decided ? "Thank you, we are changing the reminder schedule." : null);
                    st.executeUpdate();
                }
            }
        }
    }

    /** Gate totals from the evaluators' scores, as Gates computes them, on the transitions and ideas. */
    private void scores(Connection c) throws SQLException {
        String totals =
                "with per as (select a.idea_id, a.stage_id, s.criterion_id, avg(s.score) m, max(a.completed_at) done"
                        + " from gate_assignment a join gate_score s on s.assignment_id = a.id where a.completed_at is not null"
                        + " group by a.idea_id, a.stage_id, s.criterion_id),"
                        + " tot as (select p.idea_id, p.stage_id, max(p.done) done,"
                        + " sum(k.weight * (p.m - 1) / 4 * 100) / sum(k.weight) total"
                        + " from per p join campaign_criterion k on k.id = p.criterion_id group by p.idea_id, p.stage_id)";
        try (PreparedStatement st = c.prepareStatement(
                totals + " update idea_transition t set score = tot.total from tot"
                        + " where t.idea_id = tot.idea_id and t.from_stage = tot.stage_id and t.decision in ('GO', 'KILL', 'HOLD')")) {
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(totals + ", last as (select distinct on (idea_id) idea_id, total"
                + " from tot order by idea_id, done desc) update idea i set score = last.total from last"
                + " where i.id = last.idea_id")) {
            st.executeUpdate();
        }
    }

    private void recount(Connection c) throws SQLException {
        try (PreparedStatement st =
                c.prepareStatement("update idea i set vote_count = (select count(*) from idea_vote v"
                        + " where v.idea_id = i.id), comment_count = (select count(*) from idea_comment m where m.idea_id = i.id),"
                        + " follower_count = (select count(*) from idea_follower f where f.idea_id = i.id)")) {
            st.executeUpdate();
        }
    }

    /** Points in the ledger for what the demo people did, their totals and badges. */
    private void recognition(Connection c) throws SQLException {
        String[] sql = {
            "insert into recognition_points (id, username, points, reason, reference, awarded_at) select"
                    + " nextval('cocreation_seq'), submitter, " + Contribution.IDEA_SUBMITTED.points()
                    + ", 'IDEA_SUBMITTED', 'idea:' || id, submitted_at from idea",
            "insert into recognition_points (id, username, points, reason, reference, awarded_at) select"
                    + " nextval('cocreation_seq'), author, " + Contribution.COMMENT_POSTED.points()
                    + ", 'COMMENT_POSTED', 'comment:' || id, created_at from idea_comment",
            "insert into recognition_points (id, username, points, reason, reference, awarded_at) select"
                    + " nextval('cocreation_seq'), voter, " + Contribution.VOTE_CAST.points()
                    + ", 'VOTE_CAST', 'idea:' || idea_id, voted_at from idea_vote",
            "insert into recognition_points (id, username, points, reason, reference, awarded_at) select"
                    + " nextval('cocreation_seq'), i.submitter, " + Contribution.IDEA_ADVANCED.points()
                    + ", 'IDEA_ADVANCED', 'transition:' || t.id, t.decided_at from idea_transition t join idea i on i.id ="
                    + " t.idea_id where t.decision = 'GO' and t.to_status = 'ACTIVE'",
            "insert into recognition_points (id, username, points, reason, reference, awarded_at) select"
                    + " nextval('cocreation_seq'), i.submitter, " + Contribution.IDEA_LAUNCHED.points()
                    + ", 'IDEA_LAUNCHED', 'idea:' || i.id, t.decided_at from idea_transition t join idea i on i.id ="
                    + " t.idea_id where t.decision = 'GO' and t.to_status = 'LAUNCHED'",
            "update participant p set points = coalesce((select sum(points) from recognition_points r"
                    + " where r.username = p.username), 0)"
        };
        for (String s : sql) {
            try (PreparedStatement st = c.prepareStatement(s)) {
                st.executeUpdate();
            }
        }
        Map<String, Map<Contribution, Integer>> counts = new HashMap<>();
        Map<String, Integer> points = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement("select username, reason, count(*), sum(points) from"
                        + " recognition_points group by username, reason");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                counts.computeIfAbsent(rs.getString(1), k -> new EnumMap<>(Contribution.class))
                        .put(Contribution.valueOf(rs.getString(2)), rs.getInt(3));
                points.merge(rs.getString(1), rs.getInt(4), Integer::sum);
            }
        }
        try (PreparedStatement st = c.prepareStatement("insert into participant_badge (username, badge, awarded_at)"
                + " values (?, ?, now()) on conflict do nothing")) {
            for (var e : counts.entrySet()) {
                Map<Contribution, Integer> m = e.getValue();
                Tally t = new Tally(
                        m.getOrDefault(Contribution.IDEA_SUBMITTED, 0),
                        m.getOrDefault(Contribution.COMMENT_POSTED, 0),
                        m.getOrDefault(Contribution.VOTE_CAST, 0),
                        m.getOrDefault(Contribution.VOTE_RECEIVED, 0),
                        m.getOrDefault(Contribution.IDEA_ADVANCED, 0),
                        m.getOrDefault(Contribution.IDEA_LAUNCHED, 0),
                        m.getOrDefault(Contribution.FINDING_SUBMITTED, 0),
                        m.getOrDefault(Contribution.FINDING_ACCEPTED, 0),
                        points.get(e.getKey()));
                for (Badge b : Recognition.badges(t)) {
                    st.setString(1, e.getKey());
                    st.setString(2, b.name());
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    /** The decisions on Chris's and Emma's ideas, in their notifications. */
    private void notifications(Connection c, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "insert into notification (id, recipient, kind, idea_id, message,"
                        + " created_at) select nextval('cocreation_seq'), i.submitter, 'DECISION', i.id,"
                        + " 'Your idea “' || i.title || '”' || case t.decision"
                        + " when 'GO' then ' passed its gate. Feedback: ' || t.rationale"
                        + " when 'KILL' then ' was stopped at its gate. Feedback: ' || t.rationale"
                        + " when 'HOLD' then ' is on hold. Feedback: ' || t.rationale"
                        + " else ' is at its gate; the evaluators are scoring it.' end, t.decided_at from idea_transition t join idea i on i.id ="
                        + " t.idea_id where i.submitter in ('customer', 'employee') and t.decision in ('GO', 'KILL', 'HOLD', 'REVIEW')")) {
            st.executeUpdate();
        }
    }

    private static long next(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select nextval('cocreation_seq')");
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql);
                ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
