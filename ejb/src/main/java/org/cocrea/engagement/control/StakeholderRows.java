package org.cocrea.engagement.control;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.cocrea.organisation.control.CsvRows;
import org.cocrea.organisation.control.ImportReport.RowError;

/**
 * Reads and checks a stakeholder import file, CSV ({@link #fromCsv}) or Excel ({@link #fromXlsx}),
 * before anything is written. Every problem is reported with its line and column and a message
 * that says what to do.
 *
 * <p>Columns (header names in any case; {@code *} required):
 *
 * <table>
 *   <caption>Stakeholder import columns</caption>
 *   <tr><th>column</th><th>rule</th></tr>
 *   <tr><td>external_id *</td><td>up to 80 characters, unique in the file</td></tr>
 *   <tr><td>kind *</td><td>customer, partner, supplier or employee</td></tr>
 *   <tr><td>display_name *</td><td>up to 200 characters</td></tr>
 *   <tr><td>email</td><td>an e-mail address</td></tr>
 *   <tr><td>organisation</td><td>up to 200 characters</td></tr>
 *   <tr><td>segment, region</td><td>up to 80 characters each</td></tr>
 *   <tr><td>relationship_since</td><td>a date YYYY-MM-DD, not in the future</td></tr>
 *   <tr><td>purchase_summary</td><td>up to 500 characters</td></tr>
 *   <tr><td>consent_contact, consent_analysis</td><td>yes/no, true/false, y/n or 1/0; empty
 *       means no</td></tr>
 *   <tr><td>tags</td><td>separated by ";", up to 20 tags of up to 40 characters</td></tr>
 * </table>
 */
public final class StakeholderRows {

    /** The columns the first row must name. */
    public static final List<String> REQUIRED_COLUMNS = List.of("external_id", "kind", "display_name");

    /** Every column read. */
    public static final List<String> COLUMNS = List.of(
            "external_id",
            "kind",
            "display_name",
            "email",
            "organisation",
            "segment",
            "region",
            "relationship_since",
            "purchase_summary",
            "consent_contact",
            "consent_analysis",
            "tags",
            "serving_unit");

    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MAX_TAGS = 20;
    static final int MAX_TAG_LENGTH = 40;

    private StakeholderRows() {}

    /**
     * Checks a CSV file.
     *
     * @param today the date after which relationship_since is refused
     */
    public static ParsedRows<StakeholderInput> fromCsv(String csv, LocalDate today) {
        return fromCsv(csv, today, null);
    }

