package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.cocrea.system.boundary.SystemStatus;

/** Administration: database and schema facts. */
@Named
@ViewScoped
public class SystemStatusView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SystemStatus status;

    private SystemStatus.Snapshot snapshot;

    @PostConstruct
    void init() {
        snapshot = status.snapshot();
    }

    public SystemStatus.Snapshot getSnapshot() {
        return snapshot;
    }
}
