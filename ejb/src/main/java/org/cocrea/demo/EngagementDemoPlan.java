package org.cocrea.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Channel;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.OutcomeKind;
import org.cocrea.engagement.control.StakeholderInput;
import org.cocrea.engagement.control.StakeholderKind;

/**
 * The stakeholders of the demo firm "Aurora Appliances" and their engagement history, generated
 * deterministically from a seed: about 3,000 stakeholders (mostly customers in four segments, plus
 * partners, suppliers and employees), a year of activity before the back-filled scoring window
 * (all twelve activity types; a few very engaged stakeholders, most occasional, some who faded out,
 * a few recently rising, with differences between the segments), the outcomes of their
 * contributions, about 40 co-destruction incidents and about 300 customer-experience answers.
 *
 * <p>Plain Java: {@link EngagementDemo} writes the plan. People are referred to by their position in
 * {@link #people()}.
 */
public final class EngagementDemoPlan {

    /** How a stakeholder behaves over the year. */
    public enum Persona {
        /** Very engaged all year: ideas, tests, answers, referrals. */
        CHAMPION,
        /** Takes part every month. */
        REGULAR,
        /** A visit, an article, a vote now and then. */
        OCCASIONAL,
        /** Hardly ever seen. */
        DORMANT,
        /** Was active, stopped four to eight months ago. */
        FADED,
        /** Was hardly seen, active in the last two or three months. */
        RISING
    }

    /** An employee of the demo organisation that may become an employee stakeholder. */
    public record EmployeeRef(
            long id, String externalId, String displayName, String email, String unit, String username) {}

    /** A stakeholder to create; {@code username} and {@code employeeId} link it to a sign-in and an employee. */
    public record Person(StakeholderInput input, Persona persona, String username, Long employeeId) {}

    /** An activity of {@code person}. */
    public record Act(
            int person,
            ActivityType type,
            Instant at,
            Channel channel,
            int weightMillis,
            String source,
            String reference,
            String summary) {}

    /** An outcome of a contribution of {@code person}. */
    public record Result(int person, OutcomeKind kind, Instant at, double amount, String reference) {}

    /** A co-destruction incident recorded against {@code person}. */
    public record IncidentPlan(
            int person, IncidentType type, int severity, LocalDate on, boolean confirmed, String description) {}

    /**
     * A customer-experience answer of {@code person}: the nine items (functional-1 … social-3, 1..7,
     * unanswered items left out) and the mean of the twelve customer-engagement items (1..7).
     */
    public record Feedback(
            int person, LocalDate on, String context, Map<String, Integer> answers, double engagementMean) {}

    /** The Keycloak user names of the demo sign-ins that get a stakeholder record. */
    public static final String CUSTOMER_USER = "customer";

    public static final String EMPLOYEE_USER = "employee";

    public static final String[] CUSTOMER_SEGMENTS = {
        "Home cooks", "Smart-home enthusiasts", "Professional kitchens", "Budget households"
    };
    public static final String[] REGIONS = {"North", "South", "East", "West", "Online"};
    static final String PARTNER_RETAIL = "Retail partners";
    static final String PARTNER_INSTALL = "Installation partners";
    static final String SUPPLIER_COMPONENTS = "Component suppliers";
    static final String SUPPLIER_LOGISTICS = "Logistics providers";
    static final String STAFF = "Aurora staff";

    static final int TARGET = 3000;
    static final int PARTNERS = 110;
    static final int SUPPLIERS = 70;
    static final int MAX_EMPLOYEES = 180;
    static final int INCIDENTS = 40;
    static final int EXPERIENCE_ANSWERS = 300;

    private final List<Person> people;
    private final List<Act> activities;
    private final List<Result> outcomes;
    private final List<IncidentPlan> incidents;
    private final List<Feedback> feedback;
    private final LocalDate historyStart;

    private EngagementDemoPlan(
            List<Person> people,
            List<Act> activities,
            List<Result> outcomes,
            List<IncidentPlan> incidents,
            List<Feedback> feedback,
            LocalDate historyStart) {
        this.people = List.copyOf(people);
        this.activities = List.copyOf(activities);
        this.outcomes = List.copyOf(outcomes);
        this.incidents = List.copyOf(incidents);
        this.feedback = List.copyOf(feedback);
        this.historyStart = historyStart;
    }

    public List<Person> people() {
        return people;
    }

    /** The activities, oldest first. */
    public List<Act> activities() {
        return activities;
    }

    /** The outcomes, oldest first. */
    public List<Result> outcomes() {
        return outcomes;
    }

    public List<IncidentPlan> incidents() {
        return incidents;
    }

    public List<Feedback> feedback() {
        return feedback;
    }

    /** The first day with activity. */
    public LocalDate historyStart() {
        return historyStart;
    }

    /**
     * The month-ends the scoring is back-filled for, oldest first: the last twelve before {@code
     * today}.
     */
    public static List<LocalDate> monthEnds(LocalDate today) {
        List<LocalDate> out = new ArrayList<>();
        for (int k = 12; k >= 1; k--) {
            LocalDate m = today.minusMonths(k);
            out.add(m.withDayOfMonth(m.lengthOfMonth()));
        }
        return out;
    }

    /**
     * Generates the plan.
     *
     * @param seed the seed; the same arguments give the same plan
     * @param today the last day of the history
     * @param now no activity or outcome lies after this instant
     * @param zone the organisation's time zone (activities fall on its days)
     * @param windowDays the engagement window: the history starts this long before the first
     *     back-filled month-end, so the first monthly score already has a full window
     * @param employees the demo organisation's people (may be empty); the one with the user name
     *     {@value #EMPLOYEE_USER} becomes the demo employee's stakeholder
     */
    public static EngagementDemoPlan generate(
            long seed, LocalDate today, Instant now, ZoneId zone, int windowDays, List<EmployeeRef> employees) {
        return new Generator(seed, today, now, zone, windowDays, employees).run();
    }

    // ------------------------------------------------------------------ generation

