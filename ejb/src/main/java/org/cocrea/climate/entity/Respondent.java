package org.cocrea.climate.entity;

/** Who answers an instrument. */
public enum Respondent {
    EMPLOYEE,
    CUSTOMER
}
