package org.cocrea.climate.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** A round the signed-in employee is invited to, with the personal link to answer it. */
public record MySurvey(String roundName, LocalDate opensOn, LocalDate closesOn, RespondentView.State state, String link)
        implements Serializable {}
