package org.cocrea.cocreation.control;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Points and badges. Points per contribution are in {@link Contribution}; badges are milestones of
 * a {@link Tally}, so they can always be recomputed from the counts, and a participant who already
 * holds a badge is not awarded it twice ({@link #newBadges(Tally, Tally)}).
 */
public final class Recognition {

    private Recognition() {}

    /** The points a contribution earns. */
    public static int points(Contribution contribution) {
        return contribution.points();
    }

    /** Every badge the tally has reached, in the order of {@link Badge}. */
    public static Set<Badge> badges(Tally tally) {
        EnumSet<Badge> out = EnumSet.noneOf(Badge.class);
        for (Badge b : Badge.values()) {
            if (b.earnedBy(tally)) {
                out.add(b);
            }
        }
        return Collections.unmodifiableSet(out);
    }

    /** The badges reached in {@code after} but not in {@code before}: the ones to award now. */
    public static Set<Badge> newBadges(Tally before, Tally after) {
        EnumSet<Badge> out = EnumSet.noneOf(Badge.class);
        out.addAll(badges(after));
        out.removeAll(badges(before));
        return Collections.unmodifiableSet(out);
    }
}
