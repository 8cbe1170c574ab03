package org.cocrea.analytics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Generates the synthetic example shipped in {@code docs/examples/data.csv}: 200 employees in 20
 * firms, answering customer engagement (CE1–CE3, 7 points, CE3 negatively worded), value
 * co-creation (VC1–VC3, 7 points), innovation climate (IC1–IC4, 5 points, partly shared within the
 * firm) and innovation performance (IP1–IP3, 5 points), with tenure in years and firm size in
 * employees. The latent model follows the study: M = .45X + .25W + .35XW + e, Y = .40M + .15X + e.
 * Three cells are left empty to show listwise deletion. Fixed seed, so the file is reproducible:
 *
 * <pre>
 *   java ... org.cocrea.analytics.cli.ExampleData docs/examples/data.csv
 * </pre>
 *
 * ({@code ExampleDataTest} checks that the shipped file equals this generator's output.)
 */
public final class ExampleData {

    static final long SEED = 20_261_122L;
    static final int FIRMS = 20;
    static final int PER_FIRM = 10;

    private ExampleData() {}

    public static void main(String[] args) throws IOException {
        Path target = Path.of(args.length > 0 ? args[0] : "docs/examples/data.csv");
        Files.writeString(target, csv(), StandardCharsets.UTF_8);
    }

    /** The example file's content. */
    static String csv() {
        Random random = new Random(SEED);
        StringBuilder out =
                new StringBuilder("id,firm,tenure,size,CE1,CE2,CE3,VC1,VC2,VC3,IC1,IC2,IC3,IC4,IP1,IP2,IP3\n");
        // rows (1-based) and columns left empty
        Set<String> blanks = Set.of("17:CE2", "88:tenure", "150:IC3");
        int id = 0;
        for (int f = 1; f <= FIRMS; f++) {
            String firm = String.format(Locale.ROOT, "F%02d", f);
            double firmClimate = 0.7 * random.nextGaussian();
            double firmEngagement = 0.3 * random.nextGaussian();
            long size = Math.round(Math.exp(4.5 + 1.2 * random.nextGaussian()));
            for (int e = 0; e < PER_FIRM; e++) {
                id++;
                int tenure = random.nextInt(26);
                double x = firmEngagement + random.nextGaussian();
                double w = firmClimate + 0.6 * random.nextGaussian();
                double m = 0.45 * x + 0.25 * w + 0.35 * x * w + 0.7 * random.nextGaussian();
                double y = 0.40 * m + 0.15 * x + 0.01 * (tenure - 12) + 0.8 * random.nextGaussian();
                int[] ce = items(random, x, 3, 7);
                ce[2] = 8 - ce[2]; // CE3 is worded negatively
                int[] vc = items(random, m, 3, 7);
                int[] ic = items(random, w, 4, 5);
                int[] ip = items(random, y, 3, 5);
                String[] cells = {
                    Integer.toString(id),
                    firm,
                    Integer.toString(tenure),
                    Long.toString(size),
                    s(ce[0]),
                    s(ce[1]),
                    s(ce[2]),
                    s(vc[0]),
                    s(vc[1]),
                    s(vc[2]),
                    s(ic[0]),
                    s(ic[1]),
                    s(ic[2]),
                    s(ic[3]),
                    s(ip[0]),
                    s(ip[1]),
                    s(ip[2])
                };
                String[] names = {
                    "id", "firm", "tenure", "size", "CE1", "CE2", "CE3", "VC1", "VC2", "VC3", "IC1", "IC2", "IC3",
                    "IC4", "IP1", "IP2", "IP3"
                };
                for (int c = 0; c < cells.length; c++) {
                    if (c > 0) {
                        out.append(',');
                    }
                    if (!blanks.contains(id + ":" + names[c])) {
                        out.append(cells[c]);
                    }
                }
                out.append('\n');
            }
        }
        return out.toString();
    }

    /** Likert answers to k items measuring a latent score (about N(0, 1)) on a 1..points scale. */
    private static int[] items(Random random, double latent, int k, int points) {
        double centre = (points + 1) / 2.0;
        double spread = points == 7 ? 1.1 : 0.75;
        double noise = points == 7 ? 0.75 : 0.5;
        int[] out = new int[k];
        for (int j = 0; j < k; j++) {
            long v = Math.round(centre + spread * latent + noise * random.nextGaussian());
            out[j] = (int) Math.max(1, Math.min(points, v));
        }
        return out;
    }

    private static String s(int v) {
        return Integer.toString(v);
    }
}
