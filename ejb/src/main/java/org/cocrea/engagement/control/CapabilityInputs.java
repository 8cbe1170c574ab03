package org.cocrea.engagement.control;

import java.util.List;
import java.util.Objects;

/**
 * The per-stakeholder counts and metrics the capability profile is computed from, over the period
 * the innovation office chooses (e.g. the last twelve months). All are plain counters that the
 * co-creation workflows keep up to date; build with {@link #builder(String)}.
 *
 * @param stakeholderId whose metrics
 * @param ideasSubmitted ideas submitted
 * @param ideasAccepted of those, ideas that passed the first gate (≤ submitted)
 * @param ideasImplemented of the accepted, ideas implemented or launched (≤ accepted)
 * @param ideaVotesReceived votes other participants gave the stakeholder's ideas
 * @param commentsWritten comments written
 * @param helpfulVotesReceived "helpful" votes others gave the stakeholder's comments and answers
 * @param repliesReceived replies others wrote to the stakeholder's comments and answers
 * @param answersGiven answers to other participants' questions
 * @param answersAccepted of those, answers marked as the accepted answer (≤ given)
 * @param medianAnswerHours median hours from a question to the stakeholder's answer; NaN when there
 *     is no answer
 * @param referralsMade referrals sent
 * @param referralsConverted of those, referrals that became customers (≤ made)
 * @param reviewsGiven reviews written
 * @param reviewHelpfulVotes "helpful" votes others gave the stakeholder's reviews
 * @param testFindingsReported findings reported in product tests
 * @param testFindingsAccepted of those, findings the firm accepted (≤ reported)
 * @param periods contributions per period, oldest first (for learning)
 */
public record CapabilityInputs(
        String stakeholderId,
        int ideasSubmitted,
        int ideasAccepted,
        int ideasImplemented,
        int ideaVotesReceived,
        int commentsWritten,
        int helpfulVotesReceived,
        int repliesReceived,
        int answersGiven,
        int answersAccepted,
        double medianAnswerHours,
        int referralsMade,
        int referralsConverted,
        int reviewsGiven,
        int reviewHelpfulVotes,
        int testFindingsReported,
        int testFindingsAccepted,
        List<PeriodOutcome> periods) {

    public CapabilityInputs {
        Objects.requireNonNull(stakeholderId, "stakeholderId");
        nonNegative("ideasSubmitted", ideasSubmitted);
        nonNegative("ideasAccepted", ideasAccepted);
        nonNegative("ideasImplemented", ideasImplemented);
        nonNegative("ideaVotesReceived", ideaVotesReceived);
        nonNegative("commentsWritten", commentsWritten);
        nonNegative("helpfulVotesReceived", helpfulVotesReceived);
        nonNegative("repliesReceived", repliesReceived);
        nonNegative("answersGiven", answersGiven);
        nonNegative("answersAccepted", answersAccepted);
        nonNegative("referralsMade", referralsMade);
        nonNegative("referralsConverted", referralsConverted);
        nonNegative("reviewsGiven", reviewsGiven);
        nonNegative("reviewHelpfulVotes", reviewHelpfulVotes);
        nonNegative("testFindingsReported", testFindingsReported);
        nonNegative("testFindingsAccepted", testFindingsAccepted);
        atMost("ideasAccepted", ideasAccepted, "ideasSubmitted", ideasSubmitted);
        atMost("ideasImplemented", ideasImplemented, "ideasAccepted", ideasAccepted);
        atMost("answersAccepted", answersAccepted, "answersGiven", answersGiven);
        atMost("referralsConverted", referralsConverted, "referralsMade", referralsMade);
        atMost("testFindingsAccepted", testFindingsAccepted, "testFindingsReported", testFindingsReported);
        if (!(Double.isNaN(medianAnswerHours) || (medianAnswerHours >= 0 && medianAnswerHours < 1e6))) {
            throw new IllegalArgumentException(
                    stakeholderId + ": medianAnswerHours must be NaN (no answers) or ≥ 0, was " + medianAnswerHours);
        }
        periods = periods == null ? List.of() : List.copyOf(periods);
    }

    private static void nonNegative(String name, int v) {
        if (v < 0) {
            throw new IllegalArgumentException(name + " cannot be negative, was " + v);
        }
    }

    private static void atMost(String name, int v, String limitName, int limit) {
        if (v > limit) {
            throw new IllegalArgumentException(name + " (" + v + ") cannot exceed " + limitName + " (" + limit + ")");
        }
    }

    /** A builder with every count 0, no answers and no periods. */
    public static Builder builder(String stakeholderId) {
        return new Builder(stakeholderId);
    }

    /** Builds {@link CapabilityInputs} field by field. */
    public static final class Builder {
        private final String stakeholderId;
        private int ideasSubmitted;
        private int ideasAccepted;
        private int ideasImplemented;
        private int ideaVotesReceived;
        private int commentsWritten;
        private int helpfulVotesReceived;
        private int repliesReceived;
        private int answersGiven;
        private int answersAccepted;
        private double medianAnswerHours = Double.NaN;
        private int referralsMade;
        private int referralsConverted;
        private int reviewsGiven;
        private int reviewHelpfulVotes;
        private int testFindingsReported;
        private int testFindingsAccepted;
        private List<PeriodOutcome> periods = List.of();

        private Builder(String stakeholderId) {
            this.stakeholderId = stakeholderId;
        }

        /** Ideas submitted, accepted (passed the first gate) and implemented. */
        public Builder ideas(int submitted, int accepted, int implemented) {
            this.ideasSubmitted = submitted;
            this.ideasAccepted = accepted;
            this.ideasImplemented = implemented;
            return this;
        }

        public Builder ideaVotesReceived(int n) {
            this.ideaVotesReceived = n;
            return this;
        }

        /** Comments written, helpful votes and replies received on comments and answers. */
        public Builder comments(int written, int helpfulVotesReceived, int repliesReceived) {
            this.commentsWritten = written;
            this.helpfulVotesReceived = helpfulVotesReceived;
            this.repliesReceived = repliesReceived;
            return this;
        }

        /** Answers given, accepted, and the median hours from question to answer. */
        public Builder answers(int given, int accepted, double medianHours) {
            this.answersGiven = given;
            this.answersAccepted = accepted;
            this.medianAnswerHours = medianHours;
            return this;
        }

        public Builder referrals(int made, int converted) {
            this.referralsMade = made;
            this.referralsConverted = converted;
            return this;
        }

        public Builder reviews(int given, int helpfulVotes) {
            this.reviewsGiven = given;
            this.reviewHelpfulVotes = helpfulVotes;
            return this;
        }

        public Builder testFindings(int reported, int accepted) {
            this.testFindingsReported = reported;
            this.testFindingsAccepted = accepted;
            return this;
        }

        /** Contributions per period, oldest first. */
        public Builder periods(List<PeriodOutcome> periods) {
            this.periods = periods;
            return this;
        }

        public CapabilityInputs build() {
            return new CapabilityInputs(
                    stakeholderId,
                    ideasSubmitted,
                    ideasAccepted,
                    ideasImplemented,
                    ideaVotesReceived,
                    commentsWritten,
                    helpfulVotesReceived,
                    repliesReceived,
                    answersGiven,
                    answersAccepted,
                    medianAnswerHours,
                    referralsMade,
                    referralsConverted,
                    reviewsGiven,
                    reviewHelpfulVotes,
                    testFindingsReported,
                    testFindingsAccepted,
                    periods);
        }
    }
}
