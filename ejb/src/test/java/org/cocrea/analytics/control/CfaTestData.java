package org.cocrea.analytics.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/** Loads the committed reference CSVs (written by {@code cfa-hs1939.R}). */
final class CfaTestData {

    private CfaTestData() {}

    static CovarianceData holzingerSwineford() {
        return csv("/reference/analytics/cfa-hs1939.csv");
    }

    static CovarianceData csv(String resource) {
        try (InputStream in = CfaTestData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank())
                    .toList();
            List<String> names = Arrays.asList(lines.get(0).split(","));
            double[][] rows = lines.stream()
                    .skip(1)
                    .map(l -> Arrays.stream(l.split(","))
                            .mapToDouble(Double::parseDouble)
                            .toArray())
                    .toArray(double[][]::new);
            return CovarianceData.fromRows(names, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CfaModel threeFactorModel() {
        return CfaModel.builder()
                .factor("visual", "x1", "x2", "x3")
                .factor("textual", "x4", "x5", "x6")
                .factor("speed", "x7", "x8", "x9")
                .build();
    }
}
