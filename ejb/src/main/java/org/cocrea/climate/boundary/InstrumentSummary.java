package org.cocrea.climate.boundary;

import java.io.Serializable;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.Text;

/** One instrument version in the library list. */
public record InstrumentSummary(
        long id,
        String key,
        int version,
        Text name,
        Construct construct,
        Respondent respondent,
        int scalePoints,
        int factors,
        int items,
        boolean builtIn,
        boolean frozen,
        boolean latest)
        implements Serializable {}
