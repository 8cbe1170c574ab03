package org.cocrea.cocreation.control;

/** Who a campaign is open to. */
public enum Audience {
    /** Every employee. */
    EMPLOYEES("All employees"),
    /** The employees of chosen units and their sub-units. */
    UNITS("Selected units"),
    /** Customers registered as stakeholders. */
    CUSTOMERS("Customers"),
    /** The stakeholders of an engagement shortlist only. */
    SHORTLIST("Shortlisted stakeholders"),
    /** Everyone who can sign in: employees and customers. */
    PUBLIC("Everyone");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    /** A short name for lists and badges, e.g. "Selected units". */
    public String label() {
        return label;
    }
}
