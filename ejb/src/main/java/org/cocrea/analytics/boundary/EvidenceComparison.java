package org.cocrea.analytics.boundary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.cocrea.analytics.control.BootstrapEstimate;
import org.cocrea.analytics.control.CfaFitIndices;
import org.cocrea.analytics.control.HierarchicalStep;
import org.cocrea.analytics.control.ProcessConditionalEffect;
import org.cocrea.analytics.control.ProcessModel4Result;
import org.cocrea.analytics.control.ProcessModel7Result;
import org.cocrea.analytics.evidence.EvidenceResult;
import org.cocrea.analytics.evidence.EvidenceResult.ConstructReliability;
import org.cocrea.analytics.evidence.EvidenceResult.Variable;
import org.cocrea.analytics.report.ApaFormat;

/**
 * The key figures of two evidence results side by side: rows analysed, construct means, Cronbach's
 * alphas, CFA fit, the regression's R², Model 4's indirect effect and Model 7's index of moderated
 * mediation and conditional indirect effects, each with its bootstrap interval. Numbers are printed
 * as the report prints them ({@link ApaFormat}); the change is B − A.
 */
public final class EvidenceComparison {

    private EvidenceComparison() {}

    /** A figure: the number, how it is printed, and its interval if it has one. */
    record Figure(double value, int decimals, boolean bounded, double lower, double upper) {

        static Figure of(double value, int decimals, boolean bounded) {
            return new Figure(value, decimals, bounded, Double.NaN, Double.NaN);
        }

        static Figure of(BootstrapEstimate e, int decimals) {
            return e == null ? null : new Figure(e.estimate(), decimals, false, e.lower(), e.upper());
        }

        String text() {
            String v = bounded ? ApaFormat.bounded(value, decimals) : ApaFormat.number(value, decimals);
            if (Double.isNaN(lower) || Double.isNaN(upper)) {
                return v;
            }
            return v + " " + ApaFormat.ci(lower, upper, decimals);
        }

        boolean hasInterval() {
            return !Double.isNaN(lower) && !Double.isNaN(upper);
        }

        boolean excludesZero() {
            return lower > 0 || upper < 0;
        }
    }

    private record Key(String section, String figure) {}

    /**
     * The rows comparing two results.
     *
     * @param labels display names of constructs and columns (names without one print as they are)
     */
    public static List<Comparison.Row> rows(EvidenceResult a, EvidenceResult b, Map<String, String> labels) {
        Function<String, String> label = n -> labels.getOrDefault(n, n);
        Map<Key, Figure> fa = figures(a, label);
        Map<Key, Figure> fb = figures(b, label);
        Map<Key, Boolean> keys = new LinkedHashMap<>();
        fa.keySet().forEach(k -> keys.put(k, true));
        fb.keySet().forEach(k -> keys.put(k, true));
        List<Comparison.Row> out = new ArrayList<>();
        for (Key k : keys.keySet()) {
            Figure x = fa.get(k);
            Figure y = fb.get(k);
            String change = "";
            if (x != null && y != null && Double.isFinite(x.value()) && Double.isFinite(y.value())) {
                change = signed(y.value() - x.value(), Math.max(x.decimals(), y.decimals()), x.bounded());
            }
            boolean flipped = x != null
                    && y != null
                    && x.hasInterval()
                    && y.hasInterval()
                    && x.excludesZero() != y.excludesZero();
            out.add(new Comparison.Row(
                    k.section(),
                    k.figure(),
                    x == null ? ApaFormat.DASH : x.text(),
                    y == null ? ApaFormat.DASH : y.text(),
                    change,
                    flipped));
        }
        return out;
    }

