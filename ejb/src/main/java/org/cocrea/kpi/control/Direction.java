package org.cocrea.kpi.control;

import java.util.Locale;
import java.util.Optional;

/** Whether a KPI improves when its value goes up or when it goes down. */
public enum Direction {
    /** More is better: participation, ideas, conversion, engagement, climate. */
    HIGHER_IS_BETTER,
    /** Less is better: days per stage, time to market, co-destruction incidents. */
    LOWER_IS_BETTER;

    /** The code used in files and the API: {@code higher} or {@code lower}. */
    public String code() {
        return this == HIGHER_IS_BETTER ? "higher" : "lower";
    }

    /** +1 when higher is better, −1 when lower is better. */
    public int sign() {
        return this == HIGHER_IS_BETTER ? 1 : -1;
    }

    /** Whether {@code value} is strictly better than {@code other}. */
    public boolean isBetter(double value, double other) {
        return sign() * (value - other) > 0;
    }

    /**
     * The direction for {@code higher}, {@code lower}, {@code higher_is_better} or {@code
     * lower_is_better} (any case, hyphens or spaces for underscores); empty when unknown.
     */
    public static Optional<Direction> fromCode(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String c = code.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (c) {
            case "higher", "higher_is_better" -> Optional.of(HIGHER_IS_BETTER);
            case "lower", "lower_is_better" -> Optional.of(LOWER_IS_BETTER);
            default -> Optional.empty();
        };
    }
}
