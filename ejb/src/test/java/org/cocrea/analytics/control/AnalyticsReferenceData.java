package org.cocrea.analytics.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the R reference files in {@code src/test/resources/reference/analytics/} (written by {@code
 * process-reference.R}). Tests never need R itself.
 */
final class AnalyticsReferenceData {

    private static final String BASE = "/reference/analytics/";

    private AnalyticsReferenceData() {}

    /** A data set's columns by (unquoted) name. */
    static Map<String, double[]> dataSet(String file) {
        List<String> lines = lines(file);
        String[] header = lines.get(0).replace("\"", "").split(",");
        Map<String, double[]> columns = new LinkedHashMap<>();
        for (String h : header) {
            columns.put(h, new double[lines.size() - 1]);
        }
        for (int r = 1; r < lines.size(); r++) {
            String[] cells = lines.get(r).split(",");
            for (int c = 0; c < header.length; c++) {
                columns.get(header[c])[r - 1] = cells[c].equals("NA") ? Double.NaN : Double.parseDouble(cells[c]);
            }
        }
        return columns;
    }

    static RegressionVariable variable(Map<String, double[]> data, String name) {
        return new RegressionVariable(name, data.get(name));
    }

    /** {@code expected.csv}: name → value. */
    static Map<String, Double> expected() {
        Map<String, Double> out = new LinkedHashMap<>();
        List<String> lines = lines("expected.csv");
        for (String line : lines.subList(1, lines.size())) {
            int comma = line.lastIndexOf(',');
            out.put(line.substring(0, comma), Double.parseDouble(line.substring(comma + 1)));
        }
        return out;
    }

    /** {@code bootstrap_expected.csv}: name → {lower, upper}. */
    static Map<String, double[]> bootstrapExpected() {
        Map<String, double[]> out = new LinkedHashMap<>();
        List<String> lines = lines("bootstrap_expected.csv");
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split(",");
            out.put(cells[0], new double[] {Double.parseDouble(cells[1]), Double.parseDouble(cells[2])});
        }
        return out;
    }

    /** Resample indices written by R (1-based), converted to 0-based. */
    static int[][] resampleIndices(String file) {
        List<String> lines = lines(file);
        int[][] out = new int[lines.size()][];
        for (int b = 0; b < lines.size(); b++) {
            String[] cells = lines.get(b).split(",");
            out[b] = new int[cells.length];
            for (int i = 0; i < cells.length; i++) {
                out[b][i] = Integer.parseInt(cells[i].strip()) - 1;
            }
        }
        return out;
    }

    private static List<String> lines(String file) {
        try (InputStream in = AnalyticsReferenceData.class.getResourceAsStream(BASE + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + BASE + file);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(line);
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
