package org.cocrea.organisation.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.organisation.entity.UnitKind;

/**
 * The unit tree as plain data: ordering for display (each unit after its parent, siblings by name),
 * descendants, rolled-up head counts, and the rules a change must keep (no cycles, a unit's kind
 * below its parent's).
 */
public final class UnitTree {

    /** A unit as the tree needs it. */
    public record Node(long id, Long parentId, String code, String name, UnitKind kind) {}

    /** A unit in display order with its depth (0 for a root). */
    public record Placed(Node node, int depth) {}

    private final Map<Long, Node> byId = new HashMap<>();
    private final Map<Long, List<Node>> children = new HashMap<>();
    private final List<Node> roots = new ArrayList<>();

    public UnitTree(List<Node> nodes) {
        for (Node n : nodes) {
            if (byId.put(n.id(), n) != null) {
                throw new IllegalArgumentException("unit " + n.id() + " appears twice");
            }
        }
        Comparator<Node> byName = Comparator.comparing(Node::name, String.CASE_INSENSITIVE_ORDER);
        for (Node n : nodes) {
            if (n.parentId() == null) {
                roots.add(n);
            } else {
                if (!byId.containsKey(n.parentId())) {
                    throw new IllegalArgumentException("unit " + n.code() + " has an unknown parent " + n.parentId());
                }
                children.computeIfAbsent(n.parentId(), k -> new ArrayList<>()).add(n);
            }
        }
        roots.sort(byName);
        children.values().forEach(list -> list.sort(byName));
        if (ordered().size() != nodes.size()) {
            throw new IllegalArgumentException("the units contain a cycle");
        }
    }

    /** Every unit, each after its parent, siblings by name. */
    public List<Placed> ordered() {
        List<Placed> out = new ArrayList<>(byId.size());
        for (Node root : roots) {
            walk(root, 0, out, new HashSet<>());
        }
        return out;
    }

    private void walk(Node n, int depth, List<Placed> out, Set<Long> path) {
        if (!path.add(n.id())) {
            return;
        }
        out.add(new Placed(n, depth));
        for (Node c : children.getOrDefault(n.id(), List.of())) {
            walk(c, depth + 1, out, path);
        }
        path.remove(n.id());
    }

    /** The unit and everything below it. */
    public Set<Long> subtree(long id) {
        Set<Long> out = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(id));
        while (!todo.isEmpty()) {
            long next = todo.remove(todo.size() - 1);
            if (out.add(next)) {
                children.getOrDefault(next, List.of()).forEach(c -> todo.add(c.id()));
            }
        }
        return out;
    }

    /** Each unit's own count plus the counts of all units below it. */
    public Map<Long, Long> rolledUp(Map<Long, Long> ownCounts) {
        Map<Long, Long> total = new HashMap<>();
        List<Placed> order = ordered();
        for (int i = order.size() - 1; i >= 0; i--) {
            Node n = order.get(i).node();
            long sum = ownCounts.getOrDefault(n.id(), 0L);
            for (Node c : children.getOrDefault(n.id(), List.of())) {
                sum += total.get(c.id());
            }
            total.put(n.id(), sum);
        }
        return total;
    }

    /**
     * Why {@code unit} (kind {@code kind}) may not sit under {@code parentId}, or null when it may.
     * {@code unitId} is null for a new unit.
     */
    public String whyNotUnder(Long unitId, UnitKind kind, Long parentId) {
        if (parentId == null) {
            return kind == UnitKind.COMPANY ? null : "Only a company can be at the top; choose a parent unit.";
        }
        Node parent = byId.get(parentId);
        if (parent == null) {
            return "The parent unit does not exist.";
        }
        if (unitId != null && subtree(unitId).contains(parentId)) {
            return "A unit cannot be moved under itself or one of its own units.";
        }
        if (!kind.mayBeUnder(parent.kind())) {
            return "A " + kind.name().toLowerCase() + " cannot be placed under a "
                    + parent.kind().name().toLowerCase() + ".";
        }
        if (unitId != null) {
            for (Node child : children.getOrDefault(unitId, List.of())) {
                if (!child.kind().mayBeUnder(kind)) {
                    return "Its unit " + child.name() + " ("
                            + child.kind().name().toLowerCase() + ") could no longer sit under a "
                            + kind.name().toLowerCase() + ".";
                }
            }
        }
        return null;
    }

    public Node get(long id) {
        return byId.get(id);
    }

    public List<Node> childrenOf(long id) {
        return children.getOrDefault(id, List.of());
    }
}
