package org.cocrea.engagement.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The twelve kinds of activity Cocrea logs per stakeholder. Each has:
 *
 * <ul>
 *   <li>a <b>default weight</b>: how much one such activity adds to the depth of engagement
 *       ({@link EngagementIndex}); the innovation office can change it in {@link
 *       EngagementWeights}. Passive activities weigh little (a visit 0.25), contributions that take
 *       effort and expose the stakeholder's own knowledge weigh most (an idea or a test 3, a
 *       converted referral 4);
 *   <li>the <b>abilities</b> it gives evidence of ({@link #signals()}), used to explain capability
 *       profiles and to pick the activity types an ability's metrics come from;
 *   <li>the <b>direction of knowledge</b> ({@link #knowledgeFlow()}): knowledge from the
 *       stakeholder, for the stakeholder, or none.
 * </ul>
 *
 * <p>Codes are the lower-case names ({@code idea_submitted}); {@link #fromCode(String)} also accepts
 * spaces or hyphens and a few aliases ({@code sign_in} for {@link #VISIT}).
 */
public enum ActivityType {
    /** A visit to or sign-in on the firm's site, app or community. */
    VISIT(0.25, KnowledgeFlow.NONE),
    /** An idea submitted to a campaign or the idea box. */
    IDEA_SUBMITTED(3, KnowledgeFlow.FROM_STAKEHOLDER, Ability.INNOVATION),
    /** A comment on an idea, post or article. */
    COMMENT(1, KnowledgeFlow.FROM_STAKEHOLDER, Ability.COMMUNICATION),
    /** A vote on an idea or comment: a stated preference. */
    VOTE(0.5, KnowledgeFlow.FROM_STAKEHOLDER, Ability.COMMUNICATION),
    /** A review of a product or service. */
    REVIEW_GIVEN(2, KnowledgeFlow.FROM_STAKEHOLDER, Ability.COMMUNICATION, Ability.RECOMMENDATION, Ability.KNOWLEDGE),
    /** Taking part in a product or prototype test. */
    TEST_PARTICIPATION(3, KnowledgeFlow.FROM_STAKEHOLDER, Ability.INNOVATION, Ability.KNOWLEDGE),
    /** Recommending the firm to someone (a referral sent). */
    REFERRAL_MADE(2, KnowledgeFlow.NONE, Ability.RECOMMENDATION),
    /** A referral that became a customer. */
    REFERRAL_CONVERTED(4, KnowledgeFlow.NONE, Ability.RECOMMENDATION),
    /** Attending an event, workshop or webinar. */
    EVENT_ATTENDED(1.5, KnowledgeFlow.FOR_STAKEHOLDER, Ability.LEARNING, Ability.COMMUNICATION),
    /** Answering a survey. */
    SURVEY_ANSWERED(1, KnowledgeFlow.FROM_STAKEHOLDER, Ability.KNOWLEDGE),
    /** Reading an article in the knowledge base. */
    KNOWLEDGE_ARTICLE_READ(0.5, KnowledgeFlow.FOR_STAKEHOLDER, Ability.LEARNING, Ability.KNOWLEDGE),
    /** A complaint: negative, but engaged and a source of knowledge from the stakeholder. */
    COMPLAINT(1, KnowledgeFlow.FROM_STAKEHOLDER, Ability.KNOWLEDGE);

    /** How many types there are (12); the denominator of breadth when all are switched on. */
    public static final int COUNT = values().length;

    private static final ActivityType[] VALUES = values();

    private static final Map<String, ActivityType> ALIASES = Map.of(
            "sign_in", VISIT,
            "signin", VISIT,
            "login", VISIT,
            "idea", IDEA_SUBMITTED,
            "review", REVIEW_GIVEN,
            "test", TEST_PARTICIPATION,
            "referral", REFERRAL_MADE,
            "event", EVENT_ATTENDED,
            "survey", SURVEY_ANSWERED,
            "article_read", KNOWLEDGE_ARTICLE_READ);

    private final double defaultWeight;
    private final KnowledgeFlow knowledgeFlow;
    private final Set<Ability> signals;

    ActivityType(double defaultWeight, KnowledgeFlow knowledgeFlow, Ability... signals) {
        this.defaultWeight = defaultWeight;
        this.knowledgeFlow = knowledgeFlow;
        EnumSet<Ability> set = EnumSet.noneOf(Ability.class);
        Collections.addAll(set, signals);
        this.signals = Collections.unmodifiableSet(set);
    }

    /** The weight of one activity of this type in the depth of engagement, before any change. */
    public double defaultWeight() {
        return defaultWeight;
    }

    /** The abilities this activity gives evidence of (empty for a visit). */
    public Set<Ability> signals() {
        return signals;
    }

    /** Which way knowledge moves. */
    public KnowledgeFlow knowledgeFlow() {
        return knowledgeFlow;
    }

    /** Whether this is knowledge <em>from</em> the stakeholder (ideas, feedback, complaints…). */
    public boolean isKnowledgeFromStakeholder() {
        return knowledgeFlow == KnowledgeFlow.FROM_STAKEHOLDER;
    }

    /** The code used in files and the API, e.g. {@code idea_submitted}. */
    public String code() {
        return Codes.code(this);
    }

    /** The types that give evidence of an ability. */
    public static Set<ActivityType> feeding(Ability ability) {
        EnumSet<ActivityType> set = EnumSet.noneOf(ActivityType.class);
        for (ActivityType t : VALUES) {
            if (t.signals.contains(ability)) {
                set.add(t);
            }
        }
        return set;
    }

    /** The type for a code; empty when the code is unknown (callers refuse such activities). */
    public static Optional<ActivityType> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = Codes.normalise(code);
        for (ActivityType t : VALUES) {
            if (t.code().equals(c)) {
                return Optional.of(t);
            }
        }
        return Optional.ofNullable(ALIASES.get(c));
    }

    /** All codes, comma separated, for messages. */
    public static String codes() {
        return Codes.list(VALUES);
    }

    static ActivityType ofOrdinal(int ordinal) {
        return VALUES[ordinal];
    }
}
