package org.cocrea.engagement.control;

/**
 * The engagement of a segment (or any group) of stakeholders at one date.
 *
 * @param segment the segment's name
 * @param stakeholders how many stakeholders it has
 * @param mean the mean index
 * @param median the median index (mean of the two middle values for an even count)
 * @param engaged how many have an index at or above the engaged threshold
 * @param shareEngaged engaged / stakeholders, 0..1
 */
public record SegmentEngagement(
        String segment, int stakeholders, double mean, double median, int engaged, double shareEngaged) {}
