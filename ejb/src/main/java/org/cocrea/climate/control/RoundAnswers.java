package org.cocrea.climate.control;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the results of a survey round are computed from: the instrument, the units taking
 * part and the anonymous answer sheets.
 *
 * @param roundName the round's display name, e.g. "Innovation climate 2026"
 * @param date the date the results refer to, usually the day the round closed
 * @param instrument the questionnaire; 5 or 7 scale points
 * @param units every unit of the round once, parents before or after their children; the order of
 *     siblings in this list is the order the results list them in
 * @param sheets the completed questionnaires
 */
public record RoundAnswers(
        String roundName,
        LocalDate date,
        InstrumentDefinition instrument,
        List<RoundUnit> units,
        List<AnswerSheet> sheets)
        implements Serializable {

    /** @throws IllegalArgumentException if a component or an element of a list is null */
    public RoundAnswers {
        Inputs.notNull(roundName, "roundName");
        Inputs.notNull(date, "date");
        Inputs.notNull(instrument, "instrument");
        Inputs.notNull(units, "units");
        Inputs.notNull(sheets, "sheets");
        for (int i = 0; i < units.size(); i++) {
            if (units.get(i) == null) {
                throw new IllegalArgumentException("unit " + (i + 1) + " of the list is null");
            }
        }
        for (int i = 0; i < sheets.size(); i++) {
            if (sheets.get(i) == null) {
                throw new IllegalArgumentException("answer sheet " + (i + 1) + " is null");
            }
        }
        units = List.copyOf(units);
        sheets = List.copyOf(sheets);
    }
}