    private static final class Generator {
        private final Random rnd;
        private final LocalDate today;
        private final Instant now;
        private final ZoneId zone;
        private final LocalDate start;
        private final int days;
        private final int slices;
        private final List<EmployeeRef> employees;
        private final List<Person> people = new ArrayList<>();
        private final List<double[]> mixes = new ArrayList<>();
        private final List<double[]> shapes = new ArrayList<>();
        private final List<Double> intensity = new ArrayList<>();
        private final List<Act> acts = new ArrayList<>();
        private final List<Result> results = new ArrayList<>();
        private int ideaNumber;
        private int findingNumber;

        Generator(long seed, LocalDate today, Instant now, ZoneId zone, int windowDays, List<EmployeeRef> employees) {
            this.rnd = new Random(seed);
            this.today = today;
            this.now = now;
            this.zone = zone;
            this.start = monthEnds(today).get(0).minusDays(windowDays - 1L);
            this.days = (int) ChronoUnit.DAYS.between(start, today) + 1;
            this.slices = Math.max(1, (int) Math.round(days / 30.44));
            this.employees = employees;
        }

        EngagementDemoPlan run() {
            demoCustomer();
            List<EmployeeRef> staff = staff();
            int customers = TARGET - PARTNERS - SUPPLIERS - staff.size() - 1;
            for (int i = 0; i < customers; i++) {
                customer(i);
            }
            for (int i = 0; i < PARTNERS; i++) {
                partner(i);
            }
            for (int i = 0; i < SUPPLIERS; i++) {
                supplier(i);
            }
            for (EmployeeRef e : staff) {
                employee(e);
            }
            for (int p = 0; p < people.size(); p++) {
                activities(p);
            }
            enrichDemoUsers();
            acts.sort((a, b) -> a.at().compareTo(b.at()));
            for (Act a : acts) {
                outcomes(a);
            }
            results.removeIf(r -> r.at().isAfter(now));
            results.sort((a, b) -> a.at().compareTo(b.at()));
            List<IncidentPlan> incidents = incidents();
            List<Feedback> feedback = feedback();
            return new EngagementDemoPlan(people, acts, results, incidents, feedback, start);
        }

        // -------------------------------------------------------------- people

        private void add(StakeholderInput in, Persona persona, String username, Long employeeId, double[] mix) {
            people.add(new Person(in, persona, username, employeeId));
            mixes.add(mix);
            double[] shape = new double[slices];
            java.util.Arrays.fill(shape, 1);
            switch (persona) {
                case FADED -> {
                    // stopped four to eight months ago
                    int stop = slices - 4 - rnd.nextInt(5);
                    for (int s = Math.max(0, stop); s < slices; s++) {
                        shape[s] = 0.03;
                    }
                }
                case RISING -> {
                    // hardly seen, then two or three months of growing activity
                    int rise = slices - 2 - rnd.nextInt(2);
                    for (int s = 0; s < slices; s++) {
                        shape[s] = s < rise ? 0.08 : 1.0 + 0.6 * (s - rise);
                    }
                }
                default -> {
                    // the idea challenges of spring and autumn draw everyone a little more
                    for (int s = 0; s < slices; s++) {
                        int month = start.plusDays((long) (s * 30.44)).getMonthValue();
                        if (month == 4 || month == 10) {
                            shape[s] = 1.3;
                        }
                    }
                }
            }
            shapes.add(shape);
            double base = switch (persona) {
                case CHAMPION -> 14;
                case REGULAR -> 4.5;
                case OCCASIONAL -> 1.1;
                case DORMANT -> 0.1;
                case FADED -> 3.5;
                case RISING -> 5;
            };
            intensity.add(base * Math.exp(0.4 * rnd.nextGaussian()));
        }

        private void demoCustomer() {
            StakeholderInput in = new StakeholderInput(
                    "CRM-100000",
                    StakeholderKind.CUSTOMER,
                    "Chris Customer",
                    "customer@demo.cocrea.local",
                    null,
                    "Smart-home enthusiasts",
                    "North",
                    today.minusYears(6).minusDays(40),
                    "7 orders, 4,860 EUR since " + today.minusYears(6).getYear()
                            + "; SmartHob induction hob, FreshKeep fridge, BrewMaster coffee machine",
                    true,
                    true,
                    List.of("beta-tester", "app-user", "community-ambassador"));
            add(in, Persona.CHAMPION, CUSTOMER_USER, null, mix(StakeholderKind.CUSTOMER, 1, Persona.CHAMPION));
            intensity.set(0, 16.0);
        }

        /** The employees who become stakeholders: the demo employee first, then innovation-facing units. */
        private List<EmployeeRef> staff() {
            List<EmployeeRef> out = new ArrayList<>();
            EmployeeRef demo = employees.stream()
                    .filter(e -> EMPLOYEE_USER.equals(e.username()))
                    .findFirst()
                    .orElse(new EmployeeRef(
                            -1, "EMPLOYEE", "Emma Employee", "employee@demo.cocrea.local", null, EMPLOYEE_USER));
            out.add(demo);
            List<EmployeeRef> facing = new ArrayList<>();
            List<EmployeeRef> others = new ArrayList<>();
            for (EmployeeRef e : employees) {
                if (e == demo) {
                    continue;
                }
                String unit = e.unit() == null ? "" : e.unit();
                boolean innovationFacing = unit.startsWith("Product Development")
                        || unit.startsWith("Design Lab")
                        || unit.startsWith("Engineering")
                        || unit.startsWith("Customer Service")
                        || unit.startsWith("Marketing");
                (innovationFacing ? facing : others).add(e);
            }
            Collections.shuffle(facing, rnd);
            Collections.shuffle(others, rnd);
            for (List<EmployeeRef> list : List.of(facing, others)) {
                for (EmployeeRef e : list) {
                    if (out.size() >= MAX_EMPLOYEES) {
                        return out;
                    }
                    if (rnd.nextDouble() < (list == facing ? 0.85 : 0.35)) {
                        out.add(e);
                    }
                }
            }
            return out;
        }

