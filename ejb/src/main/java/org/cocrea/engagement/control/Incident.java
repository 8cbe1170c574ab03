package org.cocrea.engagement.control;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One co-destruction incident involving a stakeholder.
 *
 * @param type what happened
 * @param severity 1 (minor) to 5 (severe)
 * @param date when it happened
 * @param confirmed whether a moderator confirmed it (an unconfirmed report counts for less)
 */
public record Incident(IncidentType type, int severity, LocalDate date, boolean confirmed) {

    /** The highest severity. */
    public static final int MAX_SEVERITY = 5;

    public Incident {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        if (severity < 1 || severity > MAX_SEVERITY) {
            throw new IllegalArgumentException(
                    "Severity must be 1 (minor) to " + MAX_SEVERITY + " (severe), was " + severity);
        }
    }
}