    /**
     * Checks a CSV file, including that each serving_unit names a known unit.
     *
     * @param knownUnit whether a unit code exists; null to skip this check
     */
    public static ParsedRows<StakeholderInput> fromCsv(String csv, LocalDate today, Predicate<String> knownUnit) {
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(csv, REQUIRED_COLUMNS);
        } catch (IllegalArgumentException e) {
            return fileError(e.getMessage());
        }
        return check(rows, today, knownUnit);
    }

    /**
     * Checks the first sheet of an Excel workbook; the stream is read to its end but not closed.
     *
     * @param today the date after which relationship_since is refused
     */
    public static ParsedRows<StakeholderInput> fromXlsx(InputStream xlsx, LocalDate today) {
        return fromXlsx(xlsx, today, null);
    }

    /**
     * Checks the first sheet of an Excel workbook, including that each serving_unit names a known
     * unit; the stream is read to its end but not closed.
     *
     * @param knownUnit whether a unit code exists; null to skip this check
     */
    public static ParsedRows<StakeholderInput> fromXlsx(
            InputStream xlsx, LocalDate today, Predicate<String> knownUnit) {
        List<CsvRows.Row> rows = new ArrayList<>();
        try {
            Tables.xlsx(xlsx, REQUIRED_COLUMNS, rows::add);
        } catch (IllegalArgumentException e) {
            return fileError(e.getMessage());
        }
        return check(rows, today, knownUnit);
    }

    /**
     * Checks one stakeholder entered on a form or sent to the API, with the same rules and
     * messages as a file row; the field names are the file's column names.
     *
     * @param fields column name → text (blank or missing for none)
     */
    public static ParsedRows<StakeholderInput> checkOne(java.util.Map<String, String> fields, LocalDate today) {
        return checkOne(fields, today, null);
    }

    /** As {@link #checkOne(java.util.Map, LocalDate)}, checking the serving unit's code too. */
    public static ParsedRows<StakeholderInput> checkOne(
            java.util.Map<String, String> fields, LocalDate today, Predicate<String> knownUnit) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        fields.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                values.put(k, v.strip());
            }
        });
        return check(List.of(new CsvRows.Row(1, values)), today, knownUnit);
    }

    private static ParsedRows<StakeholderInput> fileError(String message) {
        return new ParsedRows<>(0, List.of(), List.of(new RowError(1, "file", message)), 1);
    }

    static ParsedRows<StakeholderInput> check(List<CsvRows.Row> rows, LocalDate today) {
        return check(rows, today, null);
    }

    static ParsedRows<StakeholderInput> check(List<CsvRows.Row> rows, LocalDate today, Predicate<String> knownUnit) {
        Objects.requireNonNull(today, "today");
        Errors errors = new Errors();
        Map<String, Long> firstLine = new HashMap<>();
        List<StakeholderInput> accepted = new ArrayList<>();
        for (CsvRows.Row r : rows) {
            int before = errors.count();
            long line = r.line();
            String externalId = r.get("external_id");
            if (externalId == null) {
                errors.add(line, "external_id", "Give the stakeholder's id from your CRM or HR system.");
            } else if (externalId.length() > ActivityFields.MAX_ID_LENGTH
                    || externalId.chars().anyMatch(Character::isISOControl)) {
                errors.add(
                        line,
                        "external_id",
                        "Shorten the id to at most " + ActivityFields.MAX_ID_LENGTH
                                + " characters, without line breaks or tabs.");
            } else {
                Long first = firstLine.putIfAbsent(externalId, line);
                if (first != null) {
                    errors.add(
                            line,
                            "external_id",
                            "The external id " + externalId + " appears more than once in the file (first on line "
                                    + first + "). Keep one row per stakeholder.");
                }
            }
            String kindText = r.get("kind");
            StakeholderKind kind = StakeholderKind.fromCode(kindText).orElse(null);
            if (kind == null) {
                errors.add(
                        line,
                        "kind",
                        (kindText == null ? "Give the kind" : "Unknown kind '" + kindText + "'")
                                + ". Kind must be one of " + StakeholderKind.codes() + ".");
            }
            String name = r.get("display_name");
            if (name == null) {
                errors.add(line, "display_name", "Give the name to show in Cocrea.");
            } else {
                tooLong(errors, line, "display_name", name, 200);
            }
            String email = r.get("email");
            if (email != null && (email.length() > 320 || !EMAIL.matcher(email).matches())) {
                errors.add(
                        line,
                        "email",
                        "'" + email + "' is not a valid e-mail address. Write it like name@example.com or leave it"
                                + " empty.");
            }
            String organisation = r.get("organisation");
            tooLong(errors, line, "organisation", organisation, 200);
            String segment = r.get("segment");
            tooLong(errors, line, "segment", segment, 80);
            String region = r.get("region");
            tooLong(errors, line, "region", region, 80);
            String purchases = r.get("purchase_summary");
            tooLong(errors, line, "purchase_summary", purchases, 500);
            LocalDate since = date(errors, line, "relationship_since", r.get("relationship_since"), today);
            Boolean contact = yesNo(errors, line, "consent_contact", r.get("consent_contact"));
            Boolean analysis = yesNo(errors, line, "consent_analysis", r.get("consent_analysis"));
            List<String> tags = tags(errors, line, r.get("tags"));
            String servingUnit = r.get("serving_unit");
            if (servingUnit != null) {
                if (servingUnit.length() > 40) {
                    errors.add(line, "serving_unit", "Give the serving unit's code (at most 40 characters).");
                } else if (knownUnit != null && !knownUnit.test(servingUnit)) {
                    errors.add(
                            line,
                            "serving_unit",
                            "There is no unit with the code " + servingUnit
                                    + ". Use the code of a unit in People & climate → Organisation.");
                }
            }
            if (errors.count() == before) {
                accepted.add(new StakeholderInput(
                        externalId,
                        kind,
                        name,
                        email,
                        organisation,
                        segment,
                        region,
                        since,
                        purchases,
                        contact,
                        analysis,
                        tags,
                        servingUnit));
            }
        }
        return new ParsedRows<>(rows.size(), accepted, errors.listed(), errors.count());
    }

    private static void tooLong(Errors errors, long line, String column, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(
                    line,
                    column,
                    "Shorten the " + column.replace('_', ' ') + " to at most " + max + " characters (it has "
                            + value.length() + ").");
        }
    }

    private static LocalDate date(Errors errors, long line, String column, String text, LocalDate today) {
        if (text == null) {
            return null;
        }
        LocalDate d;
        try {
            d = text.contains("T") ? LocalDateTime.parse(text).toLocalDate() : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(line, column, "'" + text + "' is not a date. Write it as YYYY-MM-DD, e.g. 2019-04-01.");
            return null;
        }
        if (d.isAfter(today)) {
            errors.add(
                    line,
                    column,
                    "The date " + d + " is in the future. Give the date the relationship began, or leave it empty.");
            return null;
        }
        return d;
    }

    /** yes/no, true/false, y/n, 1/0; empty means no; null (with an error) for anything else. */
    static Boolean yesNo(Errors errors, long line, String column, String text) {
        if (text == null) {
            return Boolean.FALSE;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> Boolean.TRUE;
            case "no", "n", "false", "0" -> Boolean.FALSE;
            default -> {
                errors.add(
                        line,
                        column,
                        "'" + text + "' is not yes or no. Write yes or no (true/false and 1/0 also work); empty"
                                + " means no.");
                yield null;
            }
        };
    }

    private static List<String> tags(Errors errors, long line, String text) {
        if (text == null) {
            return List.of();
        }
        Map<String, String> byLower = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            String tag = part.strip();
            if (tag.isEmpty()) {
                continue;
            }
            if (tag.length() > MAX_TAG_LENGTH) {
                errors.add(
                        line,
                        "tags",
                        "The tag '" + tag + "' is longer than " + MAX_TAG_LENGTH + " characters; shorten it.");
                return List.of();
            }
            byLower.putIfAbsent(tag.toLowerCase(Locale.ROOT), tag);
        }
        if (byLower.size() > MAX_TAGS) {
            errors.add(
                    line,
                    "tags",
                    "Give at most " + MAX_TAGS + " tags (there are " + byLower.size() + "), separated by ';'.");
            return List.of();
        }
        return List.copyOf(byLower.values());
    }
}
