package org.cocrea.cocreation.control;

/**
 * What a participant earns points for. The points favour results over activity: a launched idea is
 * worth a hundred votes.
 *
 * <table>
 *   <caption>Points per contribution</caption>
 *   <tr><th>contribution</th><th>points</th></tr>
 *   <tr><td>idea submitted</td><td>10</td></tr>
 *   <tr><td>comment posted</td><td>2</td></tr>
 *   <tr><td>vote cast</td><td>1</td></tr>
 *   <tr><td>vote received on one's idea</td><td>1</td></tr>
 *   <tr><td>one's idea passed a gate (Go)</td><td>20</td></tr>
 *   <tr><td>one's idea launched</td><td>100</td></tr>
 *   <tr><td>test or co-design finding submitted</td><td>5</td></tr>
 *   <tr><td>finding accepted</td><td>25</td></tr>
 * </table>
 */
public enum Contribution {
    IDEA_SUBMITTED(10, "Idea submitted"),
    COMMENT_POSTED(2, "Comment posted"),
    VOTE_CAST(1, "Vote cast"),
    VOTE_RECEIVED(1, "Vote received"),
    /** A Go at a gate for an idea the participant authored. */
    IDEA_ADVANCED(20, "Idea passed a gate"),
    IDEA_LAUNCHED(100, "Idea launched"),
    FINDING_SUBMITTED(5, "Finding submitted"),
    FINDING_ACCEPTED(25, "Finding accepted");

    private final int points;
    private final String label;

    Contribution(int points, String label) {
        this.points = points;
        this.label = label;
    }

    /** The points it earns. */
    public int points() {
        return points;
    }

    /** The name shown in the points history. */
    public String label() {
        return label;
    }
}
