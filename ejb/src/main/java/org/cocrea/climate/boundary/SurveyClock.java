package org.cocrea.climate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The calendar day rounds open and close by, in the organisation's time zone
 * ({@code cocrea.time-zone}, default the server's). Answers carry this day and nothing finer.
 */
@ApplicationScoped
public class SurveyClock {

    @Inject
    @ConfigProperty(name = "cocrea.time-zone")
    java.util.Optional<String> zone;

    public LocalDate today() {
        return LocalDate.now(zone());
    }

    /** The first instant of a day in the organisation's time zone. */
    public java.time.Instant startOf(LocalDate day) {
        return day.atStartOfDay(zone()).toInstant();
    }

    /** The organisation's time zone: activities and answers fall on days of this zone. */
    public ZoneId zone() {
        return zone.map(ZoneId::of).orElseGet(ZoneId::systemDefault);
    }
}
