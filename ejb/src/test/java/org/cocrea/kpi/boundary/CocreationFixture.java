package org.cocrea.kpi.boundary;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small organisation with random co-creation history written straight into the tables the
 * co-creation feature owns (V12), for tests of the KPI feed against a real PostgreSQL: units,
 * employees, customers in segments, two campaigns with five stages, ideas moving through the
 * stages (reviews, holds, kills, reopenings, launches), comments, votes, test findings, incidents
 * and monthly engagement snapshots. Each idea's transitions are written in order, as the
 * co-creation feature writes them; {@link #step} writes a slice of the history so that the feed
 * can run in between.
 */
public final class CocreationFixture {

    static final String[] UNITS = {"ACME", "RD", "SALES", "RD-A", "RD-B", "SALES-N"};
    static final String[] PARENTS = {null, "ACME", "ACME", "RD", "RD", "SALES"};
    static final String[] SEGMENTS = {"Home cooks", "Professional kitchens", "Budget households"};
    static final String[] PHASES = {"IDENTIFICATION", "INTERPRETATION", "DEVELOPMENT", "VALIDATION", "LAUNCH"};

    final Random random;
    final ZoneId zone;
    final Instant start;
    final int days;
    public final String tag;
    final List<Long> unitIds = new ArrayList<>();
    final List<String> people = new ArrayList<>();
    final List<Long> customerStakeholders = new ArrayList<>();
    final List<long[]> campaignStages = new ArrayList<>();
    final List<Long> campaigns = new ArrayList<>();
    final List<Idea> ideas = new ArrayList<>();
    long nextId;

    /** An idea and how far its history has been written. */
    static final class Idea {
        long id;
        long campaign;
        int campaignIndex;
        int stage;
        String status = "ACTIVE";
        Instant last;
        boolean done;
    }

    public CocreationFixture(long seed, ZoneId zone, Instant start, int days, long firstId) {
        this.random = new Random(seed);
        this.zone = zone;
        this.start = start;
        this.days = days;
        this.nextId = firstId;
        this.tag = Long.toString(seed, 36) + Long.toString(firstId, 36);
    }

    public long id() {
        return nextId++;
    }

    /** Units, people, stakeholders and campaigns. */
    public void organisation(Connection c) throws SQLException {
        for (int i = 0; i < UNITS.length; i++) {
            long id = id();
            try (PreparedStatement st = c.prepareStatement(
                    "insert into org_unit (id, parent_id, code, name, kind) values (?, ?, ?, ?, ?)")) {
                st.setLong(1, id);
                st.setObject(
                        2,
                        PARENTS[i] == null ? null : unitIds.get(List.of(UNITS).indexOf(PARENTS[i])));
                st.setString(3, UNITS[i] + "-" + tag);
                st.setString(4, "Unit " + UNITS[i] + " " + tag);
                st.setString(5, i == 0 ? "COMPANY" : i < 3 ? "DIVISION" : "TEAM");
                st.executeUpdate();
            }
            unitIds.add(id);
        }
        Timestamp created = Timestamp.from(start.minus(30, ChronoUnit.DAYS));
        for (int i = 0; i < 40; i++) {
            boolean customer = i % 2 == 0;
            long unit = unitIds.get(3 + random.nextInt(3));
            String username = (customer ? "cust-" : "emp-") + tag + "-" + i;
            Long stakeholder = null;
            if (customer) {
                stakeholder = id();
                try (PreparedStatement st = c.prepareStatement("insert into stakeholder (id, external_id, kind,"
                        + " display_name, segment, consent_contact, consent_analysis, username, serving_unit_id,"
                        + " created_at, updated_at) values (?, ?, 'CUSTOMER', ?, ?, true, true, ?, ?, ?, ?)")) {
                    st.setLong(1, stakeholder);
                    st.setString(2, "X-" + username);
                    st.setString(3, "Customer " + i);
                    st.setString(4, i % 10 == 0 ? null : SEGMENTS[random.nextInt(SEGMENTS.length)]);
                    st.setString(5, username);
                    st.setLong(6, unit);
                    st.setTimestamp(7, created);
                    st.setTimestamp(8, created);
                    st.executeUpdate();
                }
                customerStakeholders.add(stakeholder);
            } else {
                try (PreparedStatement st = c.prepareStatement("insert into employee (id, external_id, email,"
                        + " display_name, username, unit_id) values (?, ?, ?, ?, ?, ?)")) {
                    st.setLong(1, id());
                    st.setString(2, "E-" + username);
                    st.setString(3, username + "@example.org");
                    st.setString(4, "Employee " + i);
                    st.setString(5, username);
                    st.setLong(6, unit);
                    st.executeUpdate();
                }
            }
            try (PreparedStatement st = c.prepareStatement("insert into participant (username, display_name, kind,"
                    + " stakeholder_id, unit_id, created_at) values (?, ?, ?, ?, ?, ?)")) {
                st.setString(1, username);
                st.setString(2, "Person " + i);
                st.setString(3, customer ? "CUSTOMER" : i % 7 == 1 ? "STAFF" : "EMPLOYEE");
                st.setObject(4, stakeholder);
                st.setObject(5, customer ? null : unit);
                st.setTimestamp(6, created);
                st.executeUpdate();
            }
            people.add(username);
        }
        for (int k = 0; k < 2; k++) {
            long id = id();
            try (PreparedStatement st = c.prepareStatement("insert into campaign (id, code, title, problem_html,"
                    + " problem_text, audience, opens_on, closes_on, orientation, owner, created_at, updated_at)"
                    + " values (?, ?, ?, '<p>x</p>', 'x', ?, ?, ?, 'BOTH', 'manager', ?, ?)")) {
                st.setLong(1, id);
                st.setString(2, (k == 0 ? "SPRING-" : "GREEN-") + tag);
                st.setString(3, "Campaign " + k);
                st.setString(4, k == 0 ? "EMPLOYEES" : "CUSTOMERS");
                st.setDate(5, Date.valueOf(LocalDate.ofInstant(start, zone)));
                st.setDate(6, Date.valueOf(LocalDate.ofInstant(start, zone).plusDays(days + 400)));
                st.setTimestamp(7, created);
                st.setTimestamp(8, created);
                st.executeUpdate();
            }
            long[] stages = new long[PHASES.length];
            for (int p = 0; p < PHASES.length; p++) {
                stages[p] = id();
                try (PreparedStatement st = c.prepareStatement("insert into campaign_stage (id, campaign_id, position,"
                        + " code, name, phase) values (?, ?, ?, ?, ?, ?)")) {
                    st.setLong(1, stages[p]);
                    st.setLong(2, id);
                    st.setInt(3, p);
                    st.setString(4, "s" + p);
                    st.setString(5, PHASES[p]);
                    // the second campaign starts in interpretation: its ideas enter there
                    st.setString(6, k == 1 && p == 0 ? "INTERPRETATION" : PHASES[p]);
                    st.executeUpdate();
                }
            }
            campaigns.add(id);
            campaignStages.add(stages);
        }
    }

    Instant randomInstant() {
        return start.plusSeconds((long) (random.nextDouble() * days * 86_400L));
    }

    /** Writes a slice of history: new ideas, later moves of earlier ones, contributions. */
    public void step(Connection c, int newIdeas) throws SQLException {
        for (int i = 0; i < newIdeas; i++) {
            Idea idea = new Idea();
            idea.id = id();
            idea.campaignIndex = random.nextInt(2);
            idea.campaign = campaigns.get(idea.campaignIndex);
            idea.last = randomInstant();
            String submitter = people.get(random.nextInt(people.size()));
            try (PreparedStatement st = c.prepareStatement("insert into idea (id, campaign_id, title,"
                    + " description_html, description_text, orientation, submitter, submitter_kind, unit_id, stage_id,"
                    + " status, stage_entered_at, submitted_at, updated_at) values (?, ?, ?, '<p>d</p>', 'd', ?, ?, ?,"
                    + " ?, ?, 'ACTIVE', ?, ?, ?)")) {
                st.setLong(1, idea.id);
                st.setLong(2, idea.campaign);
                st.setString(3, "Idea " + idea.id);
                st.setString(4, random.nextBoolean() ? "EXPLORATION" : "EXPLOITATION");
                st.setString(5, submitter);
                st.setString(6, submitter.startsWith("cust") ? "CUSTOMER" : "EMPLOYEE");
                st.setObject(7, random.nextInt(6) == 0 ? null : unitIds.get(1 + random.nextInt(5)));
                st.setLong(8, campaignStages.get(idea.campaignIndex)[0]);
                st.setTimestamp(9, Timestamp.from(idea.last));
                st.setTimestamp(10, Timestamp.from(idea.last));
                st.setTimestamp(11, Timestamp.from(idea.last));
                st.executeUpdate();
            }
            transition(c, idea, null, "SUBMITTED", 0, "ACTIVE");
            ideas.add(idea);
        }
        // later moves of some ideas, contributions to random ideas
        for (Idea idea : ideas) {
            if (idea.done || random.nextInt(3) != 0) {
                continue;
            }
            idea.last = idea.last.plusSeconds(60L * (1 + random.nextInt(60 * 24 * 30)));
            int move = random.nextInt(10);
            if (idea.status.equals("KILLED")) {
                if (move < 3) {
                    transition(c, idea, "KILLED", "REOPENED", idea.stage, "ACTIVE");
                } else {
                    idea.done = true;
                }
            } else if (idea.stage == PHASES.length - 1 && move < 6) {
                transition(c, idea, idea.status, "GO", idea.stage, "LAUNCHED");
                idea.done = true;
            } else if (move < 5) {
                transition(c, idea, idea.status, "GO", Math.min(idea.stage + 1, PHASES.length - 1), "ACTIVE");
            } else if (move < 7) {
                transition(c, idea, idea.status, "REVIEW", idea.stage, "IN_REVIEW");
            } else if (move < 8) {
                transition(c, idea, idea.status, "HOLD", idea.stage, "ON_HOLD");
            } else {
                transition(c, idea, idea.status, "KILL", idea.stage, "KILLED");
            }
        }
        for (int i = 0; i < newIdeas * 3 && !ideas.isEmpty(); i++) {
            Idea idea = ideas.get(random.nextInt(ideas.size()));
            String who = people.get(random.nextInt(people.size()));
            Instant at = idea.last.plusSeconds(random.nextInt(86_400 * 20));
            if (random.nextBoolean()) {
                try (PreparedStatement st = c.prepareStatement("insert into idea_comment (id, idea_id, author,"
                        + " body_html, body_text, created_at, updated_at) values (?, ?, ?, 'c', 'c', ?, ?)")) {
                    st.setLong(1, id());
                    st.setLong(2, idea.id);
                    st.setString(3, who);
                    st.setTimestamp(4, Timestamp.from(at));
                    st.setTimestamp(5, Timestamp.from(at));
                    st.executeUpdate();
                }
            } else {
                try (PreparedStatement st = c.prepareStatement("insert into idea_vote (idea_id, voter, voted_at)"
                        + " values (?, ?, ?) on conflict do nothing")) {
                    st.setLong(1, idea.id);
                    st.setString(2, who);
                    st.setTimestamp(3, Timestamp.from(at));
                    st.executeUpdate();
                }
            }
        }
        if (!ideas.isEmpty()) {
            Idea idea = ideas.get(random.nextInt(ideas.size()));
            long task = id();
            try (PreparedStatement st = c.prepareStatement(
                    "insert into participation_task (id, idea_id, stage_id,"
                            + " kind, title, instructions, created_by, created_at) values (?, ?, ?, 'TEST', 't', 'i', 'manager', ?)")) {
                st.setLong(1, task);
                st.setLong(2, idea.id);
                st.setLong(3, campaignStages.get(idea.campaignIndex)[3]);
                st.setTimestamp(4, Timestamp.from(idea.last));
                st.executeUpdate();
            }
            for (int k = 0; k < 2; k++) {
                try (PreparedStatement st = c.prepareStatement("insert into task_finding (id, task_id, stakeholder_id,"
                        + " body_html, body_text, submitted_at, status) values (?, ?, ?, 'f', 'f', ?, 'SUBMITTED')")) {
                    st.setLong(1, id());
                    st.setLong(2, task);
                    st.setLong(3, customerStakeholders.get(random.nextInt(customerStakeholders.size())));
                    st.setTimestamp(4, Timestamp.from(randomInstant()));
                    st.executeUpdate();
                }
            }
        }
        for (int i = 0; i < 2; i++) {
            try (PreparedStatement st = c.prepareStatement("insert into engagement_incident (id, stakeholder_id, type,"
                    + " severity, occurred_on, reported_by, reported_at) values (?, ?, ?, ?, ?, 'manager', ?)")) {
                st.setLong(1, id());
                st.setLong(2, customerStakeholders.get(random.nextInt(customerStakeholders.size())));
                st.setString(
                        3,
                        new String[] {"CONFLICT", "MISUSE", "REPORTED_ABUSE", "ABANDONED_COMMITMENT"}
                                [random.nextInt(4)]);
                st.setInt(4, 1 + random.nextInt(5));
                Instant at = randomInstant();
                st.setDate(5, Date.valueOf(LocalDate.ofInstant(at, zone)));
                st.setTimestamp(6, Timestamp.from(at));
                st.executeUpdate();
            }
        }
    }

    private void transition(Connection c, Idea idea, String fromStatus, String decision, int toStage, String toStatus)
            throws SQLException {
        long[] stages = campaignStages.get(idea.campaignIndex);
        try (PreparedStatement st = c.prepareStatement("insert into idea_transition (id, idea_id, campaign_id,"
                + " from_stage, to_stage, from_status, to_status, decision, decided_by, decided_at)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, 'manager', ?)")) {
            st.setLong(1, id());
            st.setLong(2, idea.id);
            st.setLong(3, idea.campaign);
            st.setObject(4, fromStatus == null ? null : stages[idea.stage]);
            st.setLong(5, stages[toStage]);
            st.setString(6, fromStatus);
            st.setString(7, toStatus);
            st.setString(8, decision);
            st.setTimestamp(9, Timestamp.from(idea.last));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "update idea set stage_id = ?, status = ?, stage_entered_at = ?, updated_at = ? where id = ?")) {
            st.setLong(1, stages[toStage]);
            st.setString(2, toStatus);
            st.setTimestamp(3, Timestamp.from(idea.last));
            st.setTimestamp(4, Timestamp.from(idea.last));
            st.setLong(5, idea.id);
            st.executeUpdate();
        }
        idea.stage = toStage;
        idea.status = toStatus;
    }

    /** One engagement snapshot of every customer on the last day of each month of the history. */
    public void engagementSnapshots(Connection c) throws SQLException {
        LocalDate month = LocalDate.ofInstant(start, zone).withDayOfMonth(1);
        LocalDate end = LocalDate.ofInstant(start.plus(days, ChronoUnit.DAYS), zone);
        while (month.isBefore(end)) {
            LocalDate asOf = month.plusMonths(1).minusDays(1);
            try (Statement st = c.createStatement()) {
                st.executeUpdate("insert into stakeholder_snapshot (stakeholder_id, as_of, engagement, innovation,"
                        + " communication, recommendation, learning, knowledge, risk) select id, date '" + asOf
                        + "', (id * 37 + " + asOf.getMonthValue() + " * 11) % 100, 1, 1, 1, 1, 1, 0 from stakeholder"
                        + " where kind = 'CUSTOMER' and username like 'cust-" + tag + "-%'");
            }
            month = month.plusMonths(1);
        }
    }
}
