package org.cocrea.climate.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * What HR chooses for a round.
 *
 * @param unitIds the units surveyed; each includes its whole subtree
 * @param reminderDays days between reminders to those who have not answered; 0 for none
 * @param threshold the smallest group whose results are shown (at least 3)
 * @param commentThreshold the smallest group whose comments are shown (at least the threshold)
 */
public record RoundInput(
        @NotBlank(message = "Give the round a name.") @Size(max = 200, message = "Use at most 200 characters.")
        String name,

        @NotNull(message = "Choose an instrument.") Long instrumentId,

        @NotNull(message = "Choose the day the round opens.")
        LocalDate opensOn,

        @NotNull(message = "Choose the day the round closes.")
        LocalDate closesOn,

        @Min(value = 0, message = "Use 0 (no reminders) or more days.")
        @Max(value = 60, message = "Remind at least every 60 days.")
        int reminderDays,

        @Min(value = 0, message = "Use 0 or more reminders.") @Max(value = 10, message = "Send at most 10 reminders.")
        int maxReminders,

        @Min(value = 3, message = "Groups under 3 cannot be protected: use 3 or more.")
        @Max(value = 50, message = "Use at most 50.")
        int threshold,

        @Min(value = 3, message = "Use 3 or more.") @Max(value = 100, message = "Use at most 100.")
        int commentThreshold,

        @NotEmpty(message = "Choose at least one unit.") List<Long> unitIds)
        implements Serializable {}
