package org.cocrea.web.view;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.Page;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A list read one page at a time in a fixed order (a stakeholder's activity timeline, newest
 * first). The first page answers the table's count and its rows with one call.
 */
public class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** Where the pages come from. */
    @FunctionalInterface
    public interface Source<T> extends Serializable {
        Page<T> page(int first, int size);
    }

    private final Source<T> source;
    private final int defaultSize;
    private transient Page<T> prefetched;
    private transient int prefetchedSize;

    public PagedModel(Source<T> source, int defaultSize) {
        this.source = source;
        this.defaultSize = defaultSize;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        int size = getPageSize() > 0 ? getPageSize() : defaultSize;
        prefetched = source.page(0, size);
        prefetchedSize = size;
        return (int) Math.min(Integer.MAX_VALUE, prefetched.total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        Page<T> p = prefetched != null && first == 0 && pageSize == prefetchedSize
                ? prefetched
                : source.page(first, pageSize);
        prefetched = null;
        setRowCount((int) Math.min(Integer.MAX_VALUE, p.total()));
        return p.rows();
    }

    @Override
    public String getRowKey(T row) {
        return Integer.toString(System.identityHashCode(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        if (rows == null) {
            return null;
        }
        for (T r : rows) {
            if (getRowKey(r).equals(rowKey)) {
                return r;
            }
        }
        return null;
    }
}
