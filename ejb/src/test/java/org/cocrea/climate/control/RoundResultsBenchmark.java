package org.cocrea.climate.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.Text;

/**
 * Rough timing of {@link RoundResultsCalculator} on a large round (not a unit test, no JMH). Run
 * after {@code mvn -pl ejb test-compile}:
 *
 * <pre>
 *   java -cp ejb/target/classes:ejb/target/test-classes:&lt;hipparchus, commons-statistics and
 *       jakarta.json jars&gt; org.cocrea.climate.control.RoundResultsBenchmark [respondents [units [runs]]]
 * </pre>
 *
 * Defaults: 100,000 respondents, 40 items in 8 factors of 5 (one reverse-keyed item each), about
 * 2,000 units in four levels (teams of very different sizes, some below k), a comment from one
 * respondent in five, a previous round for the change figures. Prints p50 and p95 of the warm runs.
 * Measured figures are in {@code docs/performance.md}.
 */
public final class RoundResultsBenchmark {

    private static final int FACTORS = 8;
    private static final int ITEMS_PER_FACTOR = 5;

    private RoundResultsBenchmark() {}

    public static void main(String[] args) {
        int respondents = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int unitCount = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;

        InstrumentDefinition instrument = instrument();
        List<RoundUnit> units = units(unitCount);
        RoundAnswers previousAnswers = answers(instrument, units, respondents, 1);
        RoundAnswers answers = answers(instrument, units, respondents, 2);
        RoundResultsCalculator calculator = new RoundResultsCalculator();
        RoundResults previous = calculator.calculate(previousAnswers);

        long first = System.nanoTime();
        RoundResults r = calculator.calculate(answers, previous);
        double firstSeconds = (System.nanoTime() - first) / 1e9;
        for (int i = 0; i < 3; i++) {
            calculator.calculate(answers, previous);
        }
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            r = calculator.calculate(answers, previous);
            times[i] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(times);
        long shown = r.units().stream().filter(UnitResult::visible).count();
        FactorQuality q = r.organisation().quality().get(0);
        System.out.printf(
                Locale.ROOT,
                "respondents=%d items=%d units=%d (shown %d, other-teams %d) runs=%d: first %.3f s,"
                        + " p50 %.3f s, p95 %.3f s (alpha %.3f, omega %.3f, ICC1 %.3f, ICC2 %.3f)%n",
                respondents,
                instrument.itemCount(),
                units.size(),
                shown,
                r.otherTeams().size(),
                runs,
                firstSeconds,
                percentile(times, 0.50),
                percentile(times, 0.95),
                q.alpha().value(),
                q.omega().value(),
                q.icc1().value(),
                q.icc2().value());
    }

    private static double percentile(double[] sorted, double p) {
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    public static InstrumentDefinition instrument() {
        List<InstrumentDefinition.FactorDef> factors = new ArrayList<>();
        for (int f = 0; f < FACTORS; f++) {
            List<InstrumentDefinition.ItemDef> items = new ArrayList<>();
            for (int i = 0; i < ITEMS_PER_FACTOR; i++) {
                String key = "f" + f + "-" + i;
                items.add(new InstrumentDefinition.ItemDef(key, new Text("Item " + key, "题目 " + key), i == 4));
            }
            factors.add(
                    new InstrumentDefinition.FactorDef("f" + f, null, new Text("Factor " + f, "因素 " + f), null, items));
        }
        return new InstrumentDefinition(
                "benchmark",
                Construct.INNOVATION_CLIMATE,
                Respondent.EMPLOYEE,
                5,
                new Text("Benchmark", "基准"),
                null,
                null,
                null,
                RoundFixture.anchors(5),
                factors);
    }

    /** One root, 12 divisions, 10 departments each, the rest teams spread over the departments. */
    public static List<RoundUnit> units(int count) {
        List<RoundUnit> units = new ArrayList<>(count);
        units.add(new RoundUnit("root", null, "Company"));
        int divisions = 12;
        int departments = 120;
        for (int d = 0; d < divisions && units.size() < count; d++) {
            units.add(new RoundUnit("div" + d, "root", "Division " + d));
        }
        for (int d = 0; d < departments && units.size() < count; d++) {
            units.add(new RoundUnit("dep" + d, "div" + (d % divisions), "Department " + d));
        }
        for (int t = 0; units.size() < count; t++) {
            units.add(new RoundUnit("team" + t, "dep" + (t % departments), "Team " + t));
        }
        return units;
    }

    /** Respondents over the units with very uneven sizes; answers from a factor and a unit effect. */
    public static RoundAnswers answers(InstrumentDefinition instrument, List<RoundUnit> units, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] weight = new double[units.size()];
        double[] effect = new double[units.size()];
        double total = 0;
        for (int u = 0; u < units.size(); u++) {
            weight[u] = u == 0 ? 0 : Math.pow(random.nextDouble(), 3); // many small units, a few large
            effect[u] = 0.4 * gaussian(random);
            total += weight[u];
        }
        double[] cumulative = new double[units.size()];
        double running = 0;
        for (int u = 0; u < units.size(); u++) {
            running += weight[u] / total;
            cumulative[u] = running;
        }
        int items = instrument.itemCount();
        List<AnswerSheet> sheets = new ArrayList<>(n);
        int[] answers = new int[items];
        for (int r = 0; r < n; r++) {
            int u = Arrays.binarySearch(cumulative, random.nextDouble());
            u = Math.min(units.size() - 1, u < 0 ? -u - 1 : u);
            for (int f = 0; f < FACTORS; f++) {
                double latent = 3.4 + effect[u] + 0.8 * gaussian(random);
                for (int i = 0; i < ITEMS_PER_FACTOR; i++) {
                    int a = (int) Math.round(latent + 0.7 * gaussian(random));
                    a = Math.max(1, Math.min(5, a));
                    answers[f * ITEMS_PER_FACTOR + i] = i == 4 ? 6 - a : a;
                }
            }
            String comment = random.nextInt(5) == 0 ? "comment " + random.nextInt(1_000_000) : null;
            sheets.add(new AnswerSheet(units.get(u).id(), answers, comment));
        }
        return new RoundAnswers("Benchmark " + seed, LocalDate.of(2026, 11, 20), instrument, units, sheets);
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
    }
}
