package org.cocrea.analytics.boundary;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/** Hands a started run to a background thread once the start has committed, so the worker sees it. */
@ApplicationScoped
public class EvidenceRunObserver {

    @EJB
    EvidenceJobs jobs;

    void started(@Observes(during = TransactionPhase.AFTER_SUCCESS) EvidenceRunStarted event) {
        jobs.run(event.runId());
    }
}
