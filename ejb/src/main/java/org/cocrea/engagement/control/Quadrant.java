package org.cocrea.engagement.control;

/**
 * Where a stakeholder stands on ability × willingness, split at the cut-offs of {@link
 * IdentificationCriteria} (50 and 50 by default; a score equal to the cut-off counts as high).
 */
public enum Quadrant {
    /** Able and willing: the few to invite to deep co-creation. */
    CO_CREATORS("co-creator", "able and willing: invite to deep co-creation"),
    /** Willing but still building ability: develop them (knowledge for them, coaching, easy tasks). */
    WILLING_BUT_DEVELOPING("willing but developing", "willing, ability still growing: develop"),
    /** Able but not (yet) engaged: motivate them (personal invitation, recognition, incentives). */
    ABLE_BUT_RELUCTANT("able but reluctant", "able, not yet engaged: motivate"),
    /** Neither yet: keep informed. */
    OBSERVERS("observer", "neither yet: keep informed");

    private final String label;
    private final String advice;

    Quadrant(String label, String advice) {
        this.label = label;
        this.advice = advice;
    }

    /** The singular label, e.g. "co-creator". */
    public String label() {
        return label;
    }

    /** What the quadrant suggests doing. */
    public String advice() {
        return advice;
    }

    /** The quadrant of an ability and a willingness score against the cut-offs. */
    public static Quadrant of(double ability, double willingness, double abilityCutoff, double willingnessCutoff) {
        boolean able = ability >= abilityCutoff;
        boolean willing = willingness >= willingnessCutoff;
        if (able) {
            return willing ? CO_CREATORS : ABLE_BUT_RELUCTANT;
        }
        return willing ? WILLING_BUT_DEVELOPING : OBSERVERS;
    }
}