        private void customer(int i) {
            int seg = pick(new double[] {34, 22, 12, 32});
            String segment = CUSTOMER_SEGMENTS[seg];
            boolean business = seg == 2;
            String region = business ? REGIONS[rnd.nextInt(4)] : REGIONS[pick(new double[] {24, 22, 18, 16, 20})];
            String given = GIVEN[rnd.nextInt(GIVEN.length)];
            String family = FAMILY[rnd.nextInt(FAMILY.length)];
            int n = 100001 + i;
            String email = rnd.nextDouble() < 0.87
                    ? given.toLowerCase(Locale.ROOT) + "." + family.toLowerCase(Locale.ROOT) + n + "@"
                            + MAIL_DOMAINS[rnd.nextInt(MAIL_DOMAINS.length)]
                    : null;
            double years = business ? 1 + rnd.nextDouble() * 14 : 0.2 + 11 * Math.pow(rnd.nextDouble(), 1.6);
            LocalDate since = today.minusDays((long) (years * 365));
            String organisation = business
                    ? KITCHEN_NAMES[rnd.nextInt(KITCHEN_NAMES.length)] + " "
                            + KITCHEN_KINDS[rnd.nextInt(KITCHEN_KINDS.length)]
                    : null;
            Persona persona = persona(
                    switch (seg) {
                        case 0 -> new double[] {3, 15, 52, 15, 10, 5};
                        case 1 -> new double[] {8, 24, 42, 10, 9, 7};
                        case 2 -> new double[] {5, 25, 45, 12, 8, 5};
                        default -> new double[] {1, 8, 50, 28, 10, 3};
                    });
            StakeholderInput in = new StakeholderInput(
                    "CRM-" + n,
                    StakeholderKind.CUSTOMER,
                    given + " " + family,
                    email,
                    organisation,
                    segment,
                    region,
                    since,
                    business ? kitchenPurchases(since) : homePurchases(since),
                    rnd.nextDouble() < 0.82,
                    rnd.nextDouble() < 0.93,
                    tags(SEGMENT_TAGS[seg]));
            add(in, persona, null, null, mix(StakeholderKind.CUSTOMER, seg, persona));
        }

        private void partner(int i) {
            boolean retail = i % 3 != 0;
            String name = PARTNER_NAMES[i % PARTNER_NAMES.length]
                    + (i >= PARTNER_NAMES.length ? " " + REGIONS[i / PARTNER_NAMES.length - 1] : "")
                    + (retail ? " Retail" : " Installations");
            String contact = GIVEN[rnd.nextInt(GIVEN.length)] + " " + FAMILY[rnd.nextInt(FAMILY.length)];
            LocalDate since = today.minusDays(365L * (2 + rnd.nextInt(18)) + rnd.nextInt(365));
            StakeholderInput in = new StakeholderInput(
                    String.format(Locale.ROOT, "PRT-%04d", i + 1),
                    StakeholderKind.PARTNER,
                    contact,
                    contactMail(contact, name),
                    name,
                    retail ? PARTNER_RETAIL : PARTNER_INSTALL,
                    REGIONS[rnd.nextInt(retail ? 5 : 4)],
                    since,
                    (retail ? "Reseller" : "Certified installer") + " since " + since.getYear() + "; "
                            + grouped(200 + rnd.nextInt(4800)) + " Aurora units " + (retail ? "sold" : "installed")
                            + " last year",
                    rnd.nextDouble() < 0.9,
                    rnd.nextDouble() < 0.95,
                    tags(new String[] {"key-account", "trade-fair", "co-marketing", "training-done"}));
            Persona persona = persona(new double[] {4, 30, 46, 10, 6, 4});
            add(in, persona, null, null, mix(StakeholderKind.PARTNER, 0, persona));
        }

        private void supplier(int i) {
            boolean logistics = i % 5 == 0;
            String name = SUPPLIER_NAMES[i % SUPPLIER_NAMES.length] + SUPPLIER_SITES[i / SUPPLIER_NAMES.length % 5];
            String contact = GIVEN[rnd.nextInt(GIVEN.length)] + " " + FAMILY[rnd.nextInt(FAMILY.length)];
            LocalDate since = today.minusDays(365L * (2 + rnd.nextInt(22)) + rnd.nextInt(365));
            StakeholderInput in = new StakeholderInput(
                    String.format(Locale.ROOT, "SUP-%04d", i + 1),
                    StakeholderKind.SUPPLIER,
                    contact,
                    contactMail(contact, name),
                    name,
                    logistics ? SUPPLIER_LOGISTICS : SUPPLIER_COMPONENTS,
                    REGIONS[rnd.nextInt(4)],
                    since,
                    logistics
                            ? "Carries " + grouped(1000 + rnd.nextInt(9000)) + " shipments a year"
                            : "Supplies " + COMPONENTS[i % COMPONENTS.length] + "; " + contracts(1 + rnd.nextInt(6)),
                    rnd.nextDouble() < 0.8,
                    rnd.nextDouble() < 0.9,
                    tags(new String[] {"preferred-supplier", "sustainability-audit", "second-source"}));
            Persona persona = persona(new double[] {2, 20, 50, 18, 6, 4});
            add(in, persona, null, null, mix(StakeholderKind.SUPPLIER, 0, persona));
        }

        private void employee(EmployeeRef e) {
            boolean demo = EMPLOYEE_USER.equals(e.username());
            String unit = e.unit();
            String region = unit == null
                    ? "North"
                    : unit.startsWith("Design Lab") || unit.startsWith("Engineering") || unit.startsWith("Sales")
                            ? "East"
                            : unit.startsWith("Finance") || unit.startsWith("People") || unit.startsWith("Corporate")
                                    ? "West"
                                    : "North";
            StakeholderInput in = new StakeholderInput(
                    "HR-" + e.externalId(),
                    StakeholderKind.EMPLOYEE,
                    e.displayName(),
                    e.email(),
                    unit == null ? "Aurora Appliances" : "Aurora Appliances, " + unit,
                    STAFF,
                    region,
                    today.minusDays(demo ? 4 * 365 + 120 : 180 + rnd.nextInt(15 * 365)),
                    null,
                    demo || rnd.nextDouble() < 0.95,
                    demo || rnd.nextDouble() < 0.96,
                    demo
                            ? List.of("innovation-ambassador", "idea-coach")
                            : tags(new String[] {"innovation-ambassador", "idea-coach", "mentor"}));
            Persona persona = demo ? Persona.REGULAR : persona(new double[] {6, 30, 44, 10, 5, 5});
            add(
                    in,
                    persona,
                    demo ? EMPLOYEE_USER : null,
                    e.id() > 0 ? e.id() : null,
                    mix(StakeholderKind.EMPLOYEE, 0, persona));
            if (demo) {
                intensity.set(intensity.size() - 1, 9.0);
            }
        }

