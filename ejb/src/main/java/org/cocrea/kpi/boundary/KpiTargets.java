package org.cocrea.kpi.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.kpi.control.InvalidFieldException;
import org.cocrea.kpi.control.KpiCatalogue;
import org.cocrea.kpi.control.KpiDefinition;
import org.cocrea.kpi.control.Period;
import org.cocrea.kpi.control.Scope;
import org.cocrea.kpi.control.Targets;
import org.cocrea.kpi.entity.KpiTarget;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.persistence.CocreaDataSource;
import org.cocrea.platform.security.Roles;

/**
 * Targets per KPI, scope and period, set by the innovation office: they may differ from period to
 * period, and be set for the KPI's grain or a longer period ({@link Targets} says which applies).
 * A batch of targets is all-or-nothing.
 */
@Stateless
@RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN})
public class KpiTargets {

    /** A target as sent: every field as text. */
    public record TargetInput(String period, String scope, String target) implements Serializable {}

    /** A stored target. */
    public record TargetView(String kpi, String scope, String period, double target, String setBy, Instant setAt)
            implements Serializable {}

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = CocreaDataSource.JNDI_NAME)
    DataSource dataSource;

    @Resource
    SessionContext context;

    @EJB
    KpiDefinitions definitions;

    @EJB
    AuditTrail audit;

    /** A KPI's targets for a scope, by period. */
    @RolesAllowed({Roles.INNOVATION_MANAGER, Roles.ADMIN, Roles.EXECUTIVE})
    public List<TargetView> list(String kpi, String scope) {
        Scope s = scope(scope, "scope");
        return em
                .createNamedQuery(KpiTarget.OF_KPI_SCOPE, KpiTarget.class)
                .setParameter("key", kpi)
                .setParameter("scope", s.toString())
                .getResultList()
                .stream()
                .map(KpiTargets::view)
                .toList();
    }

    private static TargetView view(KpiTarget t) {
        return new TargetView(
                t.getKpiKey(), t.getScope(), t.period().toString(), t.getTarget(), t.getSetBy(), t.getSetAt());
    }

    /**
     * Sets targets of one KPI, replacing any for the same scope and period; all or nothing.
     *
     * @throws BusinessRuleException listing each target's fields at fault ({@code targets[1].period}
     *     in a batch, the bare field for a single target)
     */
    public List<TargetView> set(String kpi, List<TargetInput> inputs) {
        KpiCatalogue catalogue = definitions.catalogue();
        KpiDefinition d = catalogue
                .current(kpi == null ? "" : kpi)
                .orElseThrow(() -> BusinessRuleException.invalid("kpi", "There is no KPI with the key '" + kpi + "'."));
        if (inputs == null || inputs.isEmpty()) {
            throw BusinessRuleException.invalid("targets", "Send at least one target.");
        }
        if (inputs.size() > 1000) {
            throw BusinessRuleException.invalid("targets", "Send at most 1,000 targets at a time.");
        }
        Predicate<Scope> known;
        try (Connection c = dataSource.getConnection()) {
            known = KpiTables.knownScopes(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        List<BusinessRuleException.FieldProblem> problems = new ArrayList<>();
        List<Object[]> checked = new ArrayList<>();
        boolean single = inputs.size() == 1;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < inputs.size(); i++) {
            String prefix = single ? "" : "targets[" + i + "].";
            TargetInput in = inputs.get(i);
            if (in == null) {
                problems.add(new BusinessRuleException.FieldProblem(
                        prefix.isEmpty() ? "target" : prefix + "target", "The target is empty."));
                continue;
            }
            Period p = null;
            try {
                p = Period.parse(in.period(), "period");
                new Targets(d).set(p, 0);
            } catch (InvalidFieldException e) {
                problems.add(new BusinessRuleException.FieldProblem(prefix + e.field(), e.getMessage()));
                p = null;
            }
            Scope s = null;
            try {
                s = Scope.parse(in.scope(), "scope");
                if (!known.test(s)) {
                    problems.add(new BusinessRuleException.FieldProblem(
                            prefix + "scope", "There is no " + s.kind().code() + " with the code " + s.code() + "."));
                    s = null;
                }
            } catch (InvalidFieldException e) {
                problems.add(new BusinessRuleException.FieldProblem(prefix + e.field(), e.getMessage()));
            }
            Double value = null;
            if (in.target() == null || in.target().isBlank()) {
                problems.add(new BusinessRuleException.FieldProblem(prefix + "target", "Give the target as a number."));
            } else {
                try {
                    value = Double.parseDouble(in.target().strip().replace(',', '.'));
                    if (!Double.isFinite(value)) {
                        throw new NumberFormatException();
                    }
                    String rule = d.values().problem(value);
                    if (rule != null) {
                        problems.add(new BusinessRuleException.FieldProblem(prefix + "target", rule));
                        value = null;
                    }
                } catch (NumberFormatException e) {
                    problems.add(new BusinessRuleException.FieldProblem(
                            prefix + "target",
                            "'" + in.target().strip() + "' is not a number. Write digits, e.g. 40 or 12.5."));
                    value = null;
                }
            }
            if (p != null && s != null && value != null) {
                if (!seen.add(s + "|" + p)) {
                    problems.add(new BusinessRuleException.FieldProblem(
                            prefix + "period", "The batch has two targets for " + p + ", " + s + ". Send one."));
                } else {
                    checked.add(new Object[] {p, s, value});
                }
            }
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid(problems.size() + " problem(s); no target was saved.", problems);
        }
        Instant now = Instant.now();
        String by = caller();
        List<TargetView> out = new ArrayList<>();
        for (Object[] t : checked) {
            Period p = (Period) t[0];
            Scope s = (Scope) t[1];
            double value = (Double) t[2];
            List<KpiTarget> existing = em.createNamedQuery(KpiTarget.SLOT, KpiTarget.class)
                    .setParameter("key", d.key())
                    .setParameter("scope", s.toString())
                    .setParameter("grain", p.grain())
                    .setParameter("start", p.start())
                    .getResultList();
            KpiTarget target;
            if (existing.isEmpty()) {
                target = new KpiTarget(d.key(), s.toString(), p, value, by, now);
                em.persist(target);
            } else {
                target = existing.get(0);
                target.change(value, by, now);
            }
            out.add(view(target));
        }
        em.flush();
        audit.record("kpi.targets", "kpi", d.key(), checked.size() + " target(s)");
        return out;
    }

    /** Removes the target of a scope and period; nothing when there is none. */
    public boolean remove(String kpi, String scope, String period) {
        Scope s = scope(scope, "scope");
        Period p;
        try {
            p = Period.parse(period, "period");
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
        int n = em.createQuery("delete from KpiTarget t where t.kpiKey = :key and t.scope = :scope and t.grain = :grain"
                        + " and t.periodStart = :start")
                .setParameter("key", kpi)
                .setParameter("scope", s.toString())
                .setParameter("grain", p.grain())
                .setParameter("start", p.start())
                .executeUpdate();
        if (n > 0) {
            audit.record("kpi.target.remove", "kpi", kpi, s + " " + p);
        }
        return n > 0;
    }

    private static Scope scope(String text, String field) {
        try {
            return Scope.parse(text, field);
        } catch (InvalidFieldException e) {
            throw BusinessRuleException.invalid(e.field(), e.getMessage());
        }
    }

    private String caller() {
        try {
            return context.getCallerPrincipal().getName();
        } catch (IllegalStateException e) {
            return "system";
        }
    }
}
