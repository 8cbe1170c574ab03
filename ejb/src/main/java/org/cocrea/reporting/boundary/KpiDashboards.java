package org.cocrea.reporting.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.boundary.KpiTables;
import org.cocrea.kpi.boundary.UnitTree;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.Grain;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiKind;
import org.cocrea.kpi.control.KpiValue;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;
import org.cocrea.kpi.control.Stage;
import org.cocrea.kpi.control.Targets;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;
import org.cocrea.reporting.control.DashboardFilter;
import org.cocrea.reporting.control.DrillRow;
import org.cocrea.reporting.control.Funnel;
import org.cocrea.reporting.control.Heatmap;
import org.cocrea.reporting.control.IdeaRow;
import org.cocrea.reporting.control.KpiDetail;
import org.cocrea.reporting.control.Overview;
import org.cocrea.reporting.control.SeriesPoint;
import org.cocrea.reporting.control.Tile;
import org.cocrea.reporting.control.Tiles;

/**
 * The executive dashboards' data, read from the snapshot and measurement tables in a handful of
 * queries (never from the activity): the overview of a scope, one KPI's time series with its
 * targets and the drill-down below it (organisation → unit → campaign → ideas). Executives,
 * the innovation office and administrators read everything.
 */
@Stateless
@RolesAllowed({Roles.EXECUTIVE, Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class KpiDashboards {

    /** The order of the tiles: the research model's chain, then the outcomes and risk. */
    public static final List<String> ORDER = List.of(
            BuiltInKpis.CUSTOMER_ENGAGEMENT_INDEX,
            BuiltInKpis.PARTICIPATION_RATE,
            BuiltInKpis.CUSTOMER_ASSET_BREADTH,
            BuiltInKpis.IDEAS_PER_100_PARTICIPANTS,
            BuiltInKpis.CUSTOMER_IDEA_SHARE,
            BuiltInKpis.INNOVATION_CLIMATE_INDEX,
            BuiltInKpis.IDEA_CONVERSION_RATE,
            BuiltInKpis.AVERAGE_DAYS_PER_STAGE,
            BuiltInKpis.PIPELINE_BY_STAGE,
            BuiltInKpis.REVENUE_SHARE_NEW_PRODUCTS,
            BuiltInKpis.NEW_PRODUCTS_LAUNCHED,
            BuiltInKpis.TIME_TO_MARKET,
            BuiltInKpis.RD_SPEND,
            BuiltInKpis.AMBIDEXTERITY_BALANCE,
            BuiltInKpis.AMBIDEXTERITY_COMBINED,
            BuiltInKpis.CO_DESTRUCTION_INCIDENTS);

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Inject
    SurveyClock clock;

    /**
     * Reads the filter parameters.
     *
     * @throws BusinessRuleException naming the parameter at fault
     */
    public DashboardFilter filter(String scope, String grain, String from, String to) {
        try {
            return DashboardFilter.parse(scope, grain, from, to, clock.today());
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
    }

    /** The overview of a scope. */
    public Overview overview(DashboardFilter f) {
        try (Connection c = dataSource.getConnection()) {
            return overview(c, f);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    Overview overview(Connection c, DashboardFilter f) throws SQLException {
        KpiCatalogue catalogue = KpiTables.catalogue(c);
        UnitTree units = UnitTree.load(c);
        checkScope(c, f.scope(), units);
        KpiReader reader = new KpiReader(c, catalogue);
        Map<String, Targets> targets = KpiTables.targets(c, catalogue, f.scope());
        List<String> keys = keys(catalogue);
        List<Period> periods = f.periods();
        Map<String, Map<Scope, Map<Period, KpiValue>>> values = reader.values(keys, List.of(f.scope()), periods);
        List<Tile> tiles = new ArrayList<>();
        for (String k : keys) {
            KpiDefinition d = catalogue.at(k, f.to()).orElseThrow();
            Grain g = reader.grainOf(k, f.grain(), f.to());
            if (g == f.grain()) {
                tiles.add(Tiles.tile(d, periods, values.get(k).get(f.scope()), targets.get(k)));
            } else {
                List<Period> own = KpiReader.cover(periods, g);
                tiles.add(Tiles.tile(d, own, reader.values(k, f.scope(), own), targets.get(k)));
            }
        }
        Funnel funnel = funnel(values, f);
        List<SeriesPoint> engagement = Tiles.series(
                periods,
                f.scope().isOrganisation()
                        ? values.get(BuiltInKpis.CUSTOMER_ENGAGEMENT_INDEX).get(f.scope())
                        : reader.values(BuiltInKpis.CUSTOMER_ENGAGEMENT_INDEX, Scope.ORGANISATION, periods),
                KpiTables.targets(c, catalogue, Scope.ORGANISATION).get(BuiltInKpis.CUSTOMER_ENGAGEMENT_INDEX));
        List<DrillRow> below = below(c, f, units, null, null, null);
        Heatmap climate = heatmap(reader, f, units, below);
        return new Overview(
                f,
                label(c, f.scope(), units),
                breadcrumb(c, f.scope(), units, null),
                tiles,
                funnel,
                engagement,
                climate,
                below,
                updatedAt(c));
    }

    /** One KPI for a scope: series, targets, drill-down, ideas at a campaign, versions. */
    public KpiDetail detail(String kpi, DashboardFilter f, String within) {
        try (Connection c = dataSource.getConnection()) {
            return detail(c, kpi, f, within);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    KpiDetail detail(Connection c, String kpi, DashboardFilter f, String within) throws SQLException {
        KpiCatalogue catalogue = KpiTables.catalogue(c);
        if (kpi == null || !catalogue.contains(kpi)) {
            throw BusinessRuleException.invalid("kpi", "There is no KPI with the key '" + kpi + "'.");
        }
        UnitTree units = UnitTree.load(c);
        checkScope(c, f.scope(), units);
        UnitTree.Unit context = within == null || within.isBlank() ? null : units.byCode(within);
        KpiReader reader = new KpiReader(c, catalogue);
        Grain g = reader.grainOf(kpi, f.grain(), f.to());
        List<Period> periods = g == f.grain() ? f.periods() : KpiReader.cover(f.periods(), g);
        Period last = periods.get(periods.size() - 1);
        KpiDefinition d = catalogue.at(kpi, last).orElseThrow();
        Targets targets = KpiTables.targets(c, catalogue, f.scope()).get(kpi);
        Map<Period, KpiValue> values = reader.values(kpi, f.scope(), periods);
        Tile tile = Tiles.tile(d, periods, values, targets);
        List<SeriesPoint> series = Tiles.series(periods, values, targets);
        List<DrillRow> below = below(c, f, units, kpi, reader, last);
        List<IdeaRow> ideas = f.scope().kind() == Scope.Kind.CAMPAIGN
                ? ideas(c, f.scope().code(), context == null ? null : units.subtree(context.id()), f, units)
                : List.of();
        List<String> versions = new ArrayList<>();
        for (var v : catalogue.history(kpi)) {
            KpiDefinition vd = v.definition();
            versions.add("v" + v.number() + (v.validFrom() == null ? "" : " from " + v.validFrom()) + ": "
                    + vd.name() + " · " + vd.unit() + " · " + vd.grain().code() + " · "
                    + vd.aggregation().code()
                    + " · " + vd.direction().code() + " is better");
        }
        return new KpiDetail(
                f,
                label(c, f.scope(), units),
                breadcrumb(c, f.scope(), units, context),
                tile,
                series,
                below,
                ideas,
                versions,
                d.owner(),
                d.aggregation().code());
    }

    /** One KPI's time series with the targets (the REST endpoint per KPI). */
    public List<SeriesPoint> series(String kpi, DashboardFilter f) {
        try (Connection c = dataSource.getConnection()) {
            return series(c, kpi, f);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<SeriesPoint> series(Connection c, String kpi, DashboardFilter f) throws SQLException {
        KpiCatalogue catalogue = KpiTables.catalogue(c);
        if (kpi == null || !catalogue.contains(kpi)) {
            throw BusinessRuleException.invalid("kpi", "There is no KPI with the key '" + kpi + "'.");
        }
        KpiReader reader = new KpiReader(c, catalogue);
        Grain g = reader.grainOf(kpi, f.grain(), f.to());
        List<Period> periods = g == f.grain() ? f.periods() : KpiReader.cover(f.periods(), g);
        return Tiles.series(
                periods,
                reader.values(kpi, f.scope(), periods),
                KpiTables.targets(c, catalogue, f.scope()).get(kpi));
    }

    /** The ideas of a campaign submitted in the range, newest first (at most 500). */
    public List<IdeaRow> ideas(String campaign, String unit, DashboardFilter f) {
        try (Connection c = dataSource.getConnection()) {
            UnitTree units = UnitTree.load(c);
            UnitTree.Unit u = unit == null || unit.isBlank() ? null : units.byCode(unit);
            if (unit != null && !unit.isBlank() && u == null) {
                throw BusinessRuleException.invalid("unit", "There is no unit with the code " + unit + ".");
            }
            return ideas(c, campaign, u == null ? null : units.subtree(u.id()), f, units);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<IdeaRow> ideas(Connection c, String campaign, List<Long> unitIds, DashboardFilter f, UnitTree units)
            throws SQLException {
        ZoneId zone = clock.zone();
        List<IdeaRow> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("select i.id, i.title, ca.title, i.unit_id, s.name, s.phase,"
                + " i.status, i.submitted_at, i.vote_count, i.comment_count, i.score from idea i"
                + " join campaign ca on ca.id = i.campaign_id join campaign_stage s on s.id = i.stage_id"
                + " where ca.code = ? and i.submitted_at >= ? and i.submitted_at < ?"
                + (unitIds == null ? "" : " and i.unit_id = any(?)")
                + " order by i.submitted_at desc, i.id desc limit 500")) {
            st.setString(1, campaign);
            st.setTimestamp(
                    2, Timestamp.from(f.from().start().atStartOfDay(zone).toInstant()));
            st.setTimestamp(
                    3, Timestamp.from(f.to().endExclusive().atStartOfDay(zone).toInstant()));
            if (unitIds != null) {
                st.setArray(4, c.createArrayOf("bigint", unitIds.toArray()));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    long unit = rs.getLong(4);
                    UnitTree.Unit u = rs.wasNull() ? null : units.byId(unit);
                    double score = rs.getDouble(11);
                    boolean noScore = rs.wasNull();
                    String status = rs.getString(7);
                    String phase = "LAUNCHED".equals(status)
                            ? Stage.IMPLEMENTED.code()
                            : "KILLED".equals(status) || "MERGED".equals(status)
                                    ? Stage.REJECTED.code()
                                    : rs.getString(6).toLowerCase(java.util.Locale.ROOT);
                    out.add(new IdeaRow(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            u == null ? null : u.name(),
                            rs.getString(5),
                            phase,
                            status.toLowerCase(java.util.Locale.ROOT),
                            rs.getTimestamp(8).toInstant(),
                            rs.getInt(9),
                            rs.getInt(10),
                            noScore ? null : score));
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------ pieces

    /** The built-in KPIs in the order of {@link #ORDER}, then the organisation's own, by name. */
    static List<String> keys(KpiCatalogue catalogue) {
        List<String> keys = new ArrayList<>();
        for (String k : ORDER) {
            if (catalogue.contains(k)) {
                keys.add(k);
            }
        }
        catalogue.all().stream()
                .filter(d -> !keys.contains(d.key()))
                .sorted(java.util.Comparator.comparing(KpiDefinition::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(d -> keys.add(d.key()));
        return keys;
    }

    private static Funnel funnel(Map<String, Map<Scope, Map<Period, KpiValue>>> values, DashboardFilter f) {
        KpiValue pipeline =
                values.get(BuiltInKpis.PIPELINE_BY_STAGE).get(f.scope()).get(f.to());
        List<Funnel.StageCount> stages = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s.open()) {
                stages.add(new Funnel.StageCount(
                        s.code(), Math.round(pipeline.breakdown().getOrDefault(s.code(), 0.0))));
            }
        }
        long submitted = 0;
        long implemented = 0;
        for (KpiValue v :
                values.get(BuiltInKpis.IDEA_CONVERSION_RATE).get(f.scope()).values()) {
            submitted += Math.round(v.breakdown().getOrDefault("ideas", 0.0));
            implemented += Math.round(v.breakdown().getOrDefault("implemented_ideas", 0.0));
        }
        return new Funnel(f.to().toString(), stages, submitted, implemented);
    }

    private Heatmap heatmap(KpiReader reader, DashboardFilter f, UnitTree units, List<DrillRow> below)
            throws SQLException {
        List<Scope> scopes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        scopes.add(f.scope());
        labels.add("");
        for (DrillRow r : below) {
            if (r.kind().equals("unit")) {
                scopes.add(Scope.parse(r.scope()));
                labels.add(r.label());
            }
        }
        Map<Scope, Map<Period, KpiValue>> v = reader.values(
                        List.of(BuiltInKpis.INNOVATION_CLIMATE_INDEX), scopes, f.periods())
                .get(BuiltInKpis.INNOVATION_CLIMATE_INDEX);
        List<Heatmap.Row> rows = new ArrayList<>();
        for (int i = 0; i < scopes.size(); i++) {
            List<Double> cells = new ArrayList<>();
            for (Period p : f.periods()) {
                cells.add(Tiles.nn(v.get(scopes.get(i)).get(p).value()));
            }
            rows.add(new Heatmap.Row(scopes.get(i).toString(), labels.get(i), cells));
        }
        return new Heatmap(
                BuiltInKpis.INNOVATION_CLIMATE_INDEX,
                f.periods().stream().map(Period::toString).toList(),
                rows);
    }

    /**
     * The units and campaigns right below a scope; with a KPI, each with its value and status in
     * the last period.
     */
    private List<DrillRow> below(
            Connection c, DashboardFilter f, UnitTree units, String kpi, KpiReader reader, Period last)
            throws SQLException {
        List<UnitTree.Unit> childUnits = switch (f.scope().kind()) {
            case ORGANISATION -> units.topLevel();
            case UNIT -> units.children(units.byCode(f.scope().code()).id());
            case CAMPAIGN -> List.of();
        };
        Map<Scope, String[]> rows = new LinkedHashMap<>();
        for (UnitTree.Unit u : childUnits) {
            rows.put(Scope.unit(u.code()), new String[] {
                "unit", u.name(), units.children(u.id()).isEmpty() ? "0" : "1"
            });
        }
        if (f.scope().kind() != Scope.Kind.CAMPAIGN) {
            for (String[] campaign : campaigns(c, f, units)) {
                rows.put(Scope.campaign(campaign[0]), new String[] {"campaign", campaign[1], "0"});
            }
        }
        Map<Scope, Map<Period, KpiValue>> values = Map.of();
        Map<Scope, Targets> targets = new java.util.HashMap<>();
        if (kpi != null && !rows.isEmpty()) {
            values = reader.values(List.of(kpi), rows.keySet(), List.of(last)).getOrDefault(kpi, Map.of());
            targets.putAll(KpiTables.targets(c, KpiTables.catalogue(c), kpi, rows.keySet()));
        }
        List<DrillRow> out = new ArrayList<>();
        for (Map.Entry<Scope, String[]> e : rows.entrySet()) {
            KpiValue v = values.containsKey(e.getKey()) ? values.get(e.getKey()).get(last) : null;
            Targets t = targets.get(e.getKey());
            out.add(new DrillRow(
                    e.getKey().toString(),
                    e.getValue()[0],
                    e.getValue()[1],
                    v == null ? null : Tiles.nn(v.value()),
                    t == null ? null : Tiles.nn(t.targetFor(last).orElse(Double.NaN)),
                    v == null || t == null ? "none" : Tiles.status(last, v, t),
                    "1".equals(e.getValue()[2])));
        }
        return out;
    }

    /** The campaigns of a scope in the range: every campaign for the organisation; for a unit, those it took part in. */
    private List<String[]> campaigns(Connection c, DashboardFilter f, UnitTree units) throws SQLException {
        ZoneId zone = clock.zone();
        List<String[]> out = new ArrayList<>();
        String sql;
        if (f.scope().isOrganisation()) {
            sql = "select ca.code, ca.title from campaign ca where ca.opens_on < ? and ca.closes_on >= ?"
                    + " order by ca.opens_on desc, ca.title limit 60";
        } else {
            sql = "select ca.code, ca.title from campaign ca where ca.opens_on < ? and ca.closes_on >= ? and"
                    + " (exists (select 1 from campaign_unit cu where cu.campaign_id = ca.id and cu.unit_id = any(?))"
                    + " or exists (select 1 from idea i where i.campaign_id = ca.id and i.unit_id = any(?)"
                    + " and i.submitted_at >= ? and i.submitted_at < ?)) order by ca.opens_on desc, ca.title limit 60";
        }
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setDate(1, Date.valueOf(f.to().endExclusive()));
            st.setDate(2, Date.valueOf(f.from().start()));
            if (!f.scope().isOrganisation()) {
                Object[] ids =
                        units.subtree(units.byCode(f.scope().code()).id()).toArray();
                st.setArray(3, c.createArrayOf("bigint", ids));
                st.setArray(4, c.createArrayOf("bigint", ids));
                st.setTimestamp(
                        5, Timestamp.from(f.from().start().atStartOfDay(zone).toInstant()));
                st.setTimestamp(
                        6,
                        Timestamp.from(f.to().endExclusive().atStartOfDay(zone).toInstant()));
            }
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    if (code != null && code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
                        out.add(new String[] {code, rs.getString(2)});
                    }
                }
            }
        }
        return out;
    }

    private void checkScope(Connection c, Scope scope, UnitTree units) throws SQLException {
        if (scope.kind() == Scope.Kind.UNIT && units.byCode(scope.code()) == null) {
            throw BusinessRuleException.invalid("scope", "There is no unit with the code " + scope.code() + ".");
        }
        if (scope.kind() == Scope.Kind.CAMPAIGN
                && KpiTables.campaigns(c, List.of(scope.code())).isEmpty()) {
            throw BusinessRuleException.invalid("scope", "There is no campaign with the code " + scope.code() + ".");
        }
    }

    private static String label(Connection c, Scope scope, UnitTree units) throws SQLException {
        return switch (scope.kind()) {
            case ORGANISATION -> "";
            case UNIT -> units.byCode(scope.code()).name();
            case CAMPAIGN ->
                (String) KpiTables.campaigns(c, List.of(scope.code())).get(scope.code())[1];
        };
    }

    private static List<DrillRow> breadcrumb(Connection c, Scope scope, UnitTree units, UnitTree.Unit context)
            throws SQLException {
        List<DrillRow> out = new ArrayList<>();
        out.add(new DrillRow(Scope.ORGANISATION.toString(), "organisation", "", null, null, "none", true));
        String unitCode = scope.kind() == Scope.Kind.UNIT ? scope.code() : context == null ? null : context.code();
        if (unitCode != null) {
            for (UnitTree.Unit u : units.path(unitCode)) {
                if (units.topLevel().stream().noneMatch(t -> t.id() == u.id()) && u.parentId() == null) {
                    continue; // the company itself stands for the organisation
                }
                out.add(new DrillRow(Scope.unit(u.code()).toString(), "unit", u.name(), null, null, "none", true));
            }
        }
        if (scope.kind() == Scope.Kind.CAMPAIGN) {
            out.add(new DrillRow(scope.toString(), "campaign", label(c, scope, units), null, null, "none", false));
        }
        return out;
    }

    private static Instant updatedAt(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("select last_run_at from kpi_state where id = 1");
                ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Timestamp t = rs.getTimestamp(1);
            return t == null ? null : t.toInstant();
        }
    }

    /** The file formats of the exports. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }

        /** {@code pdf} or {@code xlsx} (any case). */
        public static Format of(String code) {
            if (code != null) {
                for (Format f : values()) {
                    if (f.extension.equalsIgnoreCase(code.strip()) || f.name().equalsIgnoreCase(code.strip())) {
                        return f;
                    }
                }
            }
            throw BusinessRuleException.invalid("format", "Export as pdf or xlsx.");
        }
    }

    /**
     * The overview (without a KPI) or a KPI's detail as a file, with the same figures as the screen.
     *
     * @param kpi the KPI for its detail; null for the overview
     */
    public byte[] export(DashboardFilter f, String kpi, String within, Format format) {
        try (Connection c = dataSource.getConnection()) {
            return export(c, f, kpi, within, format);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    byte[] export(Connection c, DashboardFilter f, String kpi, String within, Format format) throws SQLException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            if (kpi == null || kpi.isBlank()) {
                Overview o = overview(c, f);
                if (format == Format.PDF) {
                    new org.cocrea.reporting.report.DashboardPdf().writeOverview(o, clock.zone(), out);
                } else {
                    new org.cocrea.reporting.report.DashboardExcel().writeOverview(o, clock.zone(), out);
                }
            } else {
                KpiDetail d = detail(c, kpi, f, within);
                if (format == Format.PDF) {
                    new org.cocrea.reporting.report.DashboardPdf().writeDetail(d, clock.zone(), out);
                } else {
                    new org.cocrea.reporting.report.DashboardExcel().writeDetail(d, clock.zone(), out);
                }
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The file name of an export, e.g. {@code kpi-overview-organisation-2026-05.pdf}. */
    public static String fileName(DashboardFilter f, String kpi, Format format) {
        String scope = f.scope().toString().replace(':', '-').replaceAll("[^A-Za-z0-9._-]", "_");
        return (kpi == null || kpi.isBlank() ? "kpi-overview" : "kpi-" + kpi) + "-" + scope + "-" + f.to() + "."
                + format.extension();
    }

    /** A scope to choose in a filter: its text, its name, and the depth for indenting units. */
    public record ScopeOption(String value, String label, String kind, int depth) implements java.io.Serializable {}

    /** The scopes to choose from: the organisation, every unit in tree order, the campaigns (latest first). */
    public List<ScopeOption> scopes() {
        try (Connection c = dataSource.getConnection()) {
            UnitTree units = UnitTree.load(c);
            List<ScopeOption> out = new ArrayList<>();
            out.add(new ScopeOption(Scope.ORGANISATION.toString(), "", "organisation", 0));
            java.util.ArrayDeque<Object[]> todo = new java.util.ArrayDeque<>();
            List<UnitTree.Unit> roots = units.all().stream()
                    .filter(u -> u.parentId() == null || units.byId(u.parentId()) == null)
                    .sorted(java.util.Comparator.comparing(UnitTree.Unit::name, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            for (int i = roots.size() - 1; i >= 0; i--) {
                todo.push(new Object[] {roots.get(i), 0});
            }
            while (!todo.isEmpty() && out.size() < 2000) {
                Object[] next = todo.pop();
                UnitTree.Unit u = (UnitTree.Unit) next[0];
                int depth = (Integer) next[1];
                out.add(new ScopeOption(Scope.unit(u.code()).toString(), u.name(), "unit", depth));
                List<UnitTree.Unit> children = units.children(u.id());
                for (int i = children.size() - 1; i >= 0; i--) {
                    todo.push(new Object[] {children.get(i), depth + 1});
                }
            }
            try (PreparedStatement st = c.prepareStatement(
                            "select code, title from campaign order by opens_on desc, title limit 200");
                    ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    if (code != null && code.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,39}")) {
                        out.add(new ScopeOption(Scope.campaign(code).toString(), rs.getString(2), "campaign", 0));
                    }
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether a KPI is computed (for screens that show where a value comes from). */
    public static boolean computed(KpiDefinition d) {
        return d.kind() == KpiKind.COMPUTED;
    }

    /** Today in the organisation's time zone. */
    public LocalDate today() {
        return clock.today();
    }
}
