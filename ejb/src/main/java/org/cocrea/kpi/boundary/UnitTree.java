package org.cocrea.kpi.boundary;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.kpi.control.EventScopes;

/**
 * The org-unit tree as the KPIs use it: codes for scopes, the units above a unit (an event of a
 * team counts for its department and division too), and the units below one for drill-down.
 */
public final class UnitTree implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One org unit. */
    public record Unit(long id, Long parentId, String code, String name, String kind) implements Serializable {}

    private final Map<Long, Unit> byId = new HashMap<>();
    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<Long, List<Unit>> children = new HashMap<>();
    private final List<Unit> roots = new ArrayList<>();

    UnitTree(List<Unit> units) {
        for (Unit u : units) {
            byId.put(u.id(), u);
            byCode.put(u.code(), u);
        }
        for (Unit u : units) {
            if (u.parentId() == null || !byId.containsKey(u.parentId())) {
                roots.add(u);
            } else {
                children.computeIfAbsent(u.parentId(), k -> new ArrayList<>()).add(u);
            }
        }
        Comparator<Unit> byName = Comparator.comparing(Unit::name, String.CASE_INSENSITIVE_ORDER);
        roots.sort(byName);
        children.values().forEach(l -> l.sort(byName));
    }

    /** The whole tree. */
    public static UnitTree load(Connection c) throws SQLException {
        List<Unit> units = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select id, parent_id, code, name, kind from org_unit");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                long parent = rs.getLong(2);
                units.add(new Unit(
                        rs.getLong(1),
                        rs.wasNull() ? null : parent,
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5)));
            }
        }
        return new UnitTree(units);
    }

    /** A unit by its id; null when unknown. */
    public Unit byId(Long id) {
        return id == null ? null : byId.get(id);
    }

    /** A unit by its code; null when unknown. */
    public Unit byCode(String code) {
        return code == null ? null : byCode.get(code);
    }

    /** The code of a unit id; null for null or an unknown id. */
    public String code(Long id) {
        Unit u = byId(id);
        return u == null ? null : u.code();
    }

    /** A unit's code and those of every unit above it. */
    public List<String> line(String code) {
        List<String> out = new ArrayList<>();
        Unit u = byCode.get(code);
        int guard = 0;
        while (u != null && guard++ < 100) {
            out.add(u.code());
            u = u.parentId() == null ? null : byId.get(u.parentId());
        }
        if (out.isEmpty()) {
            out.add(code);
        }
        return out;
    }

    /** Scopes for events: the organisation, the unit and every unit above it, the campaign. */
    public EventScopes eventScopes() {
        return new EventScopes(this::line);
    }

    /** The units right below a unit, by name. */
    public List<Unit> children(long id) {
        return List.copyOf(children.getOrDefault(id, List.of()));
    }

    /**
     * The units right below the organisation: the top-level units, or, when there is a single one
     * (the company), the units right below it.
     */
    public List<Unit> topLevel() {
        if (roots.size() == 1) {
            List<Unit> below = children(roots.get(0).id());
            return below.isEmpty() ? List.copyOf(roots) : below;
        }
        return List.copyOf(roots);
    }

    /** The ids of a unit and every unit below it. */
    public List<Long> subtree(long id) {
        java.util.LinkedHashSet<Long> out = new java.util.LinkedHashSet<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            long next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                children.getOrDefault(next, List.of()).forEach(u -> todo.add(u.id()));
            }
        }
        return new ArrayList<>(out);
    }

    /** The units from the top down to this one (for a breadcrumb); empty when unknown. */
    public List<Unit> path(String code) {
        List<Unit> out = new ArrayList<>();
        for (String c : line(code)) {
            Unit u = byCode.get(c);
            if (u != null) {
                out.add(0, u);
            }
        }
        return out;
    }

    /** Every unit. */
    public List<Unit> all() {
        return List.copyOf(byId.values());
    }
}
