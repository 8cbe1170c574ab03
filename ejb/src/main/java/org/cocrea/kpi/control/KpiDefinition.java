package org.cocrea.kpi.control;

import java.io.Serializable;
import java.util.regex.Pattern;

/**
 * What a KPI is: its key and texts, the unit its values are in, whether higher or lower is better,
 * the period grain it is measured at, whether Cocrea computes it or people enter it, how it rolls
 * up to longer periods, who owns it, and the values it can take.
 *
 * <p>Every value is checked when the record is made; a bad one is refused with an {@link
 * InvalidFieldException} naming the component, for the definition form. Definitions are never
 * edited in place: a change is a new version in the {@link KpiCatalogue}, so measurements keep the
 * definition they were made under.
 *
 * @param key the stable identifier used in files, the API and snapshots: lower case letters,
 *     digits and underscores, starting with a letter, 2–60 characters (e.g. {@code rd_spend})
 * @param name the display name, 1–120 characters
 * @param description what the KPI measures and how, up to 2,000 characters (may be empty)
 * @param unit the unit values are shown in, 1–40 characters: {@code %}, {@code days}, {@code EUR},
 *     {@code ideas per 100 participants} …
 * @param direction whether higher or lower values are better; decides the RAG status and trends
 * @param grain the shortest period the KPI is measured or entered for; it can be read for that grain
 *     and every longer one
 * @param kind computed by Cocrea or entered
 * @param aggregation how values roll up to longer periods; entered KPIs use sum, mean or last
 * @param owner who answers for the KPI: a role or user name, 1–80 characters
 * @param values the values allowed when entering it
 */
public record KpiDefinition(
        String key,
        String name,
        String description,
        String unit,
        Direction direction,
        Grain grain,
        KpiKind kind,
        Aggregation aggregation,
        String owner,
        ValueRule values)
        implements Serializable {

    /** The pattern of a KPI key. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_]{1,59}");

    static final int MAX_NAME = 120;
    static final int MAX_DESCRIPTION = 2000;
    static final int MAX_UNIT = 40;
    static final int MAX_OWNER = 80;

    public KpiDefinition {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new InvalidFieldException(
                    "key",
                    "Give a key of 2 to 60 lower-case letters, digits or underscores, starting with a letter,"
                            + " e.g. rd_spend.");
        }
        name = text("name", name, 1, MAX_NAME);
        description = description == null ? "" : text("description", description, 0, MAX_DESCRIPTION);
        unit = text("unit", unit, 1, MAX_UNIT);
        owner = text("owner", owner, 1, MAX_OWNER);
        required("direction", direction, "higher or lower");
        required("grain", grain, Grain.codes());
        required("kind", kind, "computed or entered");
        required("aggregation", aggregation, "sum, mean or last");
        if (values == null) {
            values = ValueRule.ANY;
        }
        if (kind == KpiKind.ENTERED && !aggregation.worksOnValues()) {
            throw new InvalidFieldException(
                    "aggregation",
                    "An entered KPI rolls up by sum, mean or last; " + aggregation.code()
                            + " needs the components behind each value, which only computed KPIs keep.");
        }
    }

    /**
     * An entered KPI, owned by {@code owner}, with any finite value allowed (use {@link
     * #withValues(ValueRule)} to restrict).
     */
    public static KpiDefinition entered(
            String key,
            String name,
            String description,
            String unit,
            Direction direction,
            Grain grain,
            Aggregation aggregation,
            String owner) {
        return new KpiDefinition(
                key, name, description, unit, direction, grain, KpiKind.ENTERED, aggregation, owner, ValueRule.ANY);
    }

    public KpiDefinition withName(String name) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    public KpiDefinition withDescription(String description) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    public KpiDefinition withUnit(String unit) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    public KpiDefinition withDirection(Direction direction) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    public KpiDefinition withGrain(Grain grain) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    public KpiDefinition withAggregation(Aggregation aggregation) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    public KpiDefinition withOwner(String owner) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    public KpiDefinition withValues(ValueRule values) {
        return new KpiDefinition(key, name, description, unit, direction, grain, kind, aggregation, owner, values);
    }

    /** Whether the KPI can be read for periods of this grain (its own grain or a longer one). */
    public boolean readableAt(Grain g) {
        return !g.finerThan(grain);
    }

    private static String text(String field, String value, int min, int max) {
        String v = value == null ? "" : value.strip();
        if (v.length() < min) {
            throw new InvalidFieldException(field, "Give the " + field + ".");
        }
        if (v.length() > max) {
            throw new InvalidFieldException(
                    field, "Shorten the " + field + " to at most " + max + " characters (it has " + v.length() + ").");
        }
        if (!field.equals("description") && v.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(field, "Write the " + field + " on one line, without tabs.");
        }
        return v;
    }

    private static void required(String field, Object value, String choices) {
        if (value == null) {
            throw new InvalidFieldException(field, "Choose the " + field + ": " + choices + ".");
        }
    }
}
