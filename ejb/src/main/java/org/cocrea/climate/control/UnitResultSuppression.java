package org.cocrea.climate.control;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Anonymity rules for climate-survey results by organisational unit: which unit results and
 * comments may be shown so that nobody can see, or work out, the answers of fewer than k people.
 *
 * <p>The rules, in the order they are applied:
 *
 * <ol>
 *   <li><b>Threshold.</b> A unit's result covers its own respondents and those of all its sub-units
 *       (the rolled-up n). It is shown only if n ≥ k.
 *   <li><b>Complementary suppression.</b> Published results can be subtracted. For every visible
 *       result P, take the maximal visible results strictly inside it (visible children, and
 *       visible results below hidden children): P's n minus their n is the <em>remainder</em>, the
 *       people whose answers anyone could work out. It must be 0 or at least k. Otherwise the
 *       smallest of those visible results that actually adds people to the remainder is hidden
 *       too (reason {@link DisclosureReason#COMPLEMENTARY}), which makes the remainder ≥ k. A
 *       visible result that adds nobody (its own remainder is 0, it is exactly the sum of its
 *       visible parts) is only hidden when nothing else is left, and then its parts become
 *       candidates. Units are processed bottom-up, so a unit's own remainder is settled before its
 *       parent looks at it; hiding a result only changes the remainder of its nearest visible
 *       ancestor, so no earlier decision is undone.
 *   <li><b>Direct respondents</b> (people whose unit is exactly P, e.g. a department head's staff
 *       that belong to no team) are <em>never</em> published as a group of their own. They are
 *       always part of P's remainder, which is what protects them: a department with 2 direct
 *       respondents and only visible teams would reveal those 2, so a team is hidden.
 *   <li><b>Other teams.</b> The sibling units of a visible parent that are below the threshold may
 *       be published together as "other teams of P" if together they reach k, and only if P's
 *       remainder after subtracting that combination too is still 0 or ≥ k. If not, the smallest
 *       of them are left out of the combination (into the remainder) until it is, or until fewer
 *       than two or fewer than k respondents are left to combine, and then none is published.
 *   <li><b>Comments</b> of a unit are shown only if its result is shown and its rolled-up n reaches
 *       the comment threshold.
 * </ol>
 *
 * <p>Together these guarantee: for every visible result and every set of disjoint visible results
 * inside it, the difference is 0 or ≥ k (each such difference is a sum of remainders that are each
 * 0 or ≥ k). The tests check this by brute force on random trees. The counts are respondents of the
 * survey, so results that are means or shares are protected the same way (n times a mean is a sum
 * that can be subtracted). The approach is the classic primary plus complementary cell suppression
 * of statistical disclosure control (see e.g. Hundepool et al. 2012, <i>Statistical Disclosure
 * Control</i>, ch. 4), specialised to the nested tables of an organisation tree.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class UnitResultSuppression {

    /** The usual minimum group size for employee-survey results. */
    public static final int DEFAULT_THRESHOLD = 5;
    /** Free text identifies people more easily than numbers: a higher minimum for comments. */
    public static final int DEFAULT_COMMENT_THRESHOLD = 10;
    /** Below this, the threshold protects nobody; it cannot be configured lower. */
    public static final int MINIMUM_THRESHOLD = 3;

    private final int threshold;
    private final int commentThreshold;

    /** k = 5, comments at 10. */
    public UnitResultSuppression() {
        this(DEFAULT_THRESHOLD, DEFAULT_COMMENT_THRESHOLD);
    }

    /**
     * @param threshold k, at least 3
     * @param commentThreshold minimum rolled-up n for comments, at least k
     * @throws IllegalArgumentException if k &lt; 3 or the comment threshold is below k
     */
    public UnitResultSuppression(int threshold, int commentThreshold) {
        if (threshold < MINIMUM_THRESHOLD) {
            throw new IllegalArgumentException("anonymity threshold " + threshold + " is below the minimum of "
                    + MINIMUM_THRESHOLD + "; groups that small cannot be protected");
        }
        if (commentThreshold < threshold) {
            throw new IllegalArgumentException(
                    "comment threshold " + commentThreshold + " is below the anonymity threshold " + threshold);
        }
        this.threshold = threshold;
        this.commentThreshold = commentThreshold;
    }

    public int threshold() {
        return threshold;
    }

    public int commentThreshold() {
        return commentThreshold;
    }

    /**
     * Decides visibility for every unit of a tree (or forest).
     *
     * @param units every unit once; parents may come before or after their children
     * @throws IllegalArgumentException on a null or blank id or name, a duplicate id, a parent id
     *     that is not in the list, a cycle, or a negative respondent count
     */
    public DisclosurePlan decide(List<SurveyUnit> units) {
        Tree tree = new Tree(Inputs.notNull(units, "units"));
        for (Node p : tree.postOrder) {
            if (p.visible) {
                protectRemainder(p);
                combineSmallChildren(p);
            }
        }
        List<UnitDisclosure> decisions = new ArrayList<>(tree.nodes.size());
        List<CombinedTeams> combinations = new ArrayList<>();
        for (Node n : tree.nodes) {
            Combo c = n.combo;
            if (c != null && c.visible) {
                combinations.add(new CombinedTeams(
                        c.id,
                        n.unit.id(),
                        "other teams of " + n.unit.name(),
                        c.members.stream().map(m -> m.unit.id()).toList(),
                        c.respondents));
            }
        }
        Map<Node, String> combinedInto = new HashMap<>();
        for (Node n : tree.nodes) {
            if (n.combo != null && n.combo.visible) {
                n.combo.members.forEach(m -> combinedInto.put(m, n.combo.id));
            }
        }
        for (Node n : tree.nodes) {
            decisions.add(new UnitDisclosure(
                    n.unit.id(),
                    n.unit.parentId(),
                    n.unit.ownRespondents(),
                    n.rolledUp,
                    n.visible,
                    n.reason,
                    n.protectedUnit == null ? null : n.protectedUnit.unit.id(),
                    combinedInto.get(n),
                    n.visible && n.rolledUp >= commentThreshold));
        }
        return new DisclosurePlan(threshold, commentThreshold, decisions, combinations);
    }

    /** Rule 2: hide results inside p until p's remainder is 0 or at least k. */
    private void protectRemainder(Node p) {
        while (true) {
            List<Object> frontier = frontier(p);
            int remainder = p.rolledUp - sum(frontier);
            if (remainder == 0 || remainder >= threshold) {
                return;
            }
            // frontier is not empty: an empty one would leave remainder = n(p) >= k
            Object chosen = frontier.stream()
                    .filter(cell -> gain(cell) > 0)
                    .min(BY_SIZE)
                    .orElseGet(() -> frontier.stream().min(BY_SIZE).orElseThrow());
            hide(chosen, p);
        }
    }

    /** Rule 4: publish p's sub-threshold children together when that keeps p's remainder safe. */
    private void combineSmallChildren(Node p) {
        List<Node> small = new ArrayList<>();
        for (Node child : p.children) {
            if (child.rolledUp < threshold) {
                small.add(child);
            }
        }
        small.sort(Comparator.comparingInt((Node n) -> n.rolledUp).thenComparing(n -> n.unit.id()));
        int remainder = p.rolledUp - sum(frontier(p));
        int combined = small.stream().mapToInt(n -> n.rolledUp).sum();
        while (small.size() >= 2 && combined >= threshold) {
            int left = remainder - combined;
            if (left == 0 || left >= threshold) {
                p.combo = new Combo(p.unit.id() + "/other-teams", List.copyOf(small), combined);
                return;
            }
            combined -= small.remove(0).rolledUp;
        }
    }

    private static final Comparator<Object> BY_SIZE =
            Comparator.comparingInt(UnitResultSuppression::size).thenComparing(UnitResultSuppression::cellId);

    private static int size(Object cell) {
        return cell instanceof Node n ? n.rolledUp : ((Combo) cell).respondents;
    }

    private static String cellId(Object cell) {
        return cell instanceof Node n ? n.unit.id() : ((Combo) cell).id;
    }

    /** How many people hiding this visible cell adds to its nearest visible ancestor's remainder. */
    private int gain(Object cell) {
        if (cell instanceof Node n) {
            return n.rolledUp - sum(frontier(n));
        }
        return ((Combo) cell).respondents;
    }

    private static void hide(Object cell, Node protectedUnit) {
        if (cell instanceof Node n) {
            n.visible = false;
            n.reason = DisclosureReason.COMPLEMENTARY;
            n.protectedUnit = protectedUnit;
        } else {
            ((Combo) cell).visible = false;
        }
    }

    /** The maximal visible cells strictly inside a unit. */
    private static List<Object> frontier(Node p) {
        List<Object> cells = new ArrayList<>();
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(p);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n.combo != null && n.combo.visible) {
                cells.add(n.combo);
            }
            for (Node child : n.children) {
                if (child.visible) {
                    cells.add(child);
                } else {
                    stack.push(child);
                }
            }
        }
        return cells;
    }

    private static int sum(List<Object> cells) {
        int total = 0;
        for (Object cell : cells) {
            total += size(cell);
        }
        return total;
    }

    private static final class Node {
        final SurveyUnit unit;
        final List<Node> children = new ArrayList<>();
        int rolledUp;
        boolean visible;
        DisclosureReason reason;
        Node protectedUnit;
        Combo combo;

        Node(SurveyUnit unit) {
            this.unit = unit;
        }
    }

    private static final class Combo {
        final String id;
        final List<Node> members;
        final int respondents;
        boolean visible = true;

        Combo(String id, List<Node> members, int respondents) {
            this.id = id;
            this.members = members;
            this.respondents = respondents;
        }
    }

    /** The validated tree with rolled-up counts and the threshold rule applied. */
    private final class Tree {
        final List<Node> nodes = new ArrayList<>();
        final List<Node> postOrder = new ArrayList<>();

        Tree(List<SurveyUnit> units) {
            Map<String, Node> byId = new HashMap<>();
            for (int i = 0; i < units.size(); i++) {
                SurveyUnit u = units.get(i);
                if (u == null) {
                    throw new IllegalArgumentException("unit " + (i + 1) + " of the list is null");
                }
                if (u.id() == null || u.id().isBlank()) {
                    throw new IllegalArgumentException("unit " + (i + 1) + " of the list has no id");
                }
                if (u.name() == null || u.name().isBlank()) {
                    throw new IllegalArgumentException("unit " + u.id() + " has no name");
                }
                if (u.ownRespondents() < 0) {
                    throw new IllegalArgumentException(
                            "unit " + u.id() + " has a negative respondent count " + u.ownRespondents());
                }
                Node node = new Node(u);
                if (byId.put(u.id(), node) != null) {
                    throw new IllegalArgumentException("unit id " + u.id() + " occurs more than once");
                }
                nodes.add(node);
            }
            List<Node> roots = new ArrayList<>();
            for (Node n : nodes) {
                String parentId = n.unit.parentId();
                if (parentId == null) {
                    roots.add(n);
                } else {
                    Node parent = byId.get(parentId);
                    if (parent == null) {
                        throw new IllegalArgumentException(
                                "unit " + n.unit.id() + " has parent " + parentId + ", which is not in the list");
                    }
                    parent.children.add(n);
                }
            }
            // iterative post-order from the roots; units not reached sit on a cycle
            Set<Node> reached = new HashSet<>();
            Deque<Node> stack = new ArrayDeque<>();
            Deque<Node> output = new ArrayDeque<>();
            for (Node root : roots) {
                stack.push(root);
                while (!stack.isEmpty()) {
                    Node n = stack.pop();
                    reached.add(n);
                    output.push(n);
                    n.children.forEach(stack::push);
                }
            }
            if (reached.size() != nodes.size()) {
                String onCycle = nodes.stream()
                        .filter(n -> !reached.contains(n))
                        .map(n -> n.unit.id())
                        .sorted()
                        .findFirst()
                        .orElseThrow();
                throw new IllegalArgumentException(
                        "units form a cycle (unit " + onCycle + " is not below any root unit)");
            }
            postOrder.addAll(output); // reverse of a pre-order: every child before its parent
            for (Node n : postOrder) {
                n.rolledUp = n.unit.ownRespondents();
                for (Node child : n.children) {
                    n.rolledUp += child.rolledUp;
                }
                n.visible = n.rolledUp >= threshold;
                n.reason = n.visible ? DisclosureReason.SHOWN : DisclosureReason.BELOW_THRESHOLD;
            }
        }
    }
}
