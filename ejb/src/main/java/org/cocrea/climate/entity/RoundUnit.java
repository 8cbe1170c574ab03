package org.cocrea.climate.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A unit of the organisation tree as it was when a round was launched. */
@Embeddable
public class RoundUnit {

    @Column(name = "unit_id", nullable = false)
    private long unitId;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 20)
    private String kind;

    @Column(nullable = false)
    private int invited;

    protected RoundUnit() {}

    public RoundUnit(long unitId, Long parentId, String name, String kind, int invited) {
        this.unitId = unitId;
        this.parentId = parentId;
        this.name = name;
        this.kind = kind;
        this.invited = invited;
    }

    public long getUnitId() {
        return unitId;
    }

    public Long getParentId() {
        return parentId;
    }

    public String getName() {
        return name;
    }

    public String getKind() {
        return kind;
    }

    /** Employees invited whose own unit is this one (not counting sub-units). */
    public int getInvited() {
        return invited;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RoundUnit other && other.unitId == unitId;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(unitId);
    }
}
