package org.cocrea.analytics.evidence;

import java.util.concurrent.CancellationException;

/** An evidence run stopped because its {@link CancellationToken} was cancelled; nothing is returned. */
public class EvidenceCancelledException extends CancellationException {

    private static final long serialVersionUID = 1L;

    private final String stage;

    public EvidenceCancelledException(String stage) {
        super("the analysis was cancelled during: " + stage);
        this.stage = stage;
    }

    /** The stage that was running when the cancellation was noticed. */
    public String stage() {
        return stage;
    }
}
