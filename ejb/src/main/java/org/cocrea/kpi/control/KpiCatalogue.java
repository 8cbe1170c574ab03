package org.cocrea.kpi.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The KPI definitions with their history. A definition is never overwritten: {@link
 * #change(KpiDefinition, Period)} adds a version that applies from a period on, and the earlier
 * versions stay in force for earlier periods, so a measurement is always read (and checked) with the
 * definition that applied to its period.
 *
 * <p>Rules for a change: the key identifies the KPI and cannot change; a KPI cannot switch between
 * computed and entered; a computed KPI's grain and roll-up rule follow its formula and cannot
 * change; a new version applies from a period after the start of the current one; a change of grain
 * takes effect at the start of a period of both grains (a month → quarter change at the start of a
 * quarter).
 *
 * <p>This is the in-memory model of the catalogue; the persistence layer stores the same versions.
 * Not thread-safe.
 */
public final class KpiCatalogue {

    /**
     * One version of a definition.
     *
     * @param number 1 for the first definition, then 2, 3 …
     * @param validFrom the first day the version applies to; null for the first version, which
     *     applies to all periods before the second
     * @param definition the definition
     */
    public record Version(int number, LocalDate validFrom, KpiDefinition definition) implements Serializable {

        /** Whether the version applies from the start of {@code period} on. */
        public boolean appliesFrom(Period period) {
            return validFrom == null || !validFrom.isAfter(period.start());
        }
    }

    private final Map<String, List<Version>> versions = new TreeMap<>();

    /** A catalogue holding every {@link BuiltInKpis built-in KPI}. */
    public static KpiCatalogue withBuiltIns() {
        KpiCatalogue c = new KpiCatalogue();
        BuiltInKpis.definitions().forEach(c::add);
        return c;
    }

    /**
     * Adds a new KPI; its first version applies to every period.
     *
     * @throws InvalidFieldException naming {@code key} when a KPI with that key exists
     */
    public Version add(KpiDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        if (versions.containsKey(definition.key())) {
            throw new InvalidFieldException(
                    "key",
                    "There is already a KPI with the key " + definition.key()
                            + ". Choose another key, or change the existing KPI.");
        }
        Version v = new Version(1, null, definition);
        versions.put(definition.key(), new ArrayList<>(List.of(v)));
        return v;
    }

    /**
     * Records a changed definition that applies from {@code from} on; earlier periods keep the
     * earlier versions. An unchanged definition adds no version.
     *
     * @return the version now in force from {@code from}
     * @throws InvalidFieldException naming the field at fault ({@code key}, {@code kind}, {@code
     *     grain}, {@code aggregation} or {@code from})
     */
    public Version change(KpiDefinition changed, Period from) {
        Objects.requireNonNull(changed, "changed");
        List<Version> history = versions.get(changed.key());
        if (history == null) {
            throw new InvalidFieldException("key", unknownMessage(changed.key()));
        }
        if (from == null) {
            throw new InvalidFieldException("from", "Give the period from which the change applies, e.g. 2026-Q3.");
        }
        Version latest = history.get(history.size() - 1);
        KpiDefinition old = latest.definition();
        if (old.equals(changed)) {
            return latest;
        }
        if (old.kind() != changed.kind()) {
            throw new InvalidFieldException(
                    "kind",
                    "A KPI cannot switch between computed and entered. Define a new KPI with its own key instead.");
        }
        if (old.kind() == KpiKind.COMPUTED && old.grain() != changed.grain()) {
            throw new InvalidFieldException(
                    "grain", "The grain of a computed KPI follows its formula and cannot be changed.");
        }
        if (old.kind() == KpiKind.COMPUTED && !old.aggregation().equals(changed.aggregation())) {
            throw new InvalidFieldException(
                    "aggregation", "The roll-up rule of a computed KPI follows its formula and cannot be changed.");
        }
        if (latest.validFrom() != null && !from.start().isAfter(latest.validFrom())) {
            throw new InvalidFieldException(
                    "from",
                    "The current version applies from " + latest.validFrom()
                            + "; a change must apply from a later period. Earlier periods keep their definition.");
        }
        Grain coarser = old.grain().coarserThan(changed.grain()) ? old.grain() : changed.grain();
        if (old.grain() != changed.grain()
                && !Period.of(coarser, from.start()).start().equals(from.start())) {
            throw new InvalidFieldException(
                    "from",
                    "A change from " + old.grain().code() + "s to "
                            + changed.grain().code()
                            + "s must apply from the start of a " + coarser.code() + ", e.g. "
                            + Period.of(coarser, from.start()).next() + ".");
        }
        Version v = new Version(latest.number() + 1, from.start(), changed);
        history.add(v);
        return v;
    }

    /** Whether a KPI has this key. */
    public boolean contains(String key) {
        return versions.containsKey(key);
    }

    /** The latest version's definition. */
    public Optional<KpiDefinition> current(String key) {
        List<Version> h = versions.get(key);
        return h == null ? Optional.empty() : Optional.of(h.get(h.size() - 1).definition());
    }

    /** The version in force for a period: the latest that applies from the period's first day. */
    public Optional<Version> version(String key, Period period) {
        List<Version> h = versions.get(key);
        if (h == null) {
            return Optional.empty();
        }
        for (int i = h.size() - 1; i >= 0; i--) {
            if (h.get(i).appliesFrom(period)) {
                return Optional.of(h.get(i));
            }
        }
        return Optional.of(h.get(0));
    }

    /** The definition in force for a period. */
    public Optional<KpiDefinition> at(String key, Period period) {
        return version(key, period).map(Version::definition);
    }

    /** All versions of a KPI, oldest first; empty for an unknown key. */
    public List<Version> history(String key) {
        List<Version> h = versions.get(key);
        return h == null ? List.of() : List.copyOf(h);
    }

    /** The current definitions, by key. */
    public List<KpiDefinition> all() {
        return versions.keySet().stream().map(k -> current(k).orElseThrow()).toList();
    }

    /** The current definitions of the entered KPIs, by key. */
    public List<KpiDefinition> entered() {
        return all().stream().filter(d -> d.kind() == KpiKind.ENTERED).toList();
    }

    /** "There is no KPI with the key x. Use one of the entered KPIs: …". */
    String unknownMessage(String key) {
        return "There is no KPI with the key '" + key + "'. Use one of the entered KPIs: "
                + entered().stream().map(KpiDefinition::key).collect(Collectors.joining(", ")) + ".";
    }
}
