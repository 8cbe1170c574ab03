package org.cocrea.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.kpi.control.Measurement;
import org.cocrea.kpi.control.MeasurementInput;
import org.cocrea.kpi.control.MeasurementReport;
import org.cocrea.kpi.control.MeasurementRows;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;
import org.cocrea.kpi.entity.KpiMeasurement;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Entered KPI values: by form or REST (one or a batch), or a CSV/Excel file. Every value is checked
 * against the definition in force for its period ({@link MeasurementInput}, {@link
 * MeasurementRows}): an unknown or computed KPI, a period of the wrong grain or not begun, an
 * unknown unit or campaign and a value that is not a number or out of range are refused with the
 * field named. A batch or file with any problem writes nothing. Entering a value again corrects it:
 * the earlier value stays in the history.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class KpiMeasurements {

    /** What a file holds or did. */
    public record Report(int rows, int accepted, List<RowError> errors, int errorCount, boolean committed)
            implements Serializable {
        public Report {
            errors = List.copyOf(errors);
        }

        public boolean ok() {
            return errorCount == 0;
        }
    }

    /** An entered value. */
    public record MeasurementView(
            long id,
            String kpi,
            String scope,
            String period,
            double value,
            int definitionVersion,
            String source,
            String enteredBy,
            Instant enteredAt,
            Instant supersededAt)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    @EJB
    KpiDefinitions definitions;

    @EJB
    AuditTrail audit;

    /**
     * Enters values, all or nothing.
     *
     * @param source {@code FORM} or {@code API}
     * @throws BusinessRuleException listing every problem: the bare field ({@code value}) for a single
     *     value, {@code measurements[2].value} in a batch
     */
    public List<MeasurementView> enter(List<MeasurementInput> inputs, String source) {
        KpiCatalogue catalogue = definitions.catalogue();
        MeasurementInput.Checked checked = MeasurementInput.checkBatch(inputs, catalogue, knownScopes(), clock.today());
        if (!checked.ok()) {
            boolean single = inputs != null && inputs.size() == 1;
            List<BusinessRuleException.FieldProblem> problems = checked.problems().stream()
                    .map(p -> new BusinessRuleException.FieldProblem(
                            single || p.field().equals("measurements")
                                    ? p.field()
                                    : "measurements[" + p.index() + "]." + p.field(),
                            p.message()))
                    .toList();
            throw BusinessRuleException.invalid(
                    problems.size() == 1
                            ? problems.get(0).message()
                            : problems.size() + " problems; no value was saved.",
                    problems);
        }
        List<MeasurementView> out = write(checked.measurements(), source(source));
        audit.record("kpi.measurements", "kpi_measurement", null, out.size() + " value(s) by " + source(source));
        return out;
    }

    /** Checks a CSV or Excel file of values and says what importing it would do; writes nothing. */
    public Report preview(String fileName, byte[] content) {
        MeasurementReport r = read(fileName, content);
        return new Report(r.rows(), r.validRows(), r.errors(), r.errorCount(), false);
    }

    /** Imports a CSV or Excel file of values, all or nothing. */
    public Report importFile(String fileName, byte[] content) {
        MeasurementReport r = read(fileName, content);
        if (!r.ok()) {
            return new Report(r.rows(), r.validRows(), r.errors(), r.errorCount(), false);
        }
        write(r.measurements(), "IMPORT");
        audit.record(
                "kpi.import",
                "kpi_measurement",
                null,
                (fileName == null ? "upload" : fileName) + ": "
                        + r.measurements().size() + " value(s)");
        return new Report(r.rows(), r.measurements().size(), List.of(), 0, true);
    }

    private MeasurementReport read(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return new MeasurementReport(0, 0, List.of(), List.of(new RowError(1, "file", "The file is empty.")), 1);
        }
        KpiCatalogue catalogue = definitions.catalogue();
        boolean xlsx = (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                || (content.length > 1 && content[0] == 'P' && content[1] == 'K');
        return xlsx
                ? MeasurementRows.fromXlsx(new ByteArrayInputStream(content), catalogue, knownScopes(), clock.today())
                : MeasurementRows.fromCsv(
                        new String(content, StandardCharsets.UTF_8), catalogue, knownScopes(), clock.today());
    }

    private List<MeasurementView> write(List<Measurement> measurements, String source) {
        Instant now = Instant.now();
        String by = caller();
        List<MeasurementView> out = new ArrayList<>();
        for (Measurement m : measurements) {
            List<KpiMeasurement> current = em.createNamedQuery(KpiMeasurement.CURRENT_IN_SLOT, KpiMeasurement.class)
                    .setParameter("key", m.kpi())
                    .setParameter("scope", m.scope().toString())
                    .setParameter("grain", m.period().grain())
                    .setParameter("start", m.period().start())
                    .getResultList();
            if (!current.isEmpty()
                    && current.get(0).getValue() == m.value()
                    && current.get(0).getDefinitionVersion() == m.definitionVersion()) {
                out.add(view(current.get(0)));
                continue;
            }
            current.forEach(c -> c.supersede(now));
            // the superseded row must leave the partial unique index before the new one arrives
            em.flush();
            KpiMeasurement row = new KpiMeasurement(m, source, by, now);
            em.persist(row);
            out.add(view(row));
        }
        em.flush();
        return out;
    }

    /** The latest values entered, newest first. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public List<MeasurementView> recent(int limit) {
        return em
                .createNamedQuery(KpiMeasurement.RECENT, KpiMeasurement.class)
                .setMaxResults(Math.max(1, Math.min(limit, 500)))
                .getResultList()
                .stream()
                .map(KpiMeasurements::view)
                .toList();
    }

    /** Every value entered for a KPI, scope and period, oldest first (corrections included). */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public List<MeasurementView> history(String kpi, String scope, String period) {
        Scope s;
        Period p;
        try {
            s = Scope.parse(scope, "scope");
            p = Period.parse(period, "period");
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        return em
                .createNamedQuery(KpiMeasurement.HISTORY, KpiMeasurement.class)
                .setParameter("key", kpi)
                .setParameter("scope", s.toString())
                .setParameter("grain", p.grain())
                .setParameter("start", p.start())
                .getResultList()
                .stream()
                .map(KpiMeasurements::view)
                .toList();
    }

    static MeasurementView view(KpiMeasurement m) {
        return new MeasurementView(
                m.getId() == null ? 0 : m.getId(),
                m.getKpiKey(),
                m.getScope(),
                m.period().toString(),
                m.getValue(),
                m.getDefinitionVersion(),
                m.getSource(),
                m.getEnteredBy(),
                m.getEnteredAt(),
                m.getSupersededAt());
    }

    private Predicate<Scope> knownScopes() {
        try (Connection c = dataSource.getConnection()) {
            return KpiTables.knownScopes(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String source(String s) {
        return s == null
                ? "API"
                : switch (s.toUpperCase(Locale.ROOT)) {
                    case "FORM" -> "FORM";
                    case "DEMO" -> "DEMO";
                    case "IMPORT" -> "IMPORT";
                    default -> "API";
                };
    }

    private String caller() {
        try {
            return context.getCallerPrincipal().getName();
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}
