package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.control.InstrumentJson;
import org.cocrea.climate.entity.Text;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Loads the built-in instruments (version 1) from {@code climate/instruments/*.json}. A later
 * revision of their content goes in as a new version through a new migration, so answers keep the
 * wording they were given to.
 */
public class V4__Built_in_instruments extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection c = context.getConnection();
        Instant now = Instant.now();
        for (String key : InstrumentJson.BUILT_IN) {
            InstrumentDefinition d = InstrumentJson.builtIn(key);
            List<String> problems = d.problems();
            if (!problems.isEmpty()) {
                throw new IllegalStateException("built-in instrument " + key + " is invalid: " + problems);
            }
            long id = next(c, "instrument_seq");
            try (PreparedStatement ps = c.prepareStatement("insert into instrument (id, instrument_key, version,"
                    + " construct, respondent, scale_points, name_en, name_zh, description_en, description_zh,"
                    + " instructions_en, instructions_zh, basis_en, basis_zh, built_in, frozen, created_at,"
                    + " created_by) values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, false, ?, 'cocrea')")) {
                ps.setLong(1, id);
                ps.setString(2, d.key());
                ps.setString(3, d.construct().name());
                ps.setString(4, d.respondent().name());
                ps.setInt(5, d.scalePoints());
                ps.setString(6, d.name().en());
                ps.setString(7, d.name().zh());
                setText(ps, 8, d.description());
                setText(ps, 10, d.instructions());
                setText(ps, 12, d.basis());
                ps.setTimestamp(14, Timestamp.from(now));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into instrument_anchor (instrument_id, point, label_en, label_zh) values (?, ?, ?, ?)")) {
                for (InstrumentDefinition.AnchorDef a : d.anchors()) {
                    ps.setLong(1, id);
                    ps.setInt(2, a.value());
                    ps.setString(3, a.label().en());
                    ps.setString(4, a.label().zh());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            int fPos = 0;
            for (InstrumentDefinition.FactorDef f : d.factors()) {
                long factorId = next(c, "instrument_factor_seq");
                try (PreparedStatement ps = c.prepareStatement("insert into instrument_factor (id, instrument_id,"
                        + " position, factor_key, factor_group, name_en, name_zh, description_en, description_zh)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    ps.setLong(1, factorId);
                    ps.setLong(2, id);
                    ps.setInt(3, fPos++);
                    ps.setString(4, f.key());
                    ps.setString(5, f.group());
                    ps.setString(6, f.name().en());
                    ps.setString(7, f.name().zh());
                    setText(ps, 8, f.description());
                    ps.executeUpdate();
                }
                int iPos = 0;
                for (InstrumentDefinition.ItemDef item : f.items()) {
                    try (PreparedStatement ps = c.prepareStatement("insert into instrument_item (id, factor_id,"
                            + " position, item_key, text_en, text_zh, reverse_keyed) values (?, ?, ?, ?, ?, ?, ?)")) {
                        ps.setLong(1, next(c, "instrument_item_seq"));
                        ps.setLong(2, factorId);
                        ps.setInt(3, iPos++);
                        ps.setString(4, item.key());
                        ps.setString(5, item.text().en());
                        ps.setString(6, item.text().zh());
                        ps.setBoolean(7, item.reverse());
                        ps.executeUpdate();
                    }
                }
            }
        }
    }

    private static void setText(PreparedStatement ps, int index, Text text) throws SQLException {
        if (text == null) {
            ps.setNull(index, Types.VARCHAR);
            ps.setNull(index + 1, Types.VARCHAR);
        } else {
            ps.setString(index, text.en());
            ps.setString(index + 1, text.zh());
        }
    }

    /** A value from the sequence; Hibernate's pooled ids later start above it. */
    private static long next(Connection c, String sequence) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select nextval('" + sequence + "')")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
