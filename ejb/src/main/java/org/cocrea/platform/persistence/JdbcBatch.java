package org.cocrea.platform.persistence;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Sends the rows of a prepared statement to the database in batches of {@value #SIZE}. */
public final class JdbcBatch {

    /** Rows a batch holds. */
    public static final int SIZE = 1000;

    /** Sets one row's parameters on the statement. */
    @FunctionalInterface
    public interface Binder<T> {
        void bind(T row) throws SQLException;
    }

    private JdbcBatch() {}

    /**
     * Binds every row, adds it to the batch and executes the batch every {@value #SIZE} rows and at
     * the end.
     *
     * @return how many rows were sent
     */
    public static <T> int run(PreparedStatement st, Iterable<T> rows, Binder<T> binder) throws SQLException {
        int pending = 0;
        int sent = 0;
        for (T row : rows) {
            binder.bind(row);
            st.addBatch();
            sent++;
            if (++pending == SIZE) {
                st.executeBatch();
                pending = 0;
            }
        }
        if (pending > 0) {
            st.executeBatch();
        }
        return sent;
    }
}
