package org.cocrea.engagement.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reading the fields of an activity from text, shared by the REST input ({@link ActivityInput})
 * and the file import ({@link ActivityRows}). Each method returns the value or a message a user
 * can act on.
 */
final class ActivityFields {

    /** A value or, when it could not be read, why. */
    record Parsed<T>(T value, String problem) {
        static <T> Parsed<T> ok(T value) {
            return new Parsed<>(value, null);
        }

        static <T> Parsed<T> fail(String problem) {
            return new Parsed<>(null, problem);
        }

        boolean ok() {
            return problem == null;
        }
    }

    static final int MAX_ID_LENGTH = 80;

    private ActivityFields() {}

    static Parsed<String> stakeholder(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.fail("Give the external id of the stakeholder who did this.");
        }
        String id = text.strip();
        if (id.length() > MAX_ID_LENGTH) {
            return Parsed.fail("The stakeholder id is longer than " + MAX_ID_LENGTH + " characters.");
        }
        return Parsed.ok(id);
    }

    static Parsed<ActivityType> type(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.fail("Give the activity type, one of: " + ActivityType.codes() + ".");
        }
        return ActivityType.fromCode(text)
                .map(Parsed::ok)
                .orElseGet(() -> Parsed.fail(
                        "Unknown activity type '" + text.strip() + "'. Use one of: " + ActivityType.codes() + "."));
    }

    static Parsed<Channel> channel(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.fail("Give the channel, one of: " + Channel.codes() + ".");
        }
        return Channel.fromCode(text)
                .map(Parsed::ok)
                .orElseGet(() ->
                        Parsed.fail("Unknown channel '" + text.strip() + "'. Use one of: " + Channel.codes() + "."));
    }

    /**
     * An ISO-8601 date and time with a time zone: {@code 2024-05-01T10:15:30Z}, {@code
     * 2024-05-01T12:15:30+02:00} or {@code 2024-05-01T12:15:30+02:00[Europe/Berlin]}; not after
     * {@code now}.
     */
    static Parsed<Instant> timestamp(String text, Instant now) {
        if (text == null || text.isBlank()) {
            return Parsed.fail("Give when it happened as an ISO-8601 timestamp, e.g. 2024-05-01T10:15:30Z.");
        }
        String t = text.strip();
        Instant at;
        try {
            at = OffsetDateTime.parse(t).toInstant();
        } catch (DateTimeParseException e) {
            try {
                at = ZonedDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e2) {
                return Parsed.fail(timestampHint(t));
            }
        }
        if (at.isAfter(now)) {
            return Parsed.fail("The timestamp " + t + " is in the future (now is " + now
                    + "). Only activities that already happened can be logged; check the date and the time zone.");
        }
        return Parsed.ok(at);
    }

    private static String timestampHint(String t) {
        try {
            LocalDateTime.parse(t);
            return "The timestamp " + t + " has no time zone. Add Z for UTC (" + t + "Z) or an offset such as +02:00.";
        } catch (DateTimeParseException e) {
            // not a local date-time either
        }
        try {
            LocalDate.parse(t);
            return "The timestamp " + t + " has no time. Write it as " + t + "T00:00:00Z or with the real time"
                    + " and offset.";
        } catch (DateTimeParseException e) {
            // not a date either
        }
        return "'" + t + "' is not an ISO-8601 timestamp. Write it like 2024-05-01T10:15:30Z or"
                + " 2024-05-01T12:15:30+02:00.";
    }

    /** An optional weight: blank means 1. Accepts a decimal point or a decimal comma. */
    static Parsed<Double> weight(String text) {
        if (text == null || text.isBlank()) {
            return Parsed.ok(1.0);
        }
        double w;
        try {
            w = Double.parseDouble(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Parsed.fail("'" + text.strip() + "' is not a number. " + Activity.weightProblem(Double.NaN));
        }
        return weight(w);
    }

    static Parsed<Double> weight(Double value) {
        if (value == null) {
            return Parsed.ok(1.0);
        }
        String problem = Activity.weightProblem(value);
        return problem == null ? Parsed.ok(value) : Parsed.fail(problem);
    }
}
