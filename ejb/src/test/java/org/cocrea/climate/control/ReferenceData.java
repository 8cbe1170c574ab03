package org.cocrea.climate.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The CSV files exported by {@code reference/climate/export-climate-reference.R}: a header line of
 * quoted names, then numbers; an empty field is a missing value (NaN).
 */
final class ReferenceData {

    final List<String> columns;
    final List<double[]> rows;

    private ReferenceData(List<String> columns, List<double[]> rows) {
        this.columns = columns;
        this.rows = rows;
    }

    static ReferenceData load(String name) {
        String resource = "/reference/climate/" + name;
        try (InputStream in = ReferenceData.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> columns = Arrays.stream(reader.readLine().split(",", -1))
                    .map(s -> s.replace("\"", ""))
                    .toList();
            List<double[]> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] fields = line.split(",", -1);
                double[] row = new double[fields.length];
                for (int i = 0; i < fields.length; i++) {
                    row[i] = fields[i].isEmpty() || fields[i].equals("NA") ? Double.NaN : Double.parseDouble(fields[i]);
                }
                rows.add(row);
            }
            return new ReferenceData(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    double[] column(String name) {
        int c = index(name);
        return rows.stream().mapToDouble(r -> r[c]).toArray();
    }

    List<Integer> groups(String name) {
        int c = index(name);
        return rows.stream().map(r -> (int) r[c]).toList();
    }

    double[][] matrix(String... names) {
        int[] cs = Arrays.stream(names).mapToInt(this::index).toArray();
        double[][] m = new double[rows.size()][cs.length];
        for (int r = 0; r < m.length; r++) {
            for (int j = 0; j < cs.length; j++) {
                m[r][j] = rows.get(r)[cs[j]];
            }
        }
        return m;
    }

    private int index(String name) {
        int c = columns.indexOf(name);
        if (c < 0) {
            throw new IllegalArgumentException("no column " + name + " in " + columns);
        }
        return c;
    }
}
