package org.cocrea.analytics.control;

import java.io.Serializable;
import java.util.List;

/**
 * Output of {@link MeasurementQuality#assess}: per-construct reliability and convergent validity,
 * and per-pair discriminant validity (Fornell–Larcker and HTMT).
 *
 * @param constructs one per factor, in model order
 * @param fornellLarcker one per pair of factors (f1 before f2 in model order)
 * @param htmt one per pair of factors, same order
 * @param warnings inadmissible CFA solution, undefined HTMT; empty if none
 */
public record MeasurementQualityReport(
        List<Construct> constructs, List<FornellLarckerPair> fornellLarcker, List<HtmtPair> htmt, List<String> warnings)
        implements Serializable {

    public MeasurementQualityReport {
        constructs = List.copyOf(constructs);
        fornellLarcker = List.copyOf(fornellLarcker);
        htmt = List.copyOf(htmt);
        warnings = List.copyOf(warnings);
    }

    /**
     * Reliability and convergent validity of one construct.
     *
     * @param alpha Cronbach's α of the items
     * @param compositeReliability CR from standardised loadings (= ω of the standardised items)
     * @param averageVarianceExtracted AVE = mean squared standardised loading
     * @param sqrtAverageVarianceExtracted √AVE, the Fornell–Larcker diagonal
     * @param omega McDonald's ω of the raw item sum from the unstandardised CFA solution
     */
    public record Construct(
            String factor,
            List<String> indicators,
            double alpha,
            double compositeReliability,
            double averageVarianceExtracted,
            double sqrtAverageVarianceExtracted,
            double omega)
            implements Serializable {

        public Construct {
            indicators = List.copyOf(indicators);
        }
    }

    /**
     * Fornell–Larcker check of one pair.
     *
     * @param correlation CFA factor correlation
     * @param passed √AVE of both factors exceeds |correlation|
     */
    public record FornellLarckerPair(
            String factor1, String factor2, double correlation, double sqrtAve1, double sqrtAve2, boolean passed)
            implements Serializable {}

    /**
     * Heterotrait–monotrait ratio of one pair.
     *
     * @param htmt the ratio (NaN if undefined)
     * @param below085 HTMT < 0.85 (conservative threshold)
     * @param below090 HTMT < 0.90 (liberal threshold)
     */
    public record HtmtPair(String factor1, String factor2, double htmt, boolean below085, boolean below090)
            implements Serializable {}

    /** The construct of a factor. */
    public Construct construct(String factor) {
        return constructs.stream()
                .filter(c -> c.factor().equals(factor))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown factor '" + factor + "'"));
    }

    /** The HTMT of a pair, in either order. */
    public double htmt(String f1, String f2) {
        return htmt.stream()
                .filter(h -> (h.factor1().equals(f1) && h.factor2().equals(f2))
                        || (h.factor1().equals(f2) && h.factor2().equals(f1)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no factor pair '" + f1 + "', '" + f2 + "'"))
                .htmt();
    }

    /** The Fornell–Larcker result of a pair, in either order. */
    public FornellLarckerPair fornellLarcker(String f1, String f2) {
        return fornellLarcker.stream()
                .filter(h -> (h.factor1().equals(f1) && h.factor2().equals(f2))
                        || (h.factor1().equals(f2) && h.factor2().equals(f1)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no factor pair '" + f1 + "', '" + f2 + "'"));
    }

    /** True when every pair passes Fornell–Larcker and has HTMT below 0.85. */
    public boolean discriminantValidity() {
        return fornellLarcker.stream().allMatch(FornellLarckerPair::passed)
                && htmt.stream().allMatch(HtmtPair::below085);
    }
}
