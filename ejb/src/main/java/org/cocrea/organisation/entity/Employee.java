package org.cocrea.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A person in the organisation, in exactly one unit; optionally linked to a Keycloak user name. */
@Entity
@Table(name = "employee")
@NamedQuery(name = Employee.BY_EXTERNAL_ID, query = "select e from Employee e where e.externalId = :externalId")
@NamedQuery(name = Employee.COUNT_IN_UNIT, query = "select count(e) from Employee e where e.unit = :unit")
@NamedQuery(
        name = Employee.IN_UNIT,
        query = "select e from Employee e join fetch e.unit where e.unit.id = :unitId order by e.displayName")
public class Employee {

    public static final String BY_EXTERNAL_ID = "Employee.byExternalId";
    public static final String COUNT_IN_UNIT = "Employee.countInUnit";
    public static final String IN_UNIT = "Employee.inUnit";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "employee_seq")
    @SequenceGenerator(name = "employee_seq", sequenceName = "employee_seq", allocationSize = 50)
    private Long id;

    @Column(name = "external_id", nullable = false, length = 80)
    private String externalId;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(length = 255)
    private String username;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private OrgUnit unit;

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private int version;

    protected Employee() {}

    public Employee(String externalId, String email, String displayName, String username, OrgUnit unit) {
        this.externalId = externalId;
        update(email, displayName, username, unit, true);
    }

    /** Changes what an import or an edit says; returns whether anything changed. */
    public boolean update(String email, String displayName, String username, OrgUnit unit, boolean active) {
        boolean changed = !email.equals(this.email)
                || !displayName.equals(this.displayName)
                || !java.util.Objects.equals(username, this.username)
                || this.unit != unit
                || this.active != active;
        this.email = email;
        this.displayName = displayName;
        this.username = username;
        this.unit = unit;
        this.active = active;
        return changed;
    }

    public Long getId() {
        return id;
    }

    public String getExternalId() {
        return externalId;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getUsername() {
        return username;
    }

    public OrgUnit getUnit() {
        return unit;
    }

    public boolean isActive() {
        return active;
    }

    public int getVersion() {
        return version;
    }
}
