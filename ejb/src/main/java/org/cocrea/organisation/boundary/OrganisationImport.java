package org.cocrea.organisation.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.audit.boundary.AuditTrail;
import org.cocrea.organisation.control.CsvRows;
import org.cocrea.organisation.control.ImportReport;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.cocrea.organisation.control.UnitTree;
import org.cocrea.organisation.entity.Employee;
import org.cocrea.organisation.entity.OrgUnit;
import org.cocrea.organisation.entity.UnitKind;
import org.cocrea.platform.security.Roles;

/**
 * Bulk import of units and employees from CSV. Every row is checked first and every problem is
 * reported with its line; only a file without problems is written, in one transaction. Rows are
 * matched by unit code / employee external id, so importing the same file twice changes nothing.
 */
@Stateless
@RolesAllowed({Roles.HR_ANALYST, Roles.ADMIN})
public class OrganisationImport {

    static final List<String> UNIT_COLUMNS = List.of("code", "name", "kind");
    static final List<String> EMPLOYEE_COLUMNS = List.of("external_id", "email", "display_name", "unit_code");
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @PersistenceContext
    EntityManager em;

    @EJB
    AuditTrail audit;

    private record UnitRow(long line, String code, String name, UnitKind kind, String parentCode) {}

    public ImportReport units(String csv, boolean commit) {
        List<RowError> errors = new ArrayList<>();
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(csv, UNIT_COLUMNS);
        } catch (IllegalArgumentException e) {
            return new ImportReport(0, 0, 0, 0, List.of(new RowError(1, "file", e.getMessage())), false);
        }
        Map<String, OrgUnit> existing = new HashMap<>();
        em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList().forEach(u -> existing.put(u.getCode(), u));

