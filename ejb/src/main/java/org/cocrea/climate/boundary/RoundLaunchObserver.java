package org.cocrea.climate.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Starts sending invitations once a launch has committed, so the mailer sees the invitations. */
@ApplicationScoped
public class RoundLaunchObserver {

    @EJB
    SurveyMailings mailings;

    void launched(@Observes(during = TransactionPhase.AFTER_SUCCESS) RoundLaunched event) {
        mailings.sendPending(event.roundId());
    }
}
