package org.cocrea.engagement.control;

import java.util.Optional;

/**
 * What became of a stakeholder's contribution: the capability evidence that is not an activity of
 * the stakeholder's own (see {@link CapabilityInputs} and docs/engagement-index.md, section 3).
 * Recorded by the co-creation workflows as they decide, or sent in through the API.
 */
public enum OutcomeKind {
    /** One of the stakeholder's ideas passed a gate (result path of innovation). */
    IDEA_ACCEPTED,
    /** One of the stakeholder's ideas was implemented (counts twice on the result path). */
    IDEA_IMPLEMENTED,
    /** A vote received on one of the stakeholder's ideas (process path of innovation). */
    IDEA_VOTE_RECEIVED,
    /** A helpful vote on one of the stakeholder's comments or answers. */
    HELPFUL_VOTE_RECEIVED,
    /** A reply received on one of the stakeholder's comments. */
    REPLY_RECEIVED,
    /** The stakeholder answered someone's question; the amount is the hours it took. */
    ANSWER_GIVEN,
    /** One of the stakeholder's answers was accepted as the solution. */
    ANSWER_ACCEPTED,
    /** A helpful vote on one of the stakeholder's reviews. */
    REVIEW_HELPFUL_VOTE,
    /** The stakeholder reported a finding in a product test. */
    TEST_FINDING_REPORTED,
    /** One of the stakeholder's test findings was accepted. */
    TEST_FINDING_ACCEPTED;

    /** The code used in files and the API, e.g. {@code idea_accepted}. */
    public String code() {
        return Codes.code(this);
    }

    /** The kind of a code, case and blanks ignored. */
    public static Optional<OutcomeKind> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String n = Codes.normalise(code);
        for (OutcomeKind k : values()) {
            if (k.code().equals(n)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** All codes, for messages. */
    public static String codes() {
        return Codes.list(values());
    }
}