    private static Map<Key, Figure> figures(EvidenceResult r, Function<String, String> label) {
        Map<Key, Figure> out = new LinkedHashMap<>();
        String data = "Data";
        out.put(new Key(data, "Rows analysed"), Figure.of(r.data().rowsUsed(), 0, false));
        out.put(
                new Key(data, "Rows left out (missing values)"),
                Figure.of(r.data().rowsDropped(), 0, false));
        if (r.descriptives() != null) {
            for (Variable v : r.descriptives().variables()) {
                out.put(new Key("Means", "M of " + label.apply(v.name())), Figure.of(v.mean(), 2, false));
            }
        }
        if (r.reliability() != null) {
            for (ConstructReliability c : r.reliability().constructs()) {
                if (c.alpha() != null) {
                    out.put(
                            new Key("Reliability", "Cronbach's \u03B1 of " + label.apply(c.construct())),
                            Figure.of(c.alpha().alpha(), 2, true));
                }
            }
        }
        if (r.cfa() != null && r.cfa().result() != null) {
            CfaFitIndices f = r.cfa().result().fit();
            String s = "Confirmatory factor analysis";
            out.put(new Key(s, "\u03C7\u00B2/df"), Figure.of(f.normedChiSquare(), 2, false));
            out.put(new Key(s, "CFI"), Figure.of(f.cfi(), 3, true));
            out.put(new Key(s, "TLI"), Figure.of(f.tli(), 3, true));
            out.put(new Key(s, "RMSEA"), Figure.of(f.rmsea(), 3, true));
            out.put(new Key(s, "SRMR"), Figure.of(f.srmr(), 3, true));
        }
        if (r.regression() != null && r.regression().result() != null) {
            String s = "Hierarchical regression on "
                    + label.apply(r.regression().request().dependent());
            List<HierarchicalStep> steps = r.regression().result().steps();
            for (HierarchicalStep step : steps) {
                out.put(
                        new Key(s, "\u0394R\u00B2 of step \"" + step.label() + "\""),
                        Figure.of(step.deltaRSquared(), 3, true));
            }
            out.put(
                    new Key(s, "R\u00B2 of the full model"),
                    Figure.of(r.regression().result().finalStep().rSquared(), 3, true));
        }
        if (r.model4() != null && r.model4().result() != null) {
            ProcessModel4Result m = r.model4().result();
            String s = "PROCESS Model 4";
            out.put(
                    new Key(s, "Path a (" + label.apply(m.x()) + " \u2192 " + label.apply(m.m()) + ")"),
                    Figure.of(m.a().estimate(), 3, false));
            out.put(
                    new Key(s, "Path b (" + label.apply(m.m()) + " \u2192 " + label.apply(m.y()) + ")"),
                    Figure.of(m.b().estimate(), 3, false));
            out.put(
                    new Key(s, "Direct effect c\u2032"),
                    Figure.of(m.directEffect().estimate(), 3, false));
            out.put(new Key(s, "Indirect effect a\u00B7b"), Figure.of(m.indirectEffect(), 3));
        }
        if (r.model7() != null && r.model7().result() != null) {
            ProcessModel7Result m = r.model7().result();
            String s = "PROCESS Model 7";
            out.put(
                    new Key(s, "Interaction a3 (" + label.apply(m.x()) + " \u00D7 " + label.apply(m.w()) + ")"),
                    Figure.of(m.a3().estimate(), 3, false));
            out.put(
                    new Key(s, "R\u00B2 of the " + label.apply(m.m()) + " model"),
                    Figure.of(m.mediatorModel().rSquared(), 3, true));
            out.put(new Key(s, "Index of moderated mediation"), Figure.of(m.indexOfModeratedMediation(), 3));
            List<ProcessConditionalEffect> effects = m.conditionalEffects();
            for (int i = 0; i < effects.size(); i++) {
                String at = probe(
                        m.conditioning(), i, effects.size(), effects.get(i).wOriginal());
                out.put(
                        new Key(s, "Conditional indirect effect at " + at + " of " + label.apply(m.w())),
                        Figure.of(effects.get(i).indirectEffect(), 3));
            }
        }
        out.values().removeIf(java.util.Objects::isNull);
        return out;
    }

    /** Where W was probed, named so the same probe matches across runs (not by its value, which moves). */
    private static String probe(String conditioning, int i, int count, double w) {
        if (count == 3 && "percentiles".equals(conditioning)) {
            return new String[] {"the 16th percentile", "the 50th percentile", "the 84th percentile"}[i];
        }
        if (count == 3 && "mean and SD".equals(conditioning)) {
            return new String[] {"mean \u2212 1 SD", "the mean", "mean + 1 SD"}[i];
        }
        if (count == 2 && "dichotomous".equals(conditioning)) {
            return i == 0 ? "the lower value" : "the higher value";
        }
        return "W = " + ApaFormat.number(w, 2);
    }

    private static String signed(double d, int decimals, boolean bounded) {
        String text = bounded ? ApaFormat.bounded(d, decimals) : ApaFormat.number(d, decimals);
        if (text.startsWith("-") || text.equals(ApaFormat.DASH)) {
            return text.replaceFirst("^-", "\u2212");
        }
        boolean zero = text.replaceAll("[^1-9]", "").isEmpty();
        return (zero ? "\u00B1" : "+") + text;
    }
}
