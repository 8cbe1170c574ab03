package org.cocrea.climate.boundary;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import org.cocrea.climate.control.InstrumentDefinition;

/**
 * What the respondent page shows for a personal link: the round, the instrument and any answers
 * saved earlier. Nothing about other people.
 *
 * @param draft answers saved earlier, by item key
 */
public record RespondentView(
        String roundName,
        LocalDate closesOn,
        State state,
        int threshold,
        InstrumentDefinition instrument,
        Map<String, Integer> draft,
        String draftComment,
        int section)
        implements Serializable {

    /** Whether the link can be used to answer today. */
    public enum State {
        OPEN,
        NOT_YET_OPEN,
        CLOSED,
        ANSWERED
    }
}