        private Persona persona(double[] weights) {
            return Persona.values()[pick(weights)];
        }

        /** Relative frequency of each activity type (in {@link ActivityType} order). */
        private static double[] mix(StakeholderKind kind, int segment, Persona persona) {
            double[] m = switch (kind) {
                case CUSTOMER ->
                    switch (segment) {
                        // visit, idea, comment, vote, review, test, referral made, referral
                        // converted, event, survey, article read, complaint
                        case 0 -> new double[] {30, 3, 10, 12, 6, 1.5, 3, 0.8, 5, 5, 20, 2.5};
                        case 1 -> new double[] {28, 6, 12, 14, 6, 4, 4, 1.2, 2, 4, 15, 2.5};
                        case 2 -> new double[] {22, 4, 7, 6, 10, 5, 3, 1.5, 6, 6, 10, 6};
                        default -> new double[] {40, 1.5, 6, 10, 4, 0.5, 2, 0.5, 1, 8, 12, 6};
                    };
                case PARTNER -> new double[] {25, 4, 8, 6, 3, 3, 8, 3, 8, 5, 15, 2};
                case SUPPLIER -> new double[] {25, 5, 8, 5, 1, 3, 1, 0.2, 6, 6, 12, 1.5};
                case EMPLOYEE -> new double[] {30, 7, 12, 12, 1, 4, 2, 0.5, 7, 6, 15, 0.5};
            };
            double[] out = m.clone();
            if (persona == Persona.CHAMPION) {
                out[ActivityType.IDEA_SUBMITTED.ordinal()] *= 2.2;
                out[ActivityType.TEST_PARTICIPATION.ordinal()] *= 2;
                out[ActivityType.COMMENT.ordinal()] *= 1.6;
                out[ActivityType.REFERRAL_MADE.ordinal()] *= 1.5;
                out[ActivityType.REFERRAL_CONVERTED.ordinal()] *= 1.5;
                out[ActivityType.VISIT.ordinal()] *= 0.7;
            } else if (persona == Persona.DORMANT || persona == Persona.OCCASIONAL) {
                out[ActivityType.VISIT.ordinal()] *= 1.5;
                out[ActivityType.IDEA_SUBMITTED.ordinal()] *= 0.5;
                out[ActivityType.TEST_PARTICIPATION.ordinal()] *= 0.4;
            }
            return out;
        }

        // -------------------------------------------------------------- activities

        private void activities(int p) {
            double[] shape = shapes.get(p);
            double lambda = intensity.get(p);
            double[] mix = mixes.get(p);
            for (int s = 0; s < slices; s++) {
                int from = (int) Math.floor(s * (double) days / slices);
                int to = (int) Math.floor((s + 1) * (double) days / slices);
                int n = poisson(lambda * shape[s] * (to - from) / 30.44);
                for (int k = 0; k < n; k++) {
                    ActivityType type = ActivityType.values()[pick(mix)];
                    act(p, type, start.plusDays(from + rnd.nextInt(Math.max(1, to - from))));
                }
            }
        }

        private void act(int p, ActivityType type, LocalDate day) {
            Instant at = day.atTime(7 + rnd.nextInt(15), rnd.nextInt(60), rnd.nextInt(60))
                    .atZone(zone)
                    .toInstant();
            if (at.isAfter(now)) {
                Instant midnight = today.atStartOfDay(zone).toInstant();
                long elapsed = Math.max(1, ChronoUnit.SECONDS.between(midnight, now));
                at = midnight.plusSeconds((long) (rnd.nextDouble() * elapsed));
            }
            int weight = 1000;
            String reference = null;
            String summary = null;
            StakeholderInput in = people.get(p).input();
            switch (type) {
                case IDEA_SUBMITTED -> {
                    reference = "idea-" + (++ideaNumber);
                    summary = pickOf(IDEAS.get(ideaTopic(in)));
                }
                case REVIEW_GIVEN ->
                    summary = "Review of Aurora " + pickOf(PRODUCTS) + " (" + (2 + pick(new double[] {1, 2, 4, 5}))
                            + " of 5 stars)";
                case TEST_PARTICIPATION -> {
                    summary = pickOf(TESTS);
                    weight = rnd.nextDouble() < 0.15 ? 2000 : 1000;
                }
                case EVENT_ATTENDED -> {
                    summary = pickOf(in.kind() == StakeholderKind.CUSTOMER ? CUSTOMER_EVENTS : BUSINESS_EVENTS);
                    weight = rnd.nextDouble() < 0.1 ? 2000 : 1000;
                }
                case COMPLAINT -> summary = pickOf(COMPLAINTS);
                case SURVEY_ANSWERED -> summary = pickOf(SURVEYS);
                case REFERRAL_MADE, REFERRAL_CONVERTED -> reference = "ref-" + (10000 + rnd.nextInt(90000));
                default -> {
                    // visits, comments, votes and reads need no text
                }
            }
            acts.add(new Act(p, type, at, channel(type, in), weight, SOURCES.get(type), reference, summary));
        }

        private int ideaTopic(StakeholderInput in) {
            if (in.kind() != StakeholderKind.CUSTOMER) {
                return 4;
            }
            for (int i = 0; i < CUSTOMER_SEGMENTS.length; i++) {
                if (CUSTOMER_SEGMENTS[i].equals(in.segment())) {
                    return i;
                }
            }
            return 0;
        }

