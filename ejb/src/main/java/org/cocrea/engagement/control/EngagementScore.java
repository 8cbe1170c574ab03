package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The engagement index of one stakeholder at one date, with the breakdown that produced it. The
 * index is the sum of the parts' points.
 *
 * @param stakeholderId whose index
 * @param asOf the date it is computed for
 * @param index 0..100
 * @param parts one per component in use (the survey only when there was a score and its weight is
 *     above 0), in {@link EngagementComponent} order
 */
public record EngagementScore(String stakeholderId, LocalDate asOf, double index, List<Part> parts) {

    /**
     * One component of the index.
     *
     * @param component which one
     * @param raw the measured value: days since the last activity (NaN when never), activities in
     *     the window, distinct types in the window, weighted contributions, or the survey mean
     * @param score the component on 0..1
     * @param share its share of the index, 0..1 (the normalised weight; shares add up to 1)
     * @param points what it adds to the index: 100 × share × score
     * @param detail the raw value in words, e.g. "3 of 12 activity types"
     */
    public record Part(
            EngagementComponent component, double raw, double score, double share, double points, String detail) {}

    public EngagementScore {
        parts = List.copyOf(parts);
    }

    /** The part of a component, if it was used. */
    public Optional<Part> part(EngagementComponent component) {
        return parts.stream().filter(p -> p.component() == component).findFirst();
    }

    /**
     * The breakdown in words, e.g. "Engagement 41.3 on 2024-06-30: recency 17.5 of 20 points (last
     * activity 6 days ago), …".
     */
    public String explain() {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "Engagement %.1f on %s:", index, asOf));
        String sep = " ";
        for (Part p : parts) {
            s.append(sep)
                    .append(String.format(
                            Locale.ROOT,
                            "%s %.1f of %.1f points (%s)",
                            p.component().label(),
                            p.points(),
                            100 * p.share(),
                            p.detail()));
            sep = "; ";
        }
        return s.append('.').toString();
    }
}
