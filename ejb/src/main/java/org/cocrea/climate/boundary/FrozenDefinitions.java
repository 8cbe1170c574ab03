package org.cocrea.climate.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.cocrea.climate.control.InstrumentDefinition;
import org.cocrea.climate.entity.Instrument;

/**
 * The content of frozen instrument versions, kept once read: a frozen version never changes (an
 * edit makes a new version), so every instance may keep its own copy without ever being stale.
 * Answer submissions read it for every answer.
 */
@ApplicationScoped
public class FrozenDefinitions {

    private final Map<Long, InstrumentDefinition> frozen = new ConcurrentHashMap<>();

    public InstrumentDefinition of(Instrument instrument) {
        InstrumentDefinition known = frozen.get(instrument.getId());
        if (known != null) {
            return known;
        }
        InstrumentDefinition d = Instruments.detail(instrument).definition();
        if (instrument.isFrozen()) {
            frozen.put(instrument.getId(), d);
        }
        return d;
    }
}
