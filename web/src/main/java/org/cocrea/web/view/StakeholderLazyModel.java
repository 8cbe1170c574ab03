package org.cocrea.web.view;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cocrea.engagement.boundary.Page;
import org.cocrea.engagement.boundary.StakeholderFilter;
import org.cocrea.engagement.boundary.StakeholderRow;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The stakeholder list's rows, one page at a time from the registry: the filter comes from the
 * page's filter panel, the sort from the clicked column header (mapped to {@link
 * StakeholderFilter.Sort}). The table asks for the count and then for the rows; the first page
 * answers both with one call, since {@code Stakeholders.page} returns the rows with the total.
 */
public class StakeholderLazyModel extends LazyDataModel<StakeholderRow> {

    private static final long serialVersionUID = 1L;

    /** Where the rows come from: {@code Stakeholders.page}. */
    @FunctionalInterface
    public interface Source extends Serializable {
        Page<StakeholderRow> page(
                StakeholderFilter filter, StakeholderFilter.Sort sort, boolean ascending, int first, int size);
    }

    /** The default page size, also used to prefetch the first page when the table asks for the count. */
    static final int PAGE_SIZE = 25;

    private final Source source;
    private StakeholderFilter filter = StakeholderFilter.none();
    private StakeholderFilter.Sort sort = StakeholderFilter.Sort.NAME;
    private boolean ascending = true;
    private long total;

    /** The first page fetched while counting, reused by the following {@link #load}. */
    private transient Page<StakeholderRow> prefetched;

    private transient Object prefetchKey;

    public StakeholderLazyModel(Source source) {
        this.source = source;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        int size = getPageSize() > 0 ? getPageSize() : PAGE_SIZE;
        Page<StakeholderRow> p = source.page(filter, sort, ascending, 0, size);
        prefetched = p;
        prefetchKey = key(0, size);
        total = p.total();
        return (int) Math.min(Integer.MAX_VALUE, p.total());
    }

    @Override
    public List<StakeholderRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        applySort(sortBy);
        Page<StakeholderRow> p;
        if (prefetched != null && key(first, pageSize).equals(prefetchKey)) {
            p = prefetched;
        } else {
            p = source.page(filter, sort, ascending, first, pageSize);
            total = p.total();
            setRowCount((int) Math.min(Integer.MAX_VALUE, p.total()));
        }
        prefetched = null;
        prefetchKey = null;
        return p.rows();
    }

    /**
     * Takes the sort of the clicked column; the table sorts by one column at a time. A sort the
     * registry does not know keeps the current one.
     */
    void applySort(Map<String, SortMeta> sortBy) {
        if (sortBy == null || sortBy.isEmpty()) {
            return;
        }
        for (SortMeta m : sortBy.values()) {
            if (m.getOrder() == null || m.getOrder() == SortOrder.UNSORTED) {
                continue;
            }
            StakeholderFilter.Sort s = sortOf(m.getField(), m.getColumnKey());
            if (s != null) {
                boolean asc = m.getOrder() == SortOrder.ASCENDING;
                if (s != sort || asc != ascending) {
                    // the prefetched page was read in the old order
                    prefetched = null;
                    prefetchKey = null;
                }
                sort = s;
                ascending = asc;
                return;
            }
        }
    }

    /**
     * The registry's sort for a column: by its field (the property its sortBy reads, e.g.
     * {@code displayName}) or by the last part of its column key (the column's id, e.g. {@code
     * innovation}); null when neither names a sortable column.
     */
    static StakeholderFilter.Sort sortOf(String field, String columnKey) {
        StakeholderFilter.Sort s = sortOf(field);
        if (s == null && columnKey != null) {
            String id = columnKey;
            int colon = id.lastIndexOf(':');
            if (colon >= 0) {
                id = id.substring(colon + 1);
            }
            s = sortOf(id);
        }
        return s;
    }

    static StakeholderFilter.Sort sortOf(String key) {
        if (key == null || key.isBlank()) {
            return null;
        }
        String k = key.strip().replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
        if (k.startsWith("col")) {
            k = k.substring(3);
        }
        return switch (k) {
            case "name", "displayname" -> StakeholderFilter.Sort.NAME;
            case "externalid", "id" -> StakeholderFilter.Sort.EXTERNAL_ID;
            case "kind" -> StakeholderFilter.Sort.KIND;
            case "segment" -> StakeholderFilter.Sort.SEGMENT;
            case "region" -> StakeholderFilter.Sort.REGION;
            case "engagement" -> StakeholderFilter.Sort.ENGAGEMENT;
            case "innovation" -> StakeholderFilter.Sort.INNOVATION;
            case "communication" -> StakeholderFilter.Sort.COMMUNICATION;
            case "recommendation" -> StakeholderFilter.Sort.RECOMMENDATION;
            case "learning" -> StakeholderFilter.Sort.LEARNING;
            case "knowledge" -> StakeholderFilter.Sort.KNOWLEDGE;
            case "risk" -> StakeholderFilter.Sort.RISK;
            default -> null;
        };
    }

    private Object key(int first, int size) {
        return List.of(filter, sort, ascending, first, size);
    }

    @Override
    public String getRowKey(StakeholderRow row) {
        return Long.toString(row.id());
    }

    @Override
    public StakeholderRow getRowData(String rowKey) {
        List<StakeholderRow> rows = getWrappedData();
        if (rows == null || rowKey == null) {
            return null;
        }
        for (StakeholderRow r : rows) {
            if (Long.toString(r.id()).equals(rowKey)) {
                return r;
            }
        }
        return null;
    }

    public StakeholderFilter getFilter() {
        return filter;
    }

    /** A new filter; the next request starts again from the first page. */
    public void setFilter(StakeholderFilter filter) {
        this.filter = filter == null ? StakeholderFilter.none() : filter;
        this.prefetched = null;
        this.prefetchKey = null;
    }

    public StakeholderFilter.Sort getSort() {
        return sort;
    }

    public boolean isAscending() {
        return ascending;
    }

    /** All stakeholders matching the filter, as the last count or load found them. */
    public long getTotal() {
        return total;
    }
}
