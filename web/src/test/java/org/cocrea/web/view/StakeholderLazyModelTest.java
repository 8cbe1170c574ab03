package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.Page;
import org.cocrea.engagement.boundary.StakeholderFilter;
import org.cocrea.engagement.boundary.StakeholderFilter.Sort;
import org.cocrea.engagement.boundary.StakeholderRow;
import org.junit.jupiter.api.Test;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class StakeholderLazyModelTest {

    /** A registry of 60 rows that records every call. */
    static final class Registry implements StakeholderLazyModel.Source {
        final List<String> calls = new ArrayList<>();

        @Override
        public Page<StakeholderRow> page(StakeholderFilter filter, Sort sort, boolean ascending, int first, int size) {
            calls.add(sort + (ascending ? " asc " : " desc ") + first + "+" + size + " " + filter.text());
            List<StakeholderRow> rows = new ArrayList<>();
            for (int i = first; i < Math.min(60, first + size); i++) {
                rows.add(row(i));
            }
            return new Page<>(rows, 60);
        }
    }

    static StakeholderRow row(long id) {
        return new StakeholderRow(
                id,
                "E-" + id,
                "customer",
                "Name " + id,
                null,
                null,
                null,
                null,
                List.of(),
                true,
                true,
                50,
                List.of(1.0, 2.0, 3.0, 4.0, 5.0),
                0,
                null,
                false);
    }

    @Test
    void theFirstPageAnswersTheCountAndTheRowsWithOneCall() {
        Registry registry = new Registry();
        StakeholderLazyModel model = new StakeholderLazyModel(registry);
        model.setPageSize(25);

        int count = model.count(Map.of());
        List<StakeholderRow> rows = model.load(0, 25, Map.of(), Map.of());

        assertThat(count).isEqualTo(60);
        assertThat(rows).hasSize(25);
        assertThat(registry.calls).containsExactly("NAME asc 0+25 null");
        assertThat(model.getTotal()).isEqualTo(60);
    }

    @Test
    void laterPagesAskTheRegistryForThatPage() {
        Registry registry = new Registry();
        StakeholderLazyModel model = new StakeholderLazyModel(registry);
        model.setPageSize(25);

        model.count(Map.of());
        List<StakeholderRow> rows = model.load(50, 25, Map.of(), Map.of());

        assertThat(rows)
                .extracting(StakeholderRow::id)
                .containsExactly(50L, 51L, 52L, 53L, 54L, 55L, 56L, 57L, 58L, 59L);
        assertThat(registry.calls).containsExactly("NAME asc 0+25 null", "NAME asc 50+25 null");
        model.setWrappedData(rows); // as the table does with what load returns
        assertThat(model.getRowData("52").displayName()).isEqualTo("Name 52");
        assertThat(model.getRowKey(rows.get(0))).isEqualTo("50");
    }

    @Test
    void aClickedColumnSortsTheRegistryAndTheFirstPageIsReadAgainInThatOrder() {
        Registry registry = new Registry();
        StakeholderLazyModel model = new StakeholderLazyModel(registry);
        model.setPageSize(25);
        SortMeta byEngagement = SortMeta.builder()
                .field("engagement")
                .order(SortOrder.DESCENDING)
                .build();

        model.count(Map.of());
        model.load(0, 25, Map.of("engagement", byEngagement), Map.of());

        assertThat(model.getSort()).isEqualTo(Sort.ENGAGEMENT);
        assertThat(model.isAscending()).isFalse();
        assertThat(registry.calls).containsExactly("NAME asc 0+25 null", "ENGAGEMENT desc 0+25 null");
    }

    @Test
    void aNewFilterIsUsedForTheNextCount() {
        Registry registry = new Registry();
        StakeholderLazyModel model = new StakeholderLazyModel(registry);
        model.setFilter(new StakeholderFilter("E-7", null, null, null, null, null));

        model.count(Map.of());

        assertThat(registry.calls).containsExactly("NAME asc 0+" + StakeholderLazyModel.PAGE_SIZE + " E-7");
    }

    @Test
    void columnsMapToTheRegistrysSortsByFieldOrColumnId() {
        assertThat(StakeholderLazyModel.sortOf("displayName", null)).isEqualTo(Sort.NAME);
        assertThat(StakeholderLazyModel.sortOf("kind", "listForm:stakeholders:kind"))
                .isEqualTo(Sort.KIND);
        assertThat(StakeholderLazyModel.sortOf("abilities", "listForm:stakeholders:knowledge"))
                .isEqualTo(Sort.KNOWLEDGE);
        assertThat(StakeholderLazyModel.sortOf(null, "listForm:stakeholders:innovation"))
                .isEqualTo(Sort.INNOVATION);
        assertThat(StakeholderLazyModel.sortOf("external_id", null)).isEqualTo(Sort.EXTERNAL_ID);
        assertThat(StakeholderLazyModel.sortOf("RISK", null)).isEqualTo(Sort.RISK);
        assertThat(StakeholderLazyModel.sortOf("organisation", "listForm:stakeholders:j_idt42"))
                .isNull();
        for (Sort s : Sort.values()) {
            assertThat(StakeholderLazyModel.sortOf(s.name())).as(s.name()).isEqualTo(s);
        }
    }

    @Test
    void anUnknownColumnKeepsTheCurrentSort() {
        Registry registry = new Registry();
        StakeholderLazyModel model = new StakeholderLazyModel(registry);
        model.applySort(Map.of(
                "x",
                SortMeta.builder()
                        .field("organisation")
                        .order(SortOrder.DESCENDING)
                        .build()));
        assertThat(model.getSort()).isEqualTo(Sort.NAME);
        assertThat(model.isAscending()).isTrue();
    }
}
