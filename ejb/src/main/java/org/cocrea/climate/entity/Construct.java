package org.cocrea.climate.entity;

/** The research constructs Cocrea's built-in instruments measure; custom instruments may use OTHER. */
public enum Construct {
    INNOVATION_CLIMATE,
    CUSTOMER_ENGAGEMENT,
    VALUE_CO_CREATION,
    INNOVATION_PERFORMANCE,
    CUSTOMER_EXPERIENCE,
    OTHER
}
