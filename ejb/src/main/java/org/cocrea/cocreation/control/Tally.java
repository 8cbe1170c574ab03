package org.cocrea.cocreation.control;

/**
 * A participant's counts of contributions and points, from which {@link Recognition#badges(Tally)}
 * derives badges. Points are kept apart from the counts because the ledger may hold other entries
 * (corrections, bonuses).
 *
 * @param ideasSubmitted ideas submitted
 * @param commentsPosted comments posted
 * @param votesCast votes cast on others' ideas
 * @param votesReceived votes received on own ideas
 * @param ideasAdvanced gates passed (Go) by own ideas
 * @param ideasLaunched own ideas launched
 * @param findingsSubmitted test and co-design findings submitted
 * @param findingsAccepted findings accepted
 * @param points total points
 */
public record Tally(
        int ideasSubmitted,
        int commentsPosted,
        int votesCast,
        int votesReceived,
        int ideasAdvanced,
        int ideasLaunched,
        int findingsSubmitted,
        int findingsAccepted,
        int points) {

    private static final Tally EMPTY = new Tally(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public Tally {
        if (ideasSubmitted < 0
                || commentsPosted < 0
                || votesCast < 0
                || votesReceived < 0
                || ideasAdvanced < 0
                || ideasLaunched < 0
                || findingsSubmitted < 0
                || findingsAccepted < 0) {
            throw new IllegalArgumentException("counts cannot be negative");
        }
    }

    /** Nothing yet. */
    public static Tally empty() {
        return EMPTY;
    }

    /** The tally after one more contribution: its count + 1 and its points added. */
    public Tally plus(Contribution c) {
        return new Tally(
                ideasSubmitted + (c == Contribution.IDEA_SUBMITTED ? 1 : 0),
                commentsPosted + (c == Contribution.COMMENT_POSTED ? 1 : 0),
                votesCast + (c == Contribution.VOTE_CAST ? 1 : 0),
                votesReceived + (c == Contribution.VOTE_RECEIVED ? 1 : 0),
                ideasAdvanced + (c == Contribution.IDEA_ADVANCED ? 1 : 0),
                ideasLaunched + (c == Contribution.IDEA_LAUNCHED ? 1 : 0),
                findingsSubmitted + (c == Contribution.FINDING_SUBMITTED ? 1 : 0),
                findingsAccepted + (c == Contribution.FINDING_ACCEPTED ? 1 : 0),
                points + c.points());
    }
}
