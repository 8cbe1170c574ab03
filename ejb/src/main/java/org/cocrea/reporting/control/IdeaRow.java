package org.cocrea.reporting.control;

import java.io.Serializable;
import java.time.Instant;

/**
 * An idea at the bottom of the drill-down.
 *
 * @param id the idea
 * @param title its title
 * @param campaign the campaign's title
 * @param unit the unit's name, or null
 * @param stage the campaign stage's name
 * @param phase the research stage it belongs to (identification … launch), or implemented/rejected
 * @param status active, in review, on hold, killed, launched, merged
 * @param submittedAt when it was submitted
 * @param votes votes
 * @param comments comments
 * @param score the last gate evaluation's score 0–100, or null
 */
public record IdeaRow(
        long id,
        String title,
        String campaign,
        String unit,
        String stage,
        String phase,
        String status,
        Instant submittedAt,
        int votes,
        int comments,
        Double score)
        implements Serializable {}
