package org.cocrea.cocreation.control;

import java.util.function.Predicate;

/** A milestone a participant reaches once and keeps; see {@link Recognition#badges(Tally)}. */
public enum Badge {
    FIRST_IDEA("First idea", "Submitted a first idea.", t -> t.ideasSubmitted() >= 1),
    TEN_IDEAS("Ideas flowing", "Submitted 10 ideas.", t -> t.ideasSubmitted() >= 10),
    FIRST_COMMENT("First comment", "Commented on an idea for the first time.", t -> t.commentsPosted() >= 1),
    TWENTY_FIVE_COMMENTS("Conversation builder", "Posted 25 comments.", t -> t.commentsPosted() >= 25),
    FIFTY_VOTES("Supporter", "Cast 50 votes for others' ideas.", t -> t.votesCast() >= 50),
    THROUGH_A_GATE("Through the gate", "Had an idea pass a stage gate.", t -> t.ideasAdvanced() >= 1),
    LAUNCHED("Launched", "Had an idea launched.", t -> t.ideasLaunched() >= 1),
    ACCEPTED_FINDING("Tester", "Had a test or co-design finding accepted.", t -> t.findingsAccepted() >= 1),
    POINTS_500("500 points", "Earned 500 points.", t -> t.points() >= 500),
    POINTS_2000("2,000 points", "Earned 2,000 points.", t -> t.points() >= 2000);

    private final String label;
    private final String description;
    private final Predicate<Tally> earned;

    Badge(String label, String description, Predicate<Tally> earned) {
        this.label = label;
        this.description = description;
        this.earned = earned;
    }

    /** The badge's name. */
    public String label() {
        return label;
    }

    /** What it was earned for, in one sentence. */
    public String description() {
        return description;
    }

    /** Whether a tally has reached this milestone. */
    public boolean earnedBy(Tally tally) {
        return earned.test(tally);
    }
}
