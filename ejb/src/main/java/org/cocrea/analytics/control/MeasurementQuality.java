package org.cocrea.analytics.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Reliability and validity indices of the constructs of a fitted CFA, as reported in the
 * measurement section of management-research papers.
 *
 * <ul>
 *   <li><b>Cronbach's α</b> from the item covariances: k/(k−1) · (1 − Σσ_ii / Σσ_ij). (A compact
 *       own formula for this report; the full reliability module lives elsewhere.)
 *   <li><b>Composite reliability</b> (Fornell &amp; Larcker 1981) from the standardised loadings
 *       λ*: CR = (Σλ*)² / ((Σλ*)² + Σ(1 − λ*²)).
 *   <li><b>AVE</b> = Σλ*² / k, and the <b>Fornell–Larcker criterion</b>: for every pair of factors
 *       √AVE of both must exceed |r| between them.
 *   <li><b>McDonald's ω</b> from the CFA solution: ω = (Σλ)²ψ / ((Σλ)²ψ + Σθ) with the
 *       unstandardised loadings λ, factor variance ψ and residual variances θ, i.e. the reliability
 *       of the unit-weighted sum of the raw items (semTools' {@code compRelSEM(obs.var = FALSE)}).
 *       Computed on the standardised solution (ψ = 1, θ = 1 − λ*²) the same formula is exactly CR,
 *       i.e. ω of the sum of standardised items; both are reported.
 *   <li><b>HTMT</b> (Henseler, Ringle &amp; Sarstedt 2015): the mean of the heterotrait–heteromethod
 *       item correlations divided by the geometric mean of the two mean monotrait–heteromethod
 *       correlations (off-diagonal, within each construct). By default the correlations enter with
 *       their sign, as in the original definition (the paper assumes consistently keyed items);
 *       {@link #htmt(CovarianceData, List, List, boolean)} can use absolute correlations instead,
 *       an option later software offers for mixed-keyed items (not checked against it here). A construct whose mean monotrait
 *       correlation is ≤ 0 has no HTMT (NaN, with a warning). Flags at 0.85 (conservative) and 0.90
 *       (liberal) are given.
 * </ul>
 */
public final class MeasurementQuality {

    private MeasurementQuality() {}

    /**
     * Indices for every factor of a fitted CFA; α and HTMT come from {@code data} (the data the CFA
     * was fitted to), the rest from the CFA solution.
     */
    public static MeasurementQualityReport assess(CfaResult cfa, CovarianceData data) {
        return assess(cfa, data, false);
    }

    /** As {@link #assess(CfaResult, CovarianceData)}, optionally with absolute correlations in HTMT. */
    public static MeasurementQualityReport assess(
            CfaResult cfa, CovarianceData data, boolean absoluteHtmtCorrelations) {
        CfaModel model = cfa.model();
        List<String> factors = model.factors();
        var warnings = new ArrayList<String>();
        if (!cfa.isAdmissible()) {
            warnings.add("the CFA solution is not admissible (" + String.join("; ", cfa.warnings())
                    + "); CR, AVE and ω are not interpretable");
        }
        var constructs = new ArrayList<MeasurementQualityReport.Construct>();
        for (String f : factors) {
            List<String> items = model.indicators(f);
            double[] std = cfa.standardizedLoadings(f);
            double sum = 0;
            double theta = 0;
            for (String x : items) {
                sum += cfa.loading(x).estimate();
                theta += cfa.residualVariance(x).estimate();
            }
            double psi = cfa.factorCovariance(f, f).estimate();
            double common = sum * sum * psi;
            double omega = common / (common + theta);
            double ave = averageVarianceExtracted(std);
            constructs.add(new MeasurementQualityReport.Construct(
                    f, items, alpha(data.covariance(items)), compositeReliability(std), ave, Math.sqrt(ave), omega));
        }
        var fornellLarcker = new ArrayList<MeasurementQualityReport.FornellLarckerPair>();
        var htmt = new ArrayList<MeasurementQualityReport.HtmtPair>();
        for (int a = 0; a < factors.size(); a++) {
            for (int b = a + 1; b < factors.size(); b++) {
                String fa = factors.get(a);
                String fb = factors.get(b);
                double r = cfa.factorCorrelation(fa, fb);
                double sa = constructs.get(a).sqrtAverageVarianceExtracted();
                double sb = constructs.get(b).sqrtAverageVarianceExtracted();
                fornellLarcker.add(new MeasurementQualityReport.FornellLarckerPair(
                        fa, fb, r, sa, sb, sa > Math.abs(r) && sb > Math.abs(r)));
                double h = htmt(data, model.indicators(fa), model.indicators(fb), absoluteHtmtCorrelations);
                if (Double.isNaN(h)) {
                    warnings.add("HTMT of '" + fa + "' and '" + fb + "' is undefined: a mean monotrait"
                            + " correlation is not positive (reverse-keyed items?)");
                }
                htmt.add(new MeasurementQualityReport.HtmtPair(fa, fb, h, h < 0.85, h < 0.90));
            }
        }
        return new MeasurementQualityReport(constructs, fornellLarcker, htmt, warnings);
    }

    /**
     * Cronbach's α of the items whose covariance matrix is given (any divisor).
     *
     * @throws IllegalArgumentException for fewer than two items
     */
    public static double alpha(double[][] covariance) {
        int k = covariance.length;
        if (k < 2) {
            throw new IllegalArgumentException("Cronbach's alpha needs at least two items, got " + k);
        }
        double diag = 0;
        double total = 0;
        for (int i = 0; i < k; i++) {
            diag += covariance[i][i];
            for (int j = 0; j < k; j++) {
                total += covariance[i][j];
            }
        }
        return k / (k - 1.0) * (1 - diag / total);
    }

    /** Cronbach's α of the named columns. */
    public static double alpha(CovarianceData data, List<String> items) {
        return alpha(data.covariance(items));
    }

    /** CR = (Σλ*)² / ((Σλ*)² + Σ(1 − λ*²)) from standardised loadings. */
    public static double compositeReliability(double[] standardizedLoadings) {
        double sum = 0;
        double error = 0;
        for (double l : standardizedLoadings) {
            sum += l;
            error += 1 - l * l;
        }
        return sum * sum / (sum * sum + error);
    }

    /** AVE = Σλ*² / k from standardised loadings. */
    public static double averageVarianceExtracted(double[] standardizedLoadings) {
        double sum = 0;
        for (double l : standardizedLoadings) {
            sum += l * l;
        }
        return sum / standardizedLoadings.length;
    }

    /** HTMT of two item sets with signed correlations (the original definition). */
    public static double htmt(CovarianceData data, List<String> items1, List<String> items2) {
        return htmt(data, items1, items2, false);
    }

    /**
     * Heterotrait–monotrait ratio of two item sets (each of at least two items, disjoint).
     *
     * @param absolute use |r| instead of r
     * @return NaN when a mean monotrait correlation is not positive
     */
    public static double htmt(CovarianceData data, List<String> items1, List<String> items2, boolean absolute) {
        if (items1.size() < 2 || items2.size() < 2) {
            throw new IllegalArgumentException(
                    "HTMT needs at least two items per construct: " + items1 + ", " + items2);
        }
        for (String x : items1) {
            if (items2.contains(x)) {
                throw new IllegalArgumentException("item '" + x + "' belongs to both constructs");
            }
        }
        var all = new ArrayList<String>(items1);
        all.addAll(items2);
        double[][] r = toCorrelation(data.covariance(all));
        int k1 = items1.size();
        int n = all.size();
        double hetero = 0;
        for (int i = 0; i < k1; i++) {
            for (int j = k1; j < n; j++) {
                hetero += value(r[i][j], absolute);
            }
        }
        hetero /= (double) k1 * (n - k1);
        double mono1 = meanOffDiagonal(r, 0, k1, absolute);
        double mono2 = meanOffDiagonal(r, k1, n, absolute);
        if (!(mono1 > 0) || !(mono2 > 0)) {
            return Double.NaN;
        }
        return hetero / Math.sqrt(mono1 * mono2);
    }

    private static double meanOffDiagonal(double[][] r, int from, int to, boolean absolute) {
        double sum = 0;
        int count = 0;
        for (int i = from; i < to; i++) {
            for (int j = i + 1; j < to; j++) {
                sum += value(r[i][j], absolute);
                count++;
            }
        }
        return sum / count;
    }

    private static double value(double r, boolean absolute) {
        return absolute ? Math.abs(r) : r;
    }

    private static double[][] toCorrelation(double[][] c) {
        int p = c.length;
        double[][] r = new double[p][p];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                r[i][j] = c[i][j] / Math.sqrt(c[i][i] * c[j][j]);
            }
        }
        return r;
    }
}
