package org.cocrea.engagement.control;

import java.util.Optional;

/**
 * The three factors of the customer-experience instrument ({@code customer-experience}): what
 * taking part did for the customer in practical terms, how it felt, and what it meant socially.
 */
public enum ExperienceFactor {
    /** Practical value: a better fit to needs, useful features, usable tools. */
    FUNCTIONAL,
    /** How taking part felt: enjoyment, feeling valued, achievement. */
    EMOTIONAL,
    /** Exchange with others, belonging, recognition. */
    SOCIAL;

    /** The factor key in the instrument, e.g. {@code functional}. */
    public String key() {
        return Codes.code(this);
    }

    /** The factor of an item key such as {@code emotional-2}; empty for another instrument's item. */
    public static Optional<ExperienceFactor> ofItem(String itemKey) {
        int dash = itemKey.lastIndexOf('-');
        String factor = dash < 0 ? itemKey : itemKey.substring(0, dash);
        for (ExperienceFactor f : values()) {
            if (f.key().equals(factor)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }
}
