package org.cocrea.kpi.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * Writes the built-in KPIs missing from the catalogue when the application starts (a new
 * installation, or a version that adds a KPI). Any instance may do it; a second one finds them there.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class KpiStartup {

    private static final Logger LOG = Logger.getLogger(KpiStartup.class.getName());

    @EJB
    KpiDefinitions definitions;

    @PostConstruct
    void start() {
        try {
            int added = definitions.seedBuiltIns();
            if (added > 0) {
                LOG.info("Built-in KPIs written: " + added);
            }
        } catch (RuntimeException e) {
            LOG.warning("The built-in KPIs could not be written now; they are written when first needed: " + e);
        }
    }
}
