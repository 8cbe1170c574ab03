package org.cocrea.analytics.data;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which columns of a data file measure what: the multi-item constructs (item columns, reverse-keyed
 * items, scale), the column identifying each respondent's unit, the control columns, and what to do
 * with rows that lack a value. Built by the mapping screen (or parsed from the command line's JSON)
 * and checked against the file's header by {@link #problems(Collection, String)}.
 *
 * <pre>{@code
 * ColumnMapping mapping = new ColumnMapping(
 *         List.of(
 *                 ColumnMapping.Construct.of("engagement", 7, "CE1", "CE2", "CE3").withReverse("CE3"),
 *                 ColumnMapping.Construct.of("cocreation", 7, "VC1", "VC2", "VC3")),
 *         "firm",
 *         List.of("tenure", "size"),
 *         ColumnMapping.MissingRule.LISTWISE);
 * }</pre>
 *
 * @param constructs the multi-item constructs, in the order they are reported
 * @param group column identifying the unit (firm, team) of each respondent, or null; needed for
 *     agreement statistics and unit-level (aggregated) constructs
 * @param controls numeric columns used as controls: read as numbers, part of the missing-data rule
 *     and of the descriptive statistics
 * @param missing what to do with a row that lacks a value the analyses need
 */
public record ColumnMapping(List<Construct> constructs, String group, List<String> controls, MissingRule missing)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public ColumnMapping {
        constructs = List.copyOf(constructs);
        controls = List.copyOf(controls);
        Objects.requireNonNull(missing, "missing");
    }

    /** Handling of rows with a missing value (an empty cell) in a column the analyses use. */
    public enum MissingRule {
        /** Drop the row from every analysis (listwise deletion); the result lists the rows dropped. */
        LISTWISE("listwise"),
        /** Stop with an error naming the rows. */
        REFUSE("refuse");

        private final String key;

        MissingRule(String key) {
            this.key = key;
        }

        /** The rule's name in the command line's JSON: "listwise" or "refuse". */
        public String key() {
            return key;
        }
    }

    /**
     * A construct measured by several items; a respondent's score is the mean of the items after
     * reverse-keying.
     *
     * @param name the construct's name, used by the analyses and in the report
     * @param items item columns
     * @param reverse the items (a subset of {@code items}) to reverse-key as scalePoints + 1 − answer
     * @param scalePoints answers are coded 1..scalePoints (at least 2)
     * @param aggregate a unit-level construct: its value in regression and PROCESS models is the mean
     *     score of the respondent's unit ({@code group}); reliability and agreement use the
     *     individual answers
     */
    public record Construct(String name, List<String> items, List<String> reverse, int scalePoints, boolean aggregate)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public Construct {
            Objects.requireNonNull(name, "name");
            items = List.copyOf(items);
            reverse = List.copyOf(reverse);
        }

        /** A construct without reverse-keyed items, scored per respondent. */
        public static Construct of(String name, int scalePoints, String... items) {
            return new Construct(name, Arrays.asList(items), List.of(), scalePoints, false);
        }

        /** The same construct with these items reverse-keyed. */
        public Construct withReverse(String... reversed) {
            return new Construct(name, items, Arrays.asList(reversed), scalePoints, aggregate);
        }

        /** The same construct as a unit-level score (or not). */
        public Construct withAggregate(boolean value) {
            return new Construct(name, items, reverse, scalePoints, value);
        }
    }

    /** A mapping without group and controls, dropping incomplete rows. */
    public static ColumnMapping of(Construct... constructs) {
        return new ColumnMapping(Arrays.asList(constructs), null, List.of(), MissingRule.LISTWISE);
    }

    /** The same mapping with another group column (null for none). */
    public ColumnMapping withGroup(String column) {
        return new ColumnMapping(constructs, column, controls, missing);
    }

    /** The same mapping with other control columns. */
    public ColumnMapping withControls(String... columns) {
        return new ColumnMapping(constructs, group, Arrays.asList(columns), missing);
    }

    /** The same mapping with another missing-data rule. */
    public ColumnMapping withMissing(MissingRule rule) {
        return new ColumnMapping(constructs, group, controls, rule);
    }

    /** The construct of that name, or null. */
    public Construct construct(String name) {
        for (Construct c : constructs) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The constructs by name, in order. */
    public Map<String, Construct> constructsByName() {
        Map<String, Construct> out = new LinkedHashMap<>();
        constructs.forEach(c -> out.putIfAbsent(c.name(), c));
        return out;
    }

    /** The constructs' names, in order. */
    public List<String> constructNames() {
        return constructs.stream().map(Construct::name).toList();
    }

    /** Item columns of every construct, then the controls: the columns read as numbers. */
    public List<String> numericColumns() {
        List<String> out = new ArrayList<>();
        constructs.forEach(c -> out.addAll(c.items()));
        for (String c : controls) {
            if (!out.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Checks the mapping in itself and against a file's header, collecting every problem: a name
     * that is blank or repeated, a construct without items, an item in two constructs, a reversed
     * item that is not an item, a scale of fewer than 2 points, an aggregated construct without a
     * group column, a column used in two roles, and every column missing from the header. Each
     * message names the column (and the construct) concerned.
     *
     * @param header the file's column names
     * @param source the file's name, for messages
     * @return the problems, empty if the mapping can be used
     */
    public List<DataProblem> problems(Collection<String> header, String source) {
        List<DataProblem> out = new ArrayList<>();
        Set<String> columns = new HashSet<>(header);
        if (constructs.isEmpty()) {
            out.add(mapping(null, "map at least one construct to its item columns"));
        }
        Map<String, String> itemOwner = new HashMap<>();
        Set<String> names = new HashSet<>();
        for (Construct c : constructs) {
            String name = c.name();
            if (name.isBlank() || name.contains("*")) {
                out.add(mapping(null, "a construct name must not be blank or contain '*', found \"" + name + "\""));
            } else if (!names.add(name)) {
                out.add(mapping(null, "construct \"" + name + "\" is defined twice"));
            }
            if (c.items().isEmpty()) {
                out.add(mapping(null, "construct \"" + name + "\" has no item columns"));
            }
            if (c.scalePoints() < 2) {
                out.add(mapping(
                        null,
                        "construct \"" + name + "\": the scale must have at least 2 points (answers coded"
                                + " 1..scalePoints), was " + c.scalePoints()));
            }
            if (c.aggregate() && group == null) {
                out.add(mapping(
                        null,
                        "construct \"" + name + "\" is a unit-level score and needs the group column that"
                                + " identifies the units"));
            }
            for (String item : c.items()) {
                String owner = itemOwner.putIfAbsent(item, name);
                if (owner != null) {
                    out.add(mapping(
                            item,
                            owner.equals(name)
                                    ? "construct \"" + name + "\" lists column \"" + item + "\" twice"
                                    : "column \"" + item + "\" is an item of both \"" + owner + "\" and \"" + name
                                            + "\"; an item belongs to one construct"));
                } else if (!columns.contains(item)) {
                    out.add(unknown(item, "an item of construct \"" + name + "\"", source));
                }
            }
            for (String r : c.reverse()) {
                if (!c.items().contains(r)) {
                    out.add(mapping(
                            r,
                            "construct \"" + name + "\": reverse-keyed column \"" + r + "\" is not one of its items"));
                }
            }
        }
        if (group != null) {
            if (itemOwner.containsKey(group)) {
                out.add(mapping(
                        group,
                        "column \"" + group + "\" is both the group column and an item of \"" + itemOwner.get(group)
                                + "\""));
            } else if (!columns.contains(group)) {
                out.add(unknown(group, "the group column", source));
            }
        }
        Set<String> seenControls = new HashSet<>();
        for (String control : controls) {
            if (!seenControls.add(control)) {
                out.add(mapping(control, "control \"" + control + "\" is listed twice"));
            } else if (names.contains(control)) {
                out.add(mapping(control, "\"" + control + "\" is a construct; controls are columns of the data file"));
            } else if (itemOwner.containsKey(control)) {
                out.add(mapping(
                        control,
                        "column \"" + control + "\" is both a control and an item of \"" + itemOwner.get(control)
                                + "\""));
            } else if (control.equals(group)) {
                out.add(mapping(control, "column \"" + control + "\" is both a control and the group column"));
            } else if (!columns.contains(control)) {
                out.add(unknown(control, "a control", source));
            }
        }
        return out;
    }

    /**
     * Checks the mapping against a table's header.
     *
     * @throws InputException listing every problem of {@link #problems(Collection, String)}
     */
    public void check(DataTable table) {
        List<DataProblem> problems = problems(table.columns(), table.source());
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private static DataProblem mapping(String column, String message) {
        return new DataProblem(DataProblem.Kind.MAPPING, column, 0, message);
    }

    private static DataProblem unknown(String column, String role, String source) {
        return new DataProblem(
                DataProblem.Kind.UNKNOWN_COLUMN,
                column,
                0,
                "no column \"" + column + "\" in " + source + " (mapped as " + role + ")");
    }
}