        private Channel channel(ActivityType type, StakeholderInput in) {
            boolean smart = "Smart-home enthusiasts".equals(in.segment());
            return switch (type) {
                case VISIT ->
                    pickChannel(
                            new Channel[] {Channel.WEB, Channel.MOBILE_APP, Channel.COMMUNITY},
                            smart ? new double[] {25, 60, 15} : new double[] {50, 35, 15});
                case IDEA_SUBMITTED ->
                    pickChannel(
                            new Channel[] {Channel.COMMUNITY, Channel.WEB, Channel.MOBILE_APP},
                            new double[] {60, 30, 10});
                case COMMENT ->
                    pickChannel(
                            new Channel[] {Channel.COMMUNITY, Channel.SOCIAL_MEDIA, Channel.MOBILE_APP},
                            new double[] {70, 15, 15});
                case VOTE ->
                    pickChannel(
                            new Channel[] {Channel.COMMUNITY, Channel.MOBILE_APP, Channel.WEB},
                            new double[] {60, 30, 10});
                case REVIEW_GIVEN ->
                    pickChannel(
                            new Channel[] {Channel.WEB, Channel.MOBILE_APP, Channel.SOCIAL_MEDIA},
                            new double[] {60, 25, 15});
                case TEST_PARTICIPATION ->
                    pickChannel(
                            new Channel[] {Channel.IN_PERSON, Channel.OTHER, Channel.MOBILE_APP},
                            new double[] {50, 20, 30});
                case REFERRAL_MADE ->
                    pickChannel(
                            new Channel[] {Channel.EMAIL, Channel.SOCIAL_MEDIA, Channel.IN_PERSON},
                            new double[] {40, 40, 20});
                case REFERRAL_CONVERTED ->
                    pickChannel(new Channel[] {Channel.WEB, Channel.IN_PERSON}, new double[] {70, 30});
                case EVENT_ATTENDED ->
                    pickChannel(new Channel[] {Channel.IN_PERSON, Channel.WEB}, new double[] {65, 35});
                case SURVEY_ANSWERED ->
                    pickChannel(
                            new Channel[] {Channel.EMAIL, Channel.WEB, Channel.MOBILE_APP}, new double[] {60, 30, 10});
                case KNOWLEDGE_ARTICLE_READ ->
                    pickChannel(new Channel[] {Channel.WEB, Channel.MOBILE_APP}, new double[] {60, 40});
                case COMPLAINT ->
                    pickChannel(new Channel[] {Channel.PHONE, Channel.EMAIL, Channel.WEB}, new double[] {45, 35, 20});
            };
        }

        private Channel pickChannel(Channel[] channels, double[] weights) {
            return channels[pick(weights)];
        }

        /** The demo sign-ins' own profiles show every kind of activity. */
        private void enrichDemoUsers() {
            for (int p = 0; p < people.size(); p++) {
                if (people.get(p).username() == null) {
                    continue;
                }
                Map<ActivityType, Integer> count = new EnumMap<>(ActivityType.class);
                for (Act a : acts) {
                    if (a.person() == p) {
                        count.merge(a.type(), 1, Integer::sum);
                    }
                }
                for (ActivityType t : ActivityType.values()) {
                    for (int k = count.getOrDefault(t, 0); k < 2; k++) {
                        act(p, t, today.minusDays(1 + rnd.nextInt(300)));
                    }
                }
            }
        }

        // -------------------------------------------------------------- outcomes

        private void outcomes(Act a) {
            Persona persona = people.get(a.person()).persona();
            boolean strong = persona == Persona.CHAMPION || persona == Persona.REGULAR;
            switch (a.type()) {
                case IDEA_SUBMITTED -> {
                    int votes = poisson(persona == Persona.CHAMPION ? 6 : 2.5);
                    for (int i = 0; i < votes; i++) {
                        result(a, OutcomeKind.IDEA_VOTE_RECEIVED, days(0, 14), 1);
                    }
                    double accept = persona == Persona.CHAMPION ? 0.45 : strong ? 0.3 : 0.15;
                    if (rnd.nextDouble() < accept) {
                        long decided = days(14, 60);
                        result(a, OutcomeKind.IDEA_ACCEPTED, decided, 1);
                        if (rnd.nextDouble() < 0.3) {
                            result(a, OutcomeKind.IDEA_IMPLEMENTED, decided + days(45, 150), 1);
                        }
                    }
                }
                case COMMENT -> {
                    if (rnd.nextDouble() < 0.35) {
                        for (int i = 1 + rnd.nextInt(3); i > 0; i--) {
                            result(a, OutcomeKind.HELPFUL_VOTE_RECEIVED, days(0, 4), 1);
                        }
                    }
                    if (rnd.nextDouble() < 0.4) {
                        result(a, OutcomeKind.REPLY_RECEIVED, days(0, 3), 1);
                    }
                    // some comments answer another member's question
                    if (rnd.nextDouble() < (strong ? 0.35 : 0.12)) {
                        double median = switch (persona) {
                            case CHAMPION -> 3;
                            case REGULAR, RISING -> 10;
                            default -> 26;
                        };
                        double hours = Math.max(0.1, median * Math.exp(0.8 * rnd.nextGaussian()));
                        result(a, OutcomeKind.ANSWER_GIVEN, 0, Math.round(hours * 10) / 10.0);
                        if (rnd.nextDouble() < (persona == Persona.CHAMPION ? 0.5 : 0.3)) {
                            result(a, OutcomeKind.ANSWER_ACCEPTED, days(0, 7), 1);
                        }
                    }
                }
                case REVIEW_GIVEN -> {
                    if (rnd.nextDouble() < 0.5) {
                        for (int i = 1 + rnd.nextInt(4); i > 0; i--) {
                            result(a, OutcomeKind.REVIEW_HELPFUL_VOTE, days(0, 30), 1);
                        }
                    }
                }
                case TEST_PARTICIPATION -> {
                    for (int i = rnd.nextInt(persona == Persona.CHAMPION ? 5 : 3); i > 0; i--) {
                        long reported = days(0, 5);
                        String ref = "finding-" + (++findingNumber);
                        results.add(new Result(
                                a.person(), OutcomeKind.TEST_FINDING_REPORTED, plus(a.at(), reported), 1, ref));
                        if (rnd.nextDouble() < 0.5) {
                            results.add(new Result(
                                    a.person(),
                                    OutcomeKind.TEST_FINDING_ACCEPTED,
                                    plus(a.at(), reported + days(3, 20)),
                                    1,
                                    ref));
                        }
                    }
                }
                default -> {
                    // the other activities have no outcome of their own
                }
            }
        }

