package org.cocrea.kpi.control;

import java.util.Locale;

/**
 * Where an idea is in the stage-gate pipeline. The five open stages follow the innovation stages
 * customers take part in (requirement identification → interpretation → development →
 * validation/testing → launch); an idea leaves the pipeline when it is implemented or rejected.
 * A new idea enters {@link #IDENTIFICATION}.
 */
public enum Stage {
    IDENTIFICATION(true),
    INTERPRETATION(true),
    DEVELOPMENT(true),
    VALIDATION(true),
    LAUNCH(true),
    /** Put into practice: launched as a product or service, or in use as a process. */
    IMPLEMENTED(false),
    /** Stopped at a gate. */
    REJECTED(false);

    /** The stage a submitted idea starts in. */
    public static final Stage FIRST = IDENTIFICATION;

    private final boolean open;

    Stage(boolean open) {
        this.open = open;
    }

    /** Whether ideas in this stage are in the pipeline (not implemented or rejected). */
    public boolean open() {
        return open;
    }

    /** The code: {@code identification}, …, {@code rejected}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
