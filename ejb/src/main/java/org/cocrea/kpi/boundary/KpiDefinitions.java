package org.cocrea.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.climate.boundary.SurveyClock;
import org.cocrea.kpi.control.BuiltInKpis;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.KpiKind;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.RagThresholds;
import org.cocrea.kpi.entity.Kpi;
import org.cocrea.kpi.entity.KpiDefinitionVersion;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * The KPI definitions: the innovation office defines entered KPIs and changes any definition; a
 * change is a new version that applies from a period on, so earlier periods keep the definition
 * they were measured with ({@link KpiCatalogue}). Executives read them.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class KpiDefinitions {

    /** One version of a definition. */
    public record VersionView(
            int number, LocalDate validFrom, KpiDefinition definition, Instant createdAt, String createdBy)
            implements Serializable {}

    /** A KPI with its versions, newest last, and its thresholds. */
    public record KpiView(KpiDefinition current, boolean builtIn, RagThresholds thresholds, List<VersionView> versions)
            implements Serializable {

        public String key() {
            return current.key();
        }

        public boolean computed() {
            return current.kind() == KpiKind.COMPUTED;
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @Inject
    SurveyClock clock;

    @EJB
    AuditTrail audit;

    /** Writes the built-in KPIs that are missing (at start-up). */
    @PermitAll
    public int seedBuiltIns() {
        try (Connection c = dataSource.getConnection()) {
            return KpiTables.seedBuiltIns(c);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the built-in KPIs: " + e.getMessage(), e);
        }
    }

    /** Every KPI, computed first, then by name. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public List<KpiView> all() {
        List<KpiDefinitionVersion> rows = em.createNamedQuery(KpiDefinitionVersion.ALL, KpiDefinitionVersion.class)
                .getResultList();
        Map<String, Kpi> kpis = new java.util.HashMap<>();
        em.createQuery("select k from Kpi k", Kpi.class).getResultList().forEach(k -> kpis.put(k.getKey(), k));
        Map<String, List<KpiDefinitionVersion>> byKey = new java.util.TreeMap<>();
        rows.forEach(r ->
                byKey.computeIfAbsent(r.getKpiKey(), k -> new ArrayList<>()).add(r));
        List<KpiView> out = new ArrayList<>();
        byKey.forEach((key, versions) -> out.add(view(kpis.get(key), versions)));
        for (KpiDefinition d : BuiltInKpis.definitions()) {
            if (!byKey.containsKey(d.key())) {
                out.add(new KpiView(
                        d, true, RagThresholds.DEFAULT, List.of(new VersionView(1, null, d, null, "system"))));
            }
        }
        out.sort(Comparator.comparing((KpiView v) -> v.current().kind() == KpiKind.COMPUTED ? 0 : 1)
                .thenComparing(v -> v.current().name(), String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** One KPI with its versions. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public KpiView get(String key) {
        List<KpiDefinitionVersion> versions = em.createNamedQuery(
                        KpiDefinitionVersion.OF_KPI, KpiDefinitionVersion.class)
                .setParameter("key", key)
                .getResultList();
        if (versions.isEmpty()) {
            return BuiltInKpis.definitions().stream()
                    .filter(d -> d.key().equals(key))
                    .findFirst()
                    .map(d -> new KpiView(
                            d, true, RagThresholds.DEFAULT, List.of(new VersionView(1, null, d, null, "system"))))
                    .orElseThrow(
                            () -> BusinessRuleException.invalid("kpi", "There is no KPI with the key '" + key + "'."));
        }
        return view(em.find(Kpi.class, key), versions);
    }

    private static KpiView view(Kpi kpi, List<KpiDefinitionVersion> versions) {
        List<VersionView> out = versions.stream()
                .map(v -> new VersionView(
                        v.getVersionNo(), v.getValidFrom(), v.toDefinition(), v.getCreatedAt(), v.getCreatedBy()))
                .toList();
        return new KpiView(
                out.get(out.size() - 1).definition(),
                kpi != null && kpi.isBuiltIn(),
                kpi == null ? RagThresholds.DEFAULT : kpi.thresholds(),
                out);
    }

    /** The catalogue with every version, as the checks of entered values need it. */
    @jakarta.annotation.security.PermitAll
    public KpiCatalogue catalogue() {
        seedIfEmpty();
        try (Connection c = dataSource.getConnection()) {
            return KpiTables.catalogue(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void seedIfEmpty() {
        Long n = em.createQuery("select count(k) from Kpi k", Long.class).getSingleResult();
        if (n < BuiltInKpis.definitions().size()) {
            seedBuiltIns();
        }
    }

    /**
     * Defines a new entered KPI.
     *
     * @throws BusinessRuleException naming each field at fault, or {@code key} when it is taken
     */
    public KpiView define(DefinitionInput input) {
        if (input == null) {
            throw BusinessRuleException.invalid("body", "Send the KPI's definition.");
        }
        KpiDefinition d = input.toNewDefinition();
        seedIfEmpty();
        if (em.find(Kpi.class, d.key()) != null) {
            throw BusinessRuleException.conflict(
                    "key",
                    "There is already a KPI with the key " + d.key() + ". Choose another key, or change that KPI.");
        }
        Instant now = Instant.now();
        em.persist(new Kpi(d.key(), false, now, caller()));
        em.persist(new KpiDefinitionVersion(d, 1, null, now, caller()));
        em.flush();
        audit.record("kpi.define", "kpi", d.key(), d.name());
        return get(d.key());
    }

    /**
     * Changes a definition from a period on: a new version; earlier periods keep theirs.
     *
     * @param from the first period the change applies to, e.g. {@code 2026-Q3}
     * @throws BusinessRuleException naming the field at fault ({@code from}, {@code grain}, …)
     */
    public KpiView change(String key, DefinitionInput input, String from) {
        if (input == null) {
            throw BusinessRuleException.invalid("body", "Send the changed fields.");
        }
        seedIfEmpty();
        Kpi kpi = em.find(Kpi.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (kpi == null) {
            throw BusinessRuleException.invalid("kpi", "There is no KPI with the key '" + key + "'.");
        }
        Period period;
        try {
            period = Period.parse(from, "from");
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        List<KpiDefinitionVersion> versions = em.createNamedQuery(
                        KpiDefinitionVersion.OF_KPI, KpiDefinitionVersion.class)
                .setParameter("key", key)
                .getResultList();
        KpiCatalogue catalogue = new KpiCatalogue();
        for (KpiDefinitionVersion v : versions) {
            if (v.getValidFrom() == null) {
                catalogue.add(v.toDefinition());
            } else {
                catalogue.change(
                        v.toDefinition(),
                        Period.month(
                                v.getValidFrom().getYear(), v.getValidFrom().getMonthValue()));
            }
        }
        KpiDefinition changed = input.applyTo(catalogue.current(key).orElseThrow());
        KpiCatalogue.Version before = versions.isEmpty()
                ? null
                : catalogue.history(key).get(catalogue.history(key).size() - 1);
        KpiCatalogue.Version v;
        try {
            v = catalogue.change(changed, period);
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        if (before != null && v.number() == before.number()) {
            return get(key);
        }
        em.persist(new KpiDefinitionVersion(changed, v.number(), v.validFrom(), Instant.now(), caller()));
        em.flush();
        audit.record("kpi.change", "kpi", key, "version " + v.number() + " from " + period);
        return get(key);
    }

    /**
     * Sets when a KPI is green and amber: the shortfall against target still counted green and
     * amber, as shares of the target (0 and 0.1 by default).
     *
     * @throws BusinessRuleException naming {@code greenTolerance} or {@code amberTolerance}
     */
    public KpiView thresholds(String key, Double greenTolerance, Double amberTolerance) {
        seedIfEmpty();
        Kpi kpi = em.find(Kpi.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (kpi == null) {
            throw BusinessRuleException.invalid("kpi", "There is no KPI with the key '" + key + "'.");
        }
        if (greenTolerance == null) {
            throw BusinessRuleException.invalid("greenTolerance", "Give the green tolerance, e.g. 0.");
        }
        if (amberTolerance == null) {
            throw BusinessRuleException.invalid("amberTolerance", "Give the amber tolerance, e.g. 0.1 for 10 %.");
        }
        try {
            kpi.setThresholds(new RagThresholds(greenTolerance, amberTolerance));
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        em.flush();
        audit.record("kpi.thresholds", "kpi", key, greenTolerance + " / " + amberTolerance);
        return get(key);
    }

    private String caller() {
        try {
            return context.getCallerPrincipal().getName();
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}