        List<UnitRow> parsed = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvRows.Row r : rows) {
            String code = r.get("code");
            String name = r.get("name");
            String kindText = r.get("kind");
            String parentCode = r.get("parent_code");
            int before = errors.size();
            if (code == null || !CODE.matcher(code).matches()) {
                errors.add(new RowError(r.line(), "code", "Give a code of up to 40 letters, digits, '.', '_' or '-'."));
            } else if (!seen.add(code)) {
                errors.add(new RowError(r.line(), "code", "The code " + code + " appears more than once in the file."));
            }
            if (name == null || name.length() > 200) {
                errors.add(new RowError(r.line(), "name", "Give a name of up to 200 characters."));
            }
            UnitKind kind = null;
            try {
                kind = kindText == null ? null : UnitKind.valueOf(kindText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                // reported below
            }
            if (kind == null) {
                errors.add(new RowError(r.line(), "kind", "Kind must be one of company, division, department, team."));
            }
            if (errors.size() == before) {
                parsed.add(new UnitRow(r.line(), code, name, kind, parentCode));
            }
        }
        Map<String, UnitRow> fileByCode = new HashMap<>();
        parsed.forEach(u -> fileByCode.put(u.code(), u));
        for (UnitRow u : parsed) {
            if (u.parentCode() != null
                    && !fileByCode.containsKey(u.parentCode())
                    && !existing.containsKey(u.parentCode())) {
                errors.add(new RowError(
                        u.line(), "parent_code", "There is no unit " + u.parentCode() + " in the file or in Cocrea."));
            }
        }
        if (!errors.isEmpty()) {
            return new ImportReport(rows.size(), 0, 0, 0, errors, false);
        }

        // the tree as it would be after the import: check kinds and cycles on it
        Map<String, Long> ids = new HashMap<>();
        long nextTemporaryId = -1;
        for (OrgUnit u : existing.values()) {
            ids.put(u.getCode(), u.getId());
        }
        for (UnitRow u : parsed) {
            ids.putIfAbsent(u.code(), nextTemporaryId--);
        }
        Map<String, UnitTree.Node> after = new HashMap<>();
        for (OrgUnit u : existing.values()) {
            String parent = u.getParent() == null ? null : u.getParent().getCode();
            after.put(
                    u.getCode(),
                    new UnitTree.Node(
                            u.getId(), parent == null ? null : ids.get(parent), u.getCode(), u.getName(), u.getKind()));
        }
        for (UnitRow u : parsed) {
            after.put(
                    u.code(),
                    new UnitTree.Node(
                            ids.get(u.code()),
                            u.parentCode() == null ? null : ids.get(u.parentCode()),
                            u.code(),
                            u.name(),
                            u.kind()));
        }
        UnitTree tree;
        try {
            tree = new UnitTree(List.copyOf(after.values()));
        } catch (IllegalArgumentException e) {
            return new ImportReport(
                    rows.size(),
                    0,
                    0,
                    0,
                    List.of(new RowError(1, "parent_code", "The parent codes form a cycle: " + e.getMessage())),
                    false);
        }
        for (UnitRow u : parsed) {
            UnitTree.Node n = after.get(u.code());
            UnitTree.Node parent = n.parentId() == null ? null : tree.get(n.parentId());
            if (parent == null && u.kind() != UnitKind.COMPANY) {
                errors.add(
                        new RowError(u.line(), "parent_code", "Only a company can be at the top; give a parent_code."));
            } else if (parent != null && !u.kind().mayBeUnder(parent.kind())) {
                errors.add(new RowError(
                        u.line(),
                        "kind",
                        "A " + u.kind().name().toLowerCase(Locale.ROOT) + " cannot be placed under the "
                                + parent.kind().name().toLowerCase(Locale.ROOT) + " " + parent.code() + "."));
            }
            for (UnitTree.Node child : tree.childrenOf(n.id())) {
                if (!child.kind().mayBeUnder(u.kind())) {
                    errors.add(new RowError(
                            u.line(),
                            "kind",
                            "Its unit " + child.code() + " ("
                                    + child.kind().name().toLowerCase(Locale.ROOT) + ") cannot sit under a "
                                    + u.kind().name().toLowerCase(Locale.ROOT) + "."));
                }
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (UnitRow u : parsed) {
            OrgUnit current = existing.get(u.code());
            if (current == null) {
                created++;
            } else if (sameAs(current, u)) {
                unchanged++;
            } else {
                updated++;
            }
        }
        if (!errors.isEmpty() || !commit) {
            return new ImportReport(rows.size(), created, updated, unchanged, errors, false);
        }

        // write parents before children
        Map<String, OrgUnit> units = new HashMap<>(existing);
        for (UnitTree.Placed p : tree.ordered()) {
            UnitRow u = fileByCode.get(p.node().code());
            if (u == null) {
                continue;
            }
            OrgUnit parent = u.parentCode() == null ? null : units.get(u.parentCode());
            OrgUnit current = units.get(u.code());
            if (current == null) {
                current = new OrgUnit(u.code(), u.name(), u.kind(), parent);
                em.persist(current);
                units.put(u.code(), current);
            } else if (!sameAs(current, u)) {
                current.rename(u.code(), u.name(), u.kind());
                current.moveUnder(parent);
            }
        }
        em.flush();
        audit.record(
                "org.units.imported",
                "OrgUnit",
                null,
                created + " created, " + updated + " updated, " + unchanged + " unchanged");
        return new ImportReport(rows.size(), created, updated, unchanged, List.of(), true);
    }

    private static boolean sameAs(OrgUnit current, UnitRow u) {
        String parent = current.getParent() == null ? null : current.getParent().getCode();
        return current.getName().equals(u.name())
                && current.getKind() == u.kind()
                && java.util.Objects.equals(parent, u.parentCode());
    }

    public ImportReport employees(String csv, boolean commit) {
        List<RowError> errors = new ArrayList<>();
        List<CsvRows.Row> rows;
        try {
            rows = CsvRows.parse(csv, EMPLOYEE_COLUMNS);
        } catch (IllegalArgumentException e) {
            return new ImportReport(0, 0, 0, 0, List.of(new RowError(1, "file", e.getMessage())), false);
        }
        Map<String, OrgUnit> unitsByCode = new HashMap<>();
        em.createNamedQuery(OrgUnit.ALL, OrgUnit.class).getResultList().forEach(u -> unitsByCode.put(u.getCode(), u));
        Map<String, Employee> byExternalId = new HashMap<>();
        Map<String, Employee> byEmail = new HashMap<>();
        Map<String, Employee> byUsername = new HashMap<>();
        em.createQuery("select e from Employee e", Employee.class)
                .getResultList()
                .forEach(e -> {
                    byExternalId.put(e.getExternalId(), e);
                    byEmail.put(e.getEmail().toLowerCase(Locale.ROOT), e);
                    if (e.getUsername() != null) {
                        byUsername.put(e.getUsername(), e);
                    }
                });
        Set<String> ids = new HashSet<>();
        Set<String> emails = new HashSet<>();
        Set<String> usernames = new HashSet<>();
        record EmployeeRow(
                String externalId, String email, String name, String username, OrgUnit unit, boolean active) {}
        List<EmployeeRow> valid = new ArrayList<>();
        for (CsvRows.Row r : rows) {
            int before = errors.size();
            String externalId = r.get("external_id");
            String email = r.get("email");
            String name = r.get("display_name");
            String username = r.get("username");
            String unitCode = r.get("unit_code");
            String activeText = r.get("active");
            if (externalId == null || externalId.length() > 80) {
                errors.add(new RowError(
                        r.line(), "external_id", "Give the employee's id from your HR system (up to 80 characters)."));
            } else if (!ids.add(externalId)) {
                errors.add(new RowError(
                        r.line(), "external_id", "The id " + externalId + " appears more than once in the file."));
            }
            if (email == null || email.length() > 320 || !EMAIL.matcher(email).matches()) {
                errors.add(new RowError(r.line(), "email", "Give a valid e-mail address."));
            } else if (!emails.add(email.toLowerCase(Locale.ROOT))) {
                errors.add(new RowError(
                        r.line(), "email", "The address " + email + " appears more than once in the file."));
            } else {
                Employee other = byEmail.get(email.toLowerCase(Locale.ROOT));
                if (other != null && !other.getExternalId().equals(externalId)) {
                    errors.add(new RowError(
                            r.line(),
                            "email",
                            "The address " + email + " belongs to another employee (" + other.getExternalId() + ")."));
                }
            }
            if (name == null || name.length() > 200) {
                errors.add(new RowError(r.line(), "display_name", "Give a name of up to 200 characters."));
            }
            if (username != null) {
                if (!usernames.add(username)) {
                    errors.add(new RowError(
                            r.line(),
                            "username",
                            "The user name " + username + " appears more than once in the file."));
                } else {
                    Employee other = byUsername.get(username);
                    if (other != null && !other.getExternalId().equals(externalId)) {
                        errors.add(new RowError(
                                r.line(),
                                "username",
                                "The user name " + username + " belongs to another employee (" + other.getExternalId()
                                        + ")."));
                    }
                }
            }
            OrgUnit unit = unitCode == null ? null : unitsByCode.get(unitCode);
            if (unit == null) {
                errors.add(new RowError(
                        r.line(),
                        "unit_code",
                        unitCode == null
                                ? "Give the code of the employee's unit."
                                : "There is no unit " + unitCode + "."));
            }
            Boolean active = activeText == null ? Boolean.TRUE : parseBoolean(activeText);
            if (active == null) {
                errors.add(new RowError(r.line(), "active", "Active must be yes/no, true/false or 1/0."));
            }
            if (errors.size() == before) {
                valid.add(new EmployeeRow(externalId, email, name, username, unit, active));
            }
        }
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        for (EmployeeRow e : valid) {
            Employee current = byExternalId.get(e.externalId());
            if (current == null) {
                created++;
                if (commit && errors.isEmpty()) {
                    Employee fresh = new Employee(e.externalId(), e.email(), e.name(), e.username(), e.unit());
                    fresh.update(e.email(), e.name(), e.username(), e.unit(), e.active());
                    em.persist(fresh);
                }
            } else if (commit && errors.isEmpty()
                    ? current.update(e.email(), e.name(), e.username(), e.unit(), e.active())
                    : differs(current, e.email(), e.name(), e.username(), e.unit(), e.active())) {
                updated++;
            } else {
                unchanged++;
            }
        }
        boolean written = commit && errors.isEmpty();
        if (written) {
            em.flush();
            audit.record(
                    "org.employees.imported",
                    "Employee",
                    null,
                    created + " created, " + updated + " updated, " + unchanged + " unchanged");
        }
        return new ImportReport(rows.size(), created, updated, unchanged, errors, written);
    }

    private static boolean differs(
            Employee e, String email, String name, String username, OrgUnit unit, boolean active) {
        return !e.getEmail().equals(email)
                || !e.getDisplayName().equals(name)
                || !java.util.Objects.equals(e.getUsername(), username)
                || e.getUnit() != unit
                || e.isActive() != active;
    }

    static Boolean parseBoolean(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "yes", "y", "true", "1" -> Boolean.TRUE;
            case "no", "n", "false", "0" -> Boolean.FALSE;
            default -> null;
        };
    }
}
