package org.cocrea.organisation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
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

/** One unit of the organisation tree. */
@Entity
@Table(name = "org_unit")
@NamedQuery(name = OrgUnit.ALL, query = "select u from OrgUnit u left join fetch u.parent order by u.name")
@NamedQuery(name = OrgUnit.BY_CODE, query = "select u from OrgUnit u where u.code = :code")
@NamedQuery(name = OrgUnit.CHILD_COUNT, query = "select count(u) from OrgUnit u where u.parent = :unit")
public class OrgUnit {

    public static final String ALL = "OrgUnit.all";
    public static final String BY_CODE = "OrgUnit.byCode";
    public static final String CHILD_COUNT = "OrgUnit.childCount";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "org_unit_seq")
    @SequenceGenerator(name = "org_unit_seq", sequenceName = "org_unit_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private OrgUnit parent;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitKind kind;

    @Version
    private int version;

    protected OrgUnit() {}

    public OrgUnit(String code, String name, UnitKind kind, OrgUnit parent) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.parent = parent;
    }

    public Long getId() {
        return id;
    }

    public OrgUnit getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public UnitKind getKind() {
        return kind;
    }

    public int getVersion() {
        return version;
    }

    public void rename(String code, String name, UnitKind kind) {
        this.code = code;
        this.name = name;
        this.kind = kind;
    }

    public void moveUnder(OrgUnit newParent) {
        this.parent = newParent;
    }
}
