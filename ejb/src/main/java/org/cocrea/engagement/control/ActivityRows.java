package org.cocrea.engagement.control;

import java.io.Reader;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.cocrea.organisation.control.CsvRows;
import org.cocrea.organisation.control.ImportReport.RowError;

/**
 * Reads and checks an activity CSV file (comma or semicolon separated, header row first) before
 * anything is written. Unknown activity types, unknown channels, timestamps without a time zone
 * and timestamps in the future are refused, each with its line and column.
 *
 * <p>Columns ({@code *} required): {@code stakeholder_external_id *} (an imported stakeholder),
 * {@code type *} (one of the {@link ActivityType} codes), {@code timestamp *} (ISO-8601 with a time
 * zone, e.g. {@code 2024-05-01T10:15:30Z}), {@code channel *} (one of the {@link Channel} codes),
 * {@code weight} (optional multiplier, 0 &lt; weight ≤ 10, decimal point or comma; empty = 1).
 *
 * <p>Large files can be streamed ({@link #fromCsv(Reader, Instant, Predicate, Consumer)}): rows are
 * checked one at a time and the accepted activities handed to a consumer, so memory does not grow
 * with the file.
 */
public final class ActivityRows {

    /** The columns the first row must name. */
    public static final List<String> REQUIRED_COLUMNS =
            List.of("stakeholder_external_id", "type", "timestamp", "channel");

    /** Every column read. */
    public static final List<String> COLUMNS =
            List.of("stakeholder_external_id", "type", "timestamp", "channel", "weight");

    private ActivityRows() {}

    /**
     * Checks a CSV file held in memory.
     *
     * @param now the current time; later timestamps are refused
     * @param knownStakeholder whether an external id belongs to an imported stakeholder; null to skip
     *     this check
     */
    public static ParsedRows<Activity> fromCsv(String csv, Instant now, Predicate<String> knownStakeholder) {
        List<Activity> accepted = new ArrayList<>();
        ParsedRows<Activity> r = fromCsv(new StringReader(csv), now, knownStakeholder, accepted::add);
        return new ParsedRows<>(r.rows(), accepted, r.errors(), r.errorCount());
    }

    /**
     * Streams a CSV file: each accepted activity goes to {@code sink} as soon as its row is checked;
     * the returned result has the row count and the errors, and no accepted list. An all-or-nothing
     * import writes inside a transaction it rolls back when the result has errors.
     */
    public static ParsedRows<Activity> fromCsv(
            Reader csv, Instant now, Predicate<String> knownStakeholder, Consumer<Activity> sink) {
        Objects.requireNonNull(now, "now");
        Errors errors = new Errors();
        int[] rows = {0};
        try {
            Tables.csv(csv, REQUIRED_COLUMNS, row -> {
                rows[0]++;
                Activity a = check(row, now, knownStakeholder, errors);
                if (a != null) {
                    sink.accept(a);
                }
            });
        } catch (IllegalArgumentException e) {
            return new ParsedRows<>(rows[0], List.of(), List.of(new RowError(1, "file", e.getMessage())), 1);
        }
        return new ParsedRows<>(rows[0], List.of(), errors.listed(), errors.count());
    }

    private static Activity check(CsvRows.Row row, Instant now, Predicate<String> known, Errors errors) {
        long line = row.line();
        int before = errors.count();
        var id = ActivityFields.stakeholder(row.get("stakeholder_external_id"));
        if (!id.ok()) {
            errors.add(line, "stakeholder_external_id", id.problem());
        } else if (known != null && !known.test(id.value())) {
            errors.add(
                    line,
                    "stakeholder_external_id",
                    "There is no stakeholder with the external id " + id.value()
                            + ". Import the stakeholder first or correct the id.");
        }
        var type = ActivityFields.type(row.get("type"));
        if (!type.ok()) {
            errors.add(line, "type", type.problem());
        }
        var at = ActivityFields.timestamp(row.get("timestamp"), now);
        if (!at.ok()) {
            errors.add(line, "timestamp", at.problem());
        }
        var channel = ActivityFields.channel(row.get("channel"));
        if (!channel.ok()) {
            errors.add(line, "channel", channel.problem());
        }
        var weight = ActivityFields.weight(row.get("weight"));
        if (!weight.ok()) {
            errors.add(line, "weight", weight.problem());
        }
        if (errors.count() > before) {
            return null;
        }
        return new Activity(id.value(), type.value(), at.value(), channel.value(), weight.value());
    }
}
