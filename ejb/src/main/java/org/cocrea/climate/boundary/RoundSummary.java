package org.cocrea.climate.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.cocrea.climate.entity.RoundStatus;

/** A round as lists and the wizard show it. */
public record RoundSummary(
        long id,
        String name,
        long instrumentId,
        String instrumentName,
        int instrumentVersion,
        RoundStatus status,
        LocalDate opensOn,
        LocalDate closesOn,
        int reminderDays,
        int maxReminders,
        int threshold,
        int commentThreshold,
        List<Long> unitIds,
        long invited,
        long answered,
        int version)
        implements Serializable {

    /** Share of invited people who answered, 0..1; 0 when nobody was invited. */
    public double responseRate() {
        return invited == 0 ? 0 : (double) answered / invited;
    }

    /** Whether answers are being accepted today. */
    public boolean isOpenOn(LocalDate day) {
        return status == RoundStatus.OPEN && !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }
}
