package org.cocrea.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.cocrea.organisation.entity.UnitKind.COMPANY;
import static org.cocrea.organisation.entity.UnitKind.DEPARTMENT;
import static org.cocrea.organisation.entity.UnitKind.DIVISION;
import static org.cocrea.organisation.entity.UnitKind.TEAM;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitTreeTest {

    // Acme (1) -> Sales (2) -> North (4), South (5); Acme -> R&D (3) -> Lab team (6)
    private final UnitTree tree = new UnitTree(List.of(
            new UnitTree.Node(5, 2L, "S", "South", TEAM),
            new UnitTree.Node(1, null, "ACME", "Acme", COMPANY),
            new UnitTree.Node(3, 1L, "RD", "R&D", DIVISION),
            new UnitTree.Node(2, 1L, "SALES", "Sales", DIVISION),
            new UnitTree.Node(4, 2L, "N", "North", TEAM),
            new UnitTree.Node(6, 3L, "LAB", "Lab team", TEAM)));

    @Test
    void ordersEachUnitAfterItsParentWithSiblingsByName() {
        assertThat(tree.ordered())
                .extracting(p -> p.node().code() + "@" + p.depth())
                .containsExactly("ACME@0", "RD@1", "LAB@2", "SALES@1", "N@2", "S@2");
    }

    @Test
    void rollsHeadCountsUpTheTree() {
        Map<Long, Long> total = tree.rolledUp(Map.of(1L, 2L, 4L, 3L, 5L, 4L, 6L, 1L));

        assertThat(total)
                .containsEntry(4L, 3L)
                .containsEntry(2L, 7L)
                .containsEntry(3L, 1L)
                .containsEntry(1L, 10L);
    }

    @Test
    void refusesCyclesAndUnknownParents() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitTree(List.of(
                        new UnitTree.Node(1, 2L, "A", "A", DIVISION), new UnitTree.Node(2, 1L, "B", "B", DIVISION))))
                .withMessageContaining("cycle");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new UnitTree(List.of(new UnitTree.Node(1, 9L, "A", "A", TEAM))))
                .withMessageContaining("unknown parent");
    }

    @Test
    void aUnitCannotMoveUnderItselfOrItsOwnUnits() {
        assertThat(tree.whyNotUnder(2L, DIVISION, 4L)).contains("under itself");
        assertThat(tree.whyNotUnder(2L, DIVISION, 2L)).contains("under itself");
        assertThat(tree.whyNotUnder(2L, DIVISION, 1L)).isNull();
    }

    @Test
    void kindsGoDownTheTree() {
        assertThat(tree.whyNotUnder(null, DIVISION, 4L)).contains("division cannot be placed under a team");
        assertThat(tree.whyNotUnder(null, TEAM, null)).contains("Only a company");
        assertThat(tree.whyNotUnder(null, COMPANY, null)).isNull();
        assertThat(tree.whyNotUnder(null, DEPARTMENT, 2L)).isNull();
        // Sales has teams: it cannot become a team itself
        assertThat(tree.whyNotUnder(2L, TEAM, 1L)).contains("North");
    }

    @Test
    void theSubtreeHoldsTheUnitAndEverythingBelow() {
        assertThat(tree.subtree(2L)).containsExactlyInAnyOrder(2L, 4L, 5L);
        assertThat(tree.subtree(6L)).containsExactly(6L);
    }
}
