package org.cocrea.engagement.control;

import java.util.Optional;

/** Who a stakeholder is to the firm. */
public enum StakeholderKind {
    CUSTOMER,
    PARTNER,
    SUPPLIER,
    EMPLOYEE;

    /** The kind for a code such as {@code customer} or {@code Customer}; empty when unknown. */
    public static Optional<StakeholderKind> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = Codes.normalise(code);
        for (StakeholderKind k : values()) {
            if (Codes.code(k).equals(c)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /** "customer, partner, supplier, employee". */
    public static String codes() {
        return Codes.list(values());
    }
}