        private long days(int from, int to) {
            return (long) (from + rnd.nextDouble() * (to - from)) * 86_400 + rnd.nextInt(86_400);
        }

        private static Instant plus(Instant at, long seconds) {
            return at.plusSeconds(seconds);
        }

        private void result(Act a, OutcomeKind kind, long afterSeconds, double amount) {
            results.add(new Result(a.person(), kind, plus(a.at(), afterSeconds), amount, a.reference()));
        }

        // -------------------------------------------------------------- incidents

        private List<IncidentPlan> incidents() {
            // the active customers and partners; complaints and tests make an incident likelier
            List<Integer> candidates = new ArrayList<>();
            int[] activity = new int[people.size()];
            int[] risky = new int[people.size()];
            for (Act a : acts) {
                activity[a.person()]++;
                if (a.type() == ActivityType.COMPLAINT || a.type() == ActivityType.TEST_PARTICIPATION) {
                    risky[a.person()]++;
                }
            }
            for (int p = 0; p < people.size(); p++) {
                Person person = people.get(p);
                StakeholderKind kind = person.input().kind();
                if (person.username() == null
                        && activity[p] >= 6
                        && (kind == StakeholderKind.CUSTOMER || kind == StakeholderKind.PARTNER)) {
                    candidates.add(p);
                }
            }
            List<IncidentPlan> out = new ArrayList<>();
            List<Integer> chosen = new ArrayList<>();
            while (out.size() < INCIDENTS && !candidates.isEmpty()) {
                double[] w = new double[candidates.size()];
                for (int i = 0; i < w.length; i++) {
                    w[i] = 1 + 2.0 * risky[candidates.get(i)];
                }
                int p = candidates.remove(pick(w));
                chosen.add(p);
                IncidentType type = IncidentType.values()[pick(new double[] {6, 8, 14, 12})];
                int severity = 1 + pick(new double[] {15, 35, 30, 14, 6});
                LocalDate on = start.plusDays(rnd.nextInt(days));
                String[] texts = INCIDENT_TEXTS.get(type);
                out.add(new IncidentPlan(
                        p, type, severity, on, rnd.nextDouble() < 0.65, texts[rnd.nextInt(texts.length)]));
                // a few repeat offenders
                if (out.size() < INCIDENTS && rnd.nextDouble() < 0.15) {
                    LocalDate later = on.plusDays(20 + rnd.nextInt(60));
                    if (!later.isAfter(today)) {
                        out.add(new IncidentPlan(
                                p,
                                type,
                                Math.min(5, severity + 1),
                                later,
                                true,
                                texts[rnd.nextInt(texts.length)] + " (again)"));
                    }
                }
            }
            out.sort((a, b) -> a.on().compareTo(b.on()));
            return out;
        }

        // -------------------------------------------------------------- experience

        private List<Feedback> feedback() {
            // the customer-experience pulse follows a test, an event or an idea of a customer who
            // agreed to be contacted; at most three answers per person
            List<Act> candidates = new ArrayList<>();
            for (Act a : acts) {
                StakeholderInput in = people.get(a.person()).input();
                if (in.kind() == StakeholderKind.CUSTOMER
                        && in.consentToContact()
                        && (a.type() == ActivityType.TEST_PARTICIPATION
                                || a.type() == ActivityType.EVENT_ATTENDED
                                || a.type() == ActivityType.IDEA_SUBMITTED)) {
                    candidates.add(a);
                }
            }
            Collections.shuffle(candidates, rnd);
            // the demo customer's own answers come first, so its profile shows some
            candidates.sort((a, b) -> Boolean.compare(
                    people.get(b.person()).username() != null,
                    people.get(a.person()).username() != null));
            Map<Integer, Integer> perPerson = new LinkedHashMap<>();
            Map<Integer, Double> personLevel = new LinkedHashMap<>();
            List<Feedback> out = new ArrayList<>();
            for (Act a : candidates) {
                if (out.size() >= EXPERIENCE_ANSWERS) {
                    break;
                }
                if (perPerson.merge(a.person(), 1, Integer::sum) > 3) {
                    continue;
                }
                Person person = people.get(a.person());
                double level = personLevel.computeIfAbsent(
                        a.person(), k -> levelOf(person.persona()) + 0.5 * rnd.nextGaussian());
                if ("Budget households".equals(person.input().segment())) {
                    level -= 0.3;
                }
                LocalDate on = a.at().atZone(zone).toLocalDate().plusDays(rnd.nextInt(3));
                if (on.isAfter(today)) {
                    on = today;
                }
                double[] offset = switch (a.type()) {
                    case TEST_PARTICIPATION -> new double[] {0.4, 0.1, -0.2};
                    case EVENT_ATTENDED -> new double[] {-0.1, 0.4, 0.5};
                    default -> new double[] {-0.2, 0.2, 0.3};
                };
                Map<String, Integer> answers = new LinkedHashMap<>();
                String[] factors = {"functional", "emotional", "social"};
                for (int f = 0; f < 3; f++) {
                    // now and then an item is left out, at most one per factor, so every factor scores
                    int skipped = rnd.nextDouble() < 0.1 ? 1 + rnd.nextInt(3) : 0;
                    for (int item = 1; item <= 3; item++) {
                        if (item == skipped) {
                            continue;
                        }
                        answers.put(factors[f] + "-" + item, likert(level + offset[f] + 0.7 * rnd.nextGaussian()));
                    }
                }
                int sum = 0;
                for (int item = 0; item < 12; item++) {
                    sum += likert(level + 0.2 + 0.6 * rnd.nextGaussian());
                }
                String context = switch (a.type()) {
                    case TEST_PARTICIPATION -> a.summary();
                    case EVENT_ATTENDED -> a.summary();
                    default -> "Idea challenge: " + a.summary();
                };
                out.add(new Feedback(a.person(), on, context, answers, Math.round(sum / 12.0 * 100) / 100.0));
            }
            out.sort((x, y) -> x.on().compareTo(y.on()));
            return out;
        }

