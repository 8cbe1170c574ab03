package org.cocrea.demo;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.cocrea.climate.boundary.SurveyMailings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Loads the demo data once, on the first start of a demo installation. */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoDataStartup {

    private static final Logger LOG = Logger.getLogger(DemoDataStartup.class.getName());

    @Inject
    @ConfigProperty(name = "cocrea.demo-data", defaultValue = "false")
    boolean enabled;

    @EJB
    DemoData demo;

    @EJB
    EngagementDemo engagement;

    @EJB
    EvidenceDemo evidence;

    @EJB
    CocreationDemo cocreation;

    @EJB
    org.cocrea.cocreation.boundary.SearchIndex searchIndex;

    @EJB
    KpiDemo kpis;

    @EJB
    org.cocrea.engagement.boundary.EngagementScoring scoring;

    @Inject
    org.cocrea.climate.boundary.SurveyClock clock;

    @EJB
    SurveyMailings mailings;

    @PostConstruct
    void start() {
        if (!enabled) {
            return;
        }
        try {
            long started = System.nanoTime();
            DemoData.Loaded loaded = demo.loadIfEmpty();
            if (loaded != null) {
                LOG.info("Demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + loaded);
                mailings.sendPending(loaded.openRoundId());
            }
        } catch (RuntimeException e) {
            LOG.severe("Demo data could not be loaded: " + e);
        }
        // the stakeholders come after the organisation: employees among them are linked to its people
        try {
            long started = System.nanoTime();
            EngagementDemo.Loaded loaded = engagement.loadIfEmpty();
            if (loaded != null) {
                LOG.info("Engagement demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                        + loaded);
            }
        } catch (RuntimeException e) {
            LOG.severe("Engagement demo data could not be loaded: " + e);
        }
        // then the link between customers and the units that serve them, for the evidence engine
        try {
            EvidenceDemo.Loaded loaded = evidence.linkIfMissing();
            if (loaded != null) {
                scoring.runAs(clock.today(), "DAILY");
                LOG.info("Evidence demo data loaded: " + loaded);
            }
        } catch (RuntimeException e) {
            LOG.severe("Evidence demo data could not be loaded: " + e);
        }
        // campaigns and ideas come from the people of the registry
        try {
            long started = System.nanoTime();
            CocreationDemo.Loaded loaded = cocreation.loadIfEmpty();
            if (loaded != null) {
                LOG.info("Co-creation demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
                        + loaded);
                searchIndex.checkSoon();
            }
        } catch (RuntimeException e) {
            LOG.severe("Co-creation demo data could not be loaded: " + e);
        }
        // last: two years of entered KPI values and targets; the snapshots of the computed KPIs are
        // built from everything loaded before (engagement scores, incidents, climate rounds, ideas)
        try {
            long started = System.nanoTime();
            KpiDemo.Loaded loaded = kpis.loadIfEmpty();
            if (loaded != null) {
                LOG.info("KPI demo data loaded in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + loaded);
            }
        } catch (RuntimeException e) {
            LOG.severe("KPI demo data could not be loaded: " + e);
        }
    }
}
