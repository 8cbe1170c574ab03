package org.cocrea.climate.boundary;

import java.io.Serializable;
import java.time.Instant;
import org.cocrea.climate.control.InstrumentDefinition;

/** One instrument version with its whole content. */
public record InstrumentDetail(
        long id,
        int version,
        boolean builtIn,
        boolean frozen,
        Instant createdAt,
        String createdBy,
        int lockVersion,
        InstrumentDefinition definition)
        implements Serializable {}