        private static double levelOf(Persona p) {
            return switch (p) {
                case CHAMPION -> 5.8;
                case REGULAR -> 5.2;
                case RISING -> 5.4;
                case OCCASIONAL -> 4.6;
                case DORMANT -> 4.0;
                case FADED -> 3.7;
            };
        }

        private static int likert(double v) {
            return (int) Math.max(1, Math.min(7, Math.round(v)));
        }

        // -------------------------------------------------------------- helpers

        private int pick(double[] weights) {
            double total = 0;
            for (double w : weights) {
                total += w;
            }
            double u = rnd.nextDouble() * total;
            for (int i = 0; i < weights.length; i++) {
                u -= weights[i];
                if (u < 0) {
                    return i;
                }
            }
            return weights.length - 1;
        }

        private String pickOf(String[] values) {
            return values[rnd.nextInt(values.length)];
        }

        private int poisson(double lambda) {
            if (lambda <= 0) {
                return 0;
            }
            if (lambda > 30) {
                return (int) Math.max(0, Math.round(lambda + Math.sqrt(lambda) * rnd.nextGaussian()));
            }
            double limit = Math.exp(-lambda);
            double product = rnd.nextDouble();
            int n = 0;
            while (product > limit) {
                product *= rnd.nextDouble();
                n++;
            }
            return n;
        }

        private List<String> tags(String[] pool) {
            int n = pick(new double[] {35, 40, 18, 7});
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String t = pool[rnd.nextInt(pool.length)];
                if (!out.contains(t)) {
                    out.add(t);
                }
            }
            return out;
        }

        private String homePurchases(LocalDate since) {
            int orders = 1 + pick(new double[] {30, 25, 18, 12, 8, 4, 3});
            int amount = orders * (250 + rnd.nextInt(900));
            return orders + (orders == 1 ? " order, " : " orders, ") + grouped(amount) + " EUR since " + since.getYear()
                    + "; last: Aurora " + pickOf(PRODUCTS);
        }

        private String kitchenPurchases(LocalDate since) {
            int orders = 3 + rnd.nextInt(25);
            int amount = orders * (2500 + rnd.nextInt(6000));
            return orders + " orders, " + grouped(amount) + " EUR since " + since.getYear() + "; "
                    + (1 + rnd.nextInt(6)) + " combi steamers, service contract "
                    + (rnd.nextBoolean() ? "Premium" : "Standard");
        }

        private String contactMail(String contact, String organisation) {
            String domain = organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", "") + ".example";
            return contact.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + domain;
        }

        private static String contracts(int n) {
            return n + (n == 1 ? " active contract" : " active contracts");
        }

