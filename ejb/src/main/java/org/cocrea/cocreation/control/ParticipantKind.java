package org.cocrea.cocreation.control;

/** Who a participant is: a customer, an employee or staff of the innovation office. */
public enum ParticipantKind {
    CUSTOMER("Customer"),
    EMPLOYEE("Employee"),
    /** The innovation office: runs campaigns and takes gate decisions. */
    STAFF("Innovation office");

    private final String label;

    ParticipantKind(String label) {
        this.label = label;
    }

    /** The name shown to people. */
    public String label() {
        return label;
    }
}
