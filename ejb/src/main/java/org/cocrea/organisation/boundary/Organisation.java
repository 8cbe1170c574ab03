package org.cocrea.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.organisation.control.ImportReport;
import org.cocrea.organisation.control.UnitTree;
import org.cocrea.organisation.entity.Employee;
import org.cocrea.organisation.entity.OrgUnit;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.security.Roles;

/**
 * The organisation's unit tree and its people. HR analysts and administrators maintain it;
 * innovation managers and executives read it (KPIs and campaigns refer to units).
 */
@Stateless
@RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN})
public class Organisation {

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    @EJB
    OrganisationImport importer;

    /** Every unit in display order, with head counts. */
    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.INNOVATION_MANAGER, Roles.EXECUTIVE})
    public List<UnitView> units() {
        List<OrgUnit> all = em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList();
        UnitTree tree = treeOf(all);
        Map<Long, Long> own = employeeCounts();
        Map<Long, Long> total = tree.rolledUp(own);
        Map<Long, OrgUnit> byId = new HashMap<>();
        all.forEach(u -> byId.put(u.getId(), u));
        List<UnitView> out = new ArrayList<>(all.size());
        for (UnitTree.Placed p : tree.ordered()) {
            UnitTree.Node n = p.node();
            out.add(new UnitView(
                    n.id(),
                    n.parentId(),
                    n.code(),
                    n.name(),
                    n.kind(),
                    p.depth(),
                    own.getOrDefault(n.id(), 0L),
                    total.get(n.id()),
                    byId.get(n.id()).getVersion()));
        }
        return out;
    }

    public UnitView createUnit(@NotNull @Valid UnitInput input) {
        UnitTree tree = treeOf(em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList());
        requireFreeCode(input.code(), null);
        String why = tree.whyNotUnder(null, input.kind(), input.parentId());
        if (why != null) {
            throw BusinessRuleException.invalid("parentId", why);
        }
        OrgUnit parent = input.parentId() == null ? null : em.find(OrgUnit.class, input.parentId());
        OrgUnit unit = new OrgUnit(input.code().strip(), input.name().strip(), input.kind(), parent);
        em.persist(unit);
        em.flush();
        audit.record("org.unit.created", "OrgUnit", String.valueOf(unit.getId()), unit.getCode());
        return find(unit.getId());
    }

    /** Changes a unit; {@code expectedVersion} is the version the editor saw (stale edits are refused). */
    public UnitView updateUnit(long id, @NotNull @Valid UnitInput input, int expectedVersion) {
        OrgUnit unit = existing(id);
        if (unit.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The unit was changed by someone else. Reload it and try again.");
        }
        UnitTree tree = treeOf(em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList());
        requireFreeCode(input.code(), id);
        String why = tree.whyNotUnder(id, input.kind(), input.parentId());
        if (why != null) {
            throw BusinessRuleException.invalid("parentId", why);
        }
        unit.rename(input.code().strip(), input.name().strip(), input.kind());
        unit.moveUnder(input.parentId() == null ? null : em.find(OrgUnit.class, input.parentId()));
        em.flush();
        audit.record("org.unit.updated", "OrgUnit", String.valueOf(id), unit.getCode());
        return find(id);
    }

    public void deleteUnit(long id) {
        OrgUnit unit = existing(id);
        long children = em.createNamedQuery(OrgUnit.CHILD_COUNT, Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
        if (children > 0) {
            throw BusinessRuleException.conflict(
                    "id", "The unit still has " + children + " unit(s) under it. Move or delete them first.");
        }
        long people = em.createNamedQuery(Employee.COUNT_IN_UNIT, Long.class)
                .setParameter("unit", unit)
                .getSingleResult();
        if (people > 0) {
            throw BusinessRuleException.conflict(
                    "id", "The unit still has " + people + " employee(s). Move them to another unit first.");
        }
        em.remove(unit);
        audit.record("org.unit.deleted", "OrgUnit", String.valueOf(id), unit.getCode());
    }

    @RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN, Roles.INNOVATION_MANAGER, Roles.EXECUTIVE})
    public List<EmployeeView> employeesIn(long unitId) {
        existing(unitId);
        return em.createNamedQuery(Employee.IN_UNIT, Employee.class)
                .setParameter("unitId", unitId)
                .getResultStream()
                .map(Organisation::view)
                .toList();
    }

    /** Checks a units CSV (code, name, kind, parent_code) and, with {@code commit}, saves it. */
    public ImportReport importUnits(@NotNull String csv, boolean commit) {
        return importer.units(csv, commit);
    }

    /** Checks an employees CSV (external_id, email, display_name, username, unit_code) and, with {@code commit}, saves it. */
    public ImportReport importEmployees(@NotNull String csv, boolean commit) {
        return importer.employees(csv, commit);
    }

    static EmployeeView view(Employee e) {
        return new EmployeeView(
                e.getId(),
                e.getExternalId(),
                e.getEmail(),
                e.getDisplayName(),
                e.getUsername(),
                e.getUnit().getCode(),
                e.isActive());
    }

    private UnitView find(long id) {
        return units().stream().filter(u -> u.id() == id).findFirst().orElseThrow();
    }

    private OrgUnit existing(long id) {
        OrgUnit unit = em.find(OrgUnit.class, id);
        if (unit == null) {
            throw BusinessRuleException.invalid("id", "There is no unit " + id + ".");
        }
        return unit;
    }

    private void requireFreeCode(String code, Long exceptId) {
        em.createNamedQuery(OrgUnit.BY_CODE, OrgUnit.class)
                .setParameter("code", code.strip())
                .getResultStream()
                .filter(u -> !u.getId().equals(exceptId))
                .findFirst()
                .ifPresent(u -> {
                    throw BusinessRuleException.conflict(
                            "code", "The code " + code + " is already used by " + u.getName() + ".");
                });
    }

    private Map<Long, Long> employeeCounts() {
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery(
                        "select e.unit.id, count(e) from Employee e where e.active = true group by e.unit.id",
                        Object[].class)
                .getResultStream()
                .forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        return counts;
    }

    static UnitTree treeOf(List<OrgUnit> units) {
        return new UnitTree(units.stream()
                .map(u -> new UnitTree.Node(
                        u.getId(),
                        u.getParent() == null ? null : u.getParent().getId(),
                        u.getCode(),
                        u.getName(),
                        u.getKind()))
                .toList());
    }
}