        private static String grouped(int v) {
            return String.format(Locale.ROOT, "%,d", v);
        }
    }

    // ------------------------------------------------------------------ word lists

    private static final String[] GIVEN = {
        "Anna", "Ben", "Clara", "David", "Elif", "Farid", "Greta", "Hugo", "Iris", "Jakob", "Karin", "Leon", "Maya",
        "Nils", "Olivia", "Pavel", "Quinn", "Rosa", "Samir", "Tara", "Umar", "Vera", "Wen", "Xavier", "Yara", "Zoran",
        "Aiko", "Bruno", "Chloe", "Dmitri", "Esther", "Filip", "Hannah", "Ibrahim", "Julia", "Kenji", "Laila", "Marco",
        "Nadia", "Oskar", "Petra", "Rahul", "Sofia", "Theo", "Ulla", "Victor", "Wiebke", "Yusuf", "Zoe", "Mei"
    };
    private static final String[] FAMILY = {
        "Adler",
        "Brandt",
        "Carvalho",
        "Dahl",
        "Eriksen",
        "Fontaine",
        "Gupta",
        "Hoffmann",
        "Ivanov",
        "Jansen",
        "Kowalczyk",
        "Lindqvist",
        "Moreau",
        "Nakamura",
        "Okafor",
        "Petrov",
        "Quist",
        "Romano",
        "Schulz",
        "Tanaka",
        "Ueda",
        "Vogel",
        "Walsh",
        "Xu",
        "Yilmaz",
        "Zimmermann",
        "Alvarez",
        "Becker",
        "Costa",
        "Dubois",
        "Engel",
        "Fischer",
        "Garcia",
        "Hansen",
        "Ito",
        "Jovanovic",
        "Keller",
        "Lambert",
        "Mendes",
        "Novak",
        "Olsen",
        "Park",
        "Richter",
        "Santos",
        "Takahashi",
        "Weber",
        "Zhou",
        "Lin",
        "Huber",
        "Meyer"
    };
    private static final String[] MAIL_DOMAINS = {"example.com", "example.net", "example.org", "mail.example"};
    private static final String[] KITCHEN_NAMES = {
        "Seeblick", "Lumen", "Riverside", "Goldener Anker", "Olive Tree", "Harbour View", "Green Fork", "Alpenrose",
        "Copper Pot", "Blue Door", "Old Mill", "Market Hall", "City Campus", "Saffron", "Linden", "North Star"
    };
    private static final String[] KITCHEN_KINDS = {"Restaurant", "Hotel", "Bistro", "Canteen", "Bakery", "Catering"};
    private static final String[] PARTNER_NAMES = {
        "Northline Electrics", "KitchenWorld", "HomeTech Centre", "Elektro Krause", "Casa Cucina", "Brightstore",
        "Meyer & Sons", "ApplianceHub", "Kuechenprofi", "ValueHome", "SmartLiving Store", "Fix-It Services",
        "ServicePlus", "InstallPro", "Hearth & Home", "CityMarkt Elektro", "Digital Home Experts", "KitchenCraft",
        "Sunrise Appliances", "Metro Electrics", "Coast Kitchens", "Valley Hardware"
    };
    private static final String[] SUPPLIER_NAMES = {
        "Hanse Motors",
        "Precision Sensors Shenzhen",
        "Nordic Glass",
        "Alu Profile Works",
        "Brightline Displays",
        "Silent Pumps",
        "ThermoCoil",
        "EcoFoam Insulation",
        "Steelworks Linz",
        "CircuitCraft",
        "SealTec",
        "Cargo Connect",
        "FlexPack",
        "Baltic Freight",
        "ValveMaster"
    };
    private static final String[] SUPPLIER_SITES = {"", " Asia", " Europe", " Americas", " Services"};
    private static final String[] COMPONENTS = {
        "brushless motors", "temperature sensors", "door glass", "aluminium frames", "touch displays",
        "drain pumps", "heating coils", "insulation panels", "stainless steel sheet", "control boards",
        "door seals", "packaging", "valves"
    };
    private static final String[] PRODUCTS = {
        "SteamChef oven", "FreshKeep fridge", "QuietWash dishwasher", "SmartHob induction hob",
        "BrewMaster coffee machine", "AirClean extractor hood", "CoolBox wine cooler", "SpinDry washer-dryer"
    };
    private static final String[] TESTS = {
        "Home test: QuietWash 2 prototype",
        "Usability test: new oven app",
        "Field test: FreshKeep camera shelf",
        "Kitchen lab: SmartHob recipe mode",
        "Beta test: BrewMaster firmware 3.0",
        "Pilot: combi steamer self-cleaning"
    };
    private static final String[] CUSTOMER_EVENTS = {
        "Workshop: baking with steam",
        "Webinar: connecting your kitchen",
        "Community meet-up: smart home evening",
        "Co-design session: the next dishwasher",
        "Cooking class: one-pot dishes"
    };
    private static final String[] BUSINESS_EVENTS = {
        "Partner day: new product range",
        "Trade fair: Aurora stand",
        "Webinar: installing the SmartHob",
        "Supplier innovation day",
        "Internal hackathon: connected kitchen"
    };
    private static final String[] COMPLAINTS = {
        "Delivery slot missed",
        "Dishwasher error E24 after three months",
        "App loses the connection to the oven",
        "Spare part took four weeks",
        "Fridge door seal leaks",
        "Invoice shows the wrong discount",
        "Technician arrived without the part"
    };
    private static final String[] SURVEYS = {
        "Satisfaction survey after delivery",
        "Product pulse: cooking habits",
        "Service survey after repair",
        "Customer engagement questionnaire"
    };
    private static final List<String[]> IDEAS = List.of(
            new String[] {
                "Recipe mode for sourdough bread in the steam oven",
                "Hob timer that pauses when the pan is lifted",
                "Child lock that can be set from the app",
                "Fridge shelf labels that show what to eat first",
                "Cooking class videos in the oven display"
            },
            new String[] {
                "Expiry reminders per shelf in the fridge app",
                "Voice control for the extractor hood",
                "Energy report per appliance each month",
                "Let the dishwasher start when solar power is cheap",
                "Open API for home-automation systems"
            },
            new String[] {
                "Batch-cooking profiles for the combi steamer",
                "HACCP temperature log exported automatically",
                "Faster self-cleaning overnight",
                "Spare-part ordering from the service screen",
                "Rack sizes that fit standard gastronorm trays"
            },
            new String[] {
                "Eco programme that shows the money saved",
                "Cheaper refill packs for descaler",
                "Longer warranty for a small fee",
                "Repair videos for simple fixes",
                "Quiet night mode for the washing machine"
            },
            new String[] {
                "Show partners the delivery status of each order",
                "Shared training calendar for installers",
                "Recyclable packaging for large appliances",
                "Common parts across oven models",
                "Idea board for service technicians"
            });
    private static final Map<ActivityType, String> SOURCES = sources();
    private static final String[][] SEGMENT_TAGS = {
        {"cooking-class", "newsletter", "recipe-club", "loyalty-silver"},
        {"app-user", "beta-tester", "early-adopter", "newsletter"},
        {"key-account", "service-contract", "trade-fair"},
        {"newsletter", "warranty-claim", "discount-club"}
    };
    private static final Map<IncidentType, String[]> INCIDENT_TEXTS = new EnumMap<>(Map.of(
            IncidentType.REPORTED_ABUSE,
            new String[] {
                "Insulting replies to other members in the community",
                "Posted the same advertisement in ten threads",
                "Harassed a moderator by private message"
            },
            IncidentType.MISUSE,
            new String[] {
                "Several accounts voting for the same idea",
                "Shared photos of a prototype under test before launch",
                "Resold test devices"
            },
            IncidentType.CONFLICT,
            new String[] {
                "Heated dispute with a service technician",
                "Repeated personal attacks in an idea discussion",
                "Argument with staff at a community event"
            },
            IncidentType.ABANDONED_COMMITMENT,
            new String[] {
                "Left the home test after the first week without returning the device",
                "Did not come to the co-design workshop after confirming",
                "Stopped answering the test diary"
            }));

    private static Map<ActivityType, String> sources() {
        Map<ActivityType, String> m = new EnumMap<>(ActivityType.class);
        m.put(ActivityType.VISIT, "web-analytics");
        m.put(ActivityType.IDEA_SUBMITTED, "community");
        m.put(ActivityType.COMMENT, "community");
        m.put(ActivityType.VOTE, "community");
        m.put(ActivityType.REVIEW_GIVEN, "shop");
        m.put(ActivityType.TEST_PARTICIPATION, "test-lab");
        m.put(ActivityType.REFERRAL_MADE, "crm");
        m.put(ActivityType.REFERRAL_CONVERTED, "crm");
        m.put(ActivityType.EVENT_ATTENDED, "events");
        m.put(ActivityType.SURVEY_ANSWERED, "survey");
        m.put(ActivityType.KNOWLEDGE_ARTICLE_READ, "web-analytics");
        m.put(ActivityType.COMPLAINT, "service-desk");
        return m;
    }
}
