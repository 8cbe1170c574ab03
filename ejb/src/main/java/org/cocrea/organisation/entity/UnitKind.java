package org.cocrea.organisation.entity;

/** The levels of the unit tree, from the top. A unit's kind must be below its parent's. */
public enum UnitKind {
    COMPANY,
    DIVISION,
    DEPARTMENT,
    TEAM;

    /** Whether a unit of this kind may sit directly or indirectly under {@code parent}. */
    public boolean mayBeUnder(UnitKind parent) {
        return ordinal() > parent.ordinal();
    }
}
