package org.cocrea.analytics.evidence;

import java.nio.file.Path;
import java.util.List;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.BootstrapPercentileRule;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.DataTable;

/**
 * The shipped example ({@code docs/examples}) through the Java API: the same mapping and analyses
 * as {@code model.json}, with fewer resamples to keep tests fast.
 */
public final class ExampleStudy {

    public static final Path DATA = Path.of("..", "docs", "examples", "data.csv");
    public static final int RESAMPLES = 500;

    private ExampleStudy() {}

    public static DataTable data() {
        return DataTable.read(DATA, "data.csv");
    }

    public static ColumnMapping mapping() {
        return new ColumnMapping(
                List.of(
                        Construct.of("engagement", 7, "CE1", "CE2", "CE3").withReverse("CE3"),
                        Construct.of("cocreation", 7, "VC1", "VC2", "VC3"),
                        Construct.of("climate", 5, "IC1", "IC2", "IC3", "IC4"),
                        Construct.of("performance", 5, "IP1", "IP2", "IP3")),
                "firm",
                List.of("tenure", "size"),
                ColumnMapping.MissingRule.LISTWISE);
    }

    public static Analysis.ProcessSettings settings(int resamples) {
        return new Analysis.ProcessSettings(
                resamples,
                20_261_122L,
                0.95,
                BootstrapCiMethod.PERCENTILE,
                BootstrapPercentileRule.PROCESS,
                ProcessConditioning.PERCENTILES,
                null);
    }

    public static Analysis.Model7 model7(int resamples) {
        return new Analysis.Model7(
                "engagement", "climate", "cocreation", "performance", List.of(), true, settings(resamples));
    }

    /** Every analysis of the example. */
    public static List<Analysis> analyses() {
        return List.of(
                new Analysis.Reliability(List.of("engagement", "cocreation", "climate", "performance")),
                new Analysis.Agreement(List.of("climate")),
                new Analysis.Cfa(
                        List.of("engagement", "cocreation", "climate", "performance"),
                        CfaChiSquareConvention.NORMAL,
                        List.of(List.of("cocreation", "engagement"))),
                Analysis.Regression.steps(
                        "performance", List.of("tenure", "size"), "engagement", "cocreation", "climate"),
                new Analysis.Model4("engagement", "cocreation", "performance", List.of("tenure"), settings(RESAMPLES)),
                model7(RESAMPLES));
    }

    public static EvidenceResult run() {
        return EvidenceAnalysis.of(mapping(), analyses()).run(data());
    }
}
