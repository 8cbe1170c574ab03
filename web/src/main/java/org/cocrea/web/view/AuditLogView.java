package org.cocrea.web.view;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.cocrea.audit.boundary.AuditRecord;
import org.cocrea.audit.boundary.AuditTrail;

/** Administration: the most recent audited actions. */
@Named
@ViewScoped
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int LIMIT = 500;

    @Inject
    AuditTrail audit;

    private List<AuditRecord> entries;

    @PostConstruct
    void init() {
        entries = audit.recent(LIMIT);
    }

    public List<AuditRecord> getEntries() {
        return entries;
    }
}
