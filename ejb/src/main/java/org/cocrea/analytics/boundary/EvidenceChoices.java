package org.cocrea.analytics.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.analytics.control.BootstrapCiMethod;
import org.cocrea.analytics.control.BootstrapPercentileRule;
import org.cocrea.analytics.control.CfaChiSquareConvention;
import org.cocrea.analytics.control.ProcessConditioning;
import org.cocrea.analytics.control.ProcessOptions;
import org.cocrea.analytics.data.ColumnMapping;
import org.cocrea.analytics.data.ColumnMapping.Construct;
import org.cocrea.analytics.data.ColumnMapping.MissingRule;
import org.cocrea.analytics.evidence.Analysis;
import org.cocrea.analytics.evidence.Analysis.Agreement;
import org.cocrea.analytics.evidence.Analysis.Cfa;
import org.cocrea.analytics.evidence.Analysis.Model4;
import org.cocrea.analytics.evidence.Analysis.Model7;
import org.cocrea.analytics.evidence.Analysis.ProcessSettings;
import org.cocrea.analytics.evidence.Analysis.Regression;
import org.cocrea.analytics.evidence.Analysis.Reliability;

/**
 * The mapping screen's form as plain, mutable data (JavaBean properties for the page): the research
 * model's four constructs plus any added, each with its item columns, reverse-keyed items and scale;
 * the group column, controls and missing-data rule; which variable plays X, M, W and Y; the analyses
 * wanted and their settings. {@link #problems()} says what is missing, {@link #toSetup()} turns the
 * form into the engine's {@link ColumnMapping} and {@link Analysis analyses}, and {@link
 * #fromSetup(EvidenceSetup)} fills the form from a saved analysis.
 *
 * <p>The analyses follow the study: reliability and CFA of every mapped construct, agreement of the
 * chosen constructs within the group's units, a hierarchical regression of Y on the controls, then X,
 * then M (optionally W and X×W), PROCESS Model 4 (X → M → Y) and Model 7 (W moderating X → M).
 */
public class EvidenceChoices implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ENGAGEMENT = "engagement";
    public static final String COCREATION = "cocreation";
    public static final String CLIMATE = "climate";
    public static final String PERFORMANCE = "performance";

    /** The research model's constructs with their display names, in the order the form shows them. */
    public static final Map<String, String> MODEL_CONSTRUCTS = modelConstructs();

    /** The analysis keys, in the engine's order. */
    public static final List<String> ANALYSES =
            List.of("reliability", "agreement", "cfa", "regression", "model4", "model7");

    /** Most resamples a run may ask for: enough for stable 99% intervals, bounded for the server. */
    public static final int MAX_RESAMPLES = 50_000;

    /** Largest scale offered (answers 1..11, e.g. a 0–10 scale shifted by one). */
    public static final int MAX_SCALE_POINTS = 11;

    private static Map<String, String> modelConstructs() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ENGAGEMENT, "customer engagement");
        m.put(COCREATION, "value co-creation");
        m.put(CLIMATE, "innovation climate");
        m.put(PERFORMANCE, "innovation performance");
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Something the form lacks, with the field at fault. */
    public record Problem(String field, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** One construct row of the form. */
    public static class ConstructChoice implements Serializable {

        private static final long serialVersionUID = 1L;

        private String name;
        private String label;
        private List<String> items = new ArrayList<>();
        private List<String> reverse = new ArrayList<>();
        private int scalePoints = 5;
        private boolean aggregate;
        private boolean model;

        public ConstructChoice() {}

        ConstructChoice(String name, String label, boolean model) {
            this.name = name;
            this.label = label;
            this.model = model;
        }

        /** The name analyses use; fixed for the model's four constructs. */
        public String getName() {
            return name;
        }

        public void setName(String name) {
            if (!model) {
                this.name = name == null ? null : name.strip();
            }
        }

        /** The display name in the report, e.g. "value co-creation". */
        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }

        public List<String> getItems() {
            return items;
        }

        public void setItems(List<String> items) {
            this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
            this.reverse.retainAll(this.items);
        }

        public List<String> getReverse() {
            return reverse;
        }

        public void setReverse(List<String> reverse) {
            this.reverse = reverse == null ? new ArrayList<>() : new ArrayList<>(reverse);
        }

        public int getScalePoints() {
            return scalePoints;
        }

        public void setScalePoints(int scalePoints) {
            this.scalePoints = scalePoints;
        }

        /** A unit-level score: the mean of the respondent's unit (needs the group column). */
        public boolean isAggregate() {
            return aggregate;
        }

        public void setAggregate(boolean aggregate) {
            this.aggregate = aggregate;
        }

        /** One of the research model's four constructs (cannot be renamed or removed). */
        public boolean isModel() {
            return model;
        }

        /** Whether it has item columns, so it takes part in the analyses. */
        public boolean isMapped() {
            return !items.isEmpty();
        }

        /** The label, else the name. */
        public String display() {
            return label == null || label.isBlank() ? (name == null ? "" : name) : label;
        }
    }

    private String name;
    private List<ConstructChoice> constructs = new ArrayList<>();
    private String group;
    private List<String> controls = new ArrayList<>();
    private MissingRule missing = MissingRule.LISTWISE;
    private String x = ENGAGEMENT;
    private String m = COCREATION;
    private String w = CLIMATE;
    private String y = PERFORMANCE;
    private List<String> analyses = new ArrayList<>(ANALYSES);
    private List<String> agreementConstructs = new ArrayList<>(List.of(CLIMATE));
    private CfaChiSquareConvention convention = CfaChiSquareConvention.NORMAL;
    private boolean compareXm = true;
    private boolean regressionModerator;
    private boolean controlsAsCovariates = true;
    private boolean centre = true;
    private int resamples = ProcessOptions.DEFAULT_RESAMPLES;
    private long seed = ProcessOptions.DEFAULT_SEED;
    private double confidence = 0.95;
    private BootstrapCiMethod ci = BootstrapCiMethod.PERCENTILE;
    private ProcessConditioning conditioning = ProcessConditioning.PERCENTILES;

    /** The research model's four constructs, unmapped, and every analysis with the defaults. */
    public EvidenceChoices() {
        MODEL_CONSTRUCTS.forEach((key, label) -> constructs.add(new ConstructChoice(key, label, true)));
    }

    /** Adds an empty construct row named "construct N" and returns it. */
    public ConstructChoice addConstruct() {
        Set<String> names = new java.util.HashSet<>();
        constructs.forEach(c -> names.add(c.getName()));
        int n = constructs.size() + 1;
        while (names.contains("construct" + n)) {
            n++;
        }
        ConstructChoice c = new ConstructChoice("construct" + n, "", false);
        constructs.add(c);
        return c;
    }

    /** Removes an added construct; the model's four stay (leave their columns empty instead). */
    public void removeConstruct(ConstructChoice c) {
        if (!c.isModel()) {
            constructs.remove(c);
        }
    }

    /** Column name stems of the model's constructs, as survey files often name their items. */
    private static final Map<String, String> STEMS = Map.of(
            ENGAGEMENT, "ce|eng|engage|engagement|cust_eng",
            COCREATION, "vc|vcb|coc|cocreation|co_creation|ccb",
            CLIMATE, "ic|clim|climate|inno_clim",
            PERFORMANCE, "ip|perf|performance|inno_perf");

    /** Column names that usually identify a respondent's unit. */
    private static final java.util.regex.Pattern GROUP_NAMES = java.util.regex.Pattern.compile(
            "(?i)firm|company|team|unit|group|department|dept|org|organisation|organization|site|business[ _]?unit"
                    + "|firm[ _]?id|team[ _]?id|unit[ _]?id|company[ _]?id");

    /**
     * Fills the model's constructs that have no columns yet from a file's column names: items named
     * like {@code CE1, CE2 …} (engagement), {@code VC…} (co-creation), {@code IC…} (climate), {@code
     * IP…} (performance), a trailing {@code R} or {@code _rev} marking a reverse-keyed item; the scale
     * from the largest answer; and the group column if one is named like firm, team or unit. The
     * user checks and corrects the suggestion.
     *
     * @return how many constructs were filled
     */
    public int suggestFrom(FilePreview preview) {
        int filled = 0;
        for (ConstructChoice c : constructs) {
            if (!c.isModel() || c.isMapped()) {
                continue;
            }
            java.util.regex.Pattern item = java.util.regex.Pattern.compile(
                    "(?i)(?:" + STEMS.get(c.getName()) + ")[ _.-]?\\d{1,2}([ _.-]?(r|rev|reversed))?");
            List<String> items = new ArrayList<>();
            List<String> reverse = new ArrayList<>();
            for (FilePreview.Column col : preview.columns()) {
                java.util.regex.Matcher matcher = item.matcher(col.name());
                if (col.likert() && matcher.matches()) {
                    items.add(col.name());
                    if (matcher.group(1) != null) {
                        reverse.add(col.name());
                    }
                }
            }
            if (!items.isEmpty()) {
                c.setItems(items);
                c.setReverse(reverse);
                c.setScalePoints(Math.max(2, observedScale(preview, items)));
                filled++;
            }
        }
        if (blank(group)) {
            preview.columns().stream()
                    .filter(col -> GROUP_NAMES.matcher(col.name()).matches())
                    .findFirst()
                    .ifPresent(col -> group = col.name());
        }
        return filled;
    }

    /**
     * The largest answer in these columns, as a guess of their scale's points; 0 if a column is not
     * made of whole numbers from 1 to {@link #MAX_SCALE_POINTS}.
     */
    public static int observedScale(FilePreview preview, List<String> columns) {
        int max = 0;
        for (String name : columns) {
            FilePreview.Column col = preview.column(name);
            if (col == null || !col.likert()) {
                return 0;
            }
            max = Math.max(max, (int) Math.round(col.max()));
        }
        return max;
    }

    /** The names of the constructs with item columns, in form order. */
    public List<String> mappedNames() {
        return constructs.stream()
                .filter(ConstructChoice::isMapped)
                .map(ConstructChoice::getName)
                .toList();
    }

    /** Every column the form uses as an item. */
    public Set<String> itemColumns() {
        Set<String> out = new LinkedHashSet<>();
        constructs.forEach(c -> out.addAll(c.getItems()));
        return out;
    }

    /** The construct row of that name, or null. */
    public ConstructChoice construct(String constructName) {
        return constructs.stream()
                .filter(c -> c.getName() != null && c.getName().equals(constructName))
                .findFirst()
                .orElse(null);
    }

    /** The display name of a construct (or the name of a column). */
    public String label(String constructName) {
        ConstructChoice c = construct(constructName);
        return c == null ? constructName : c.display();
    }

    public boolean wants(String analysis) {
        return analyses.contains(analysis);
    }

    /**
     * What keeps the form from being run, each with its field: no name, no construct mapped, a bad
     * construct name or scale, an analysis whose variables are not mapped, bootstrap settings out of
     * range. Problems with the data file itself (unknown columns, values off the scale) are found
     * when the setup is checked against the file.
     */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        if (name == null || name.isBlank()) {
            out.add(new Problem("name", "Give the analysis a name."));
        } else if (name.strip().length() > 200) {
            out.add(new Problem("name", "Use at most 200 characters for the name."));
        }
        List<String> mapped = mappedNames();
        if (mapped.isEmpty()) {
            out.add(new Problem("constructs", "Choose the item columns of at least one construct."));
        }
        Set<String> names = new java.util.HashSet<>();
        for (ConstructChoice c : constructs) {
            String n = c.getName();
            if (n == null || n.isBlank() || n.contains("*") || !n.matches("[\\p{L}\\p{N}_.-]+")) {
                out.add(new Problem(
                        "constructs",
                        "A construct name must be one word of letters, digits, '_', '.' or '-', found \""
                                + (n == null ? "" : n) + "\"."));
            } else if (!names.add(n)) {
                out.add(new Problem("constructs", "Two constructs are named \"" + n + "\"."));
            }
            if (c.isMapped() && (c.getScalePoints() < 2 || c.getScalePoints() > MAX_SCALE_POINTS)) {
                out.add(new Problem(
                        "constructs",
                        c.display() + ": the scale must have 2 to " + MAX_SCALE_POINTS + " points, was "
                                + c.getScalePoints() + "."));
            }
            if (c.isMapped() && c.isAggregate() && blank(group)) {
                out.add(new Problem(
                        "group", c.display() + " is a unit-level score: choose the column that identifies the units."));
            }
        }
        if (analyses.isEmpty()) {
            out.add(new Problem("analyses", "Tick at least one analysis."));
        }
        if (wants("agreement")) {
            if (blank(group)) {
                out.add(new Problem(
                        "group", "Agreement within units needs the column that identifies the units (group)."));
            }
            if (agreementConstructs.stream().noneMatch(mapped::contains)) {
                out.add(new Problem("agreementConstructs", "Choose a mapped construct for the agreement analysis."));
            }
        }
        if (wants("regression")) {
            role(out, "regression", "y", y, mapped);
            role(out, "regression", "x", x, mapped);
        }
        if (wants("model4")) {
            role(out, "Model 4", "x", x, mapped);
            role(out, "Model 4", "m", m, mapped);
            role(out, "Model 4", "y", y, mapped);
        }
        if (wants("model7")) {
            role(out, "Model 7", "x", x, mapped);
            role(out, "Model 7", "w", w, mapped);
            role(out, "Model 7", "m", m, mapped);
            role(out, "Model 7", "y", y, mapped);
        }
        if (wants("model4") || wants("model7") || wants("regression")) {
            List<String> roles = new ArrayList<>(List.of(nz(x), nz(m), nz(y)));
            if (wants("model7") || (wants("regression") && regressionModerator)) {
                roles.add(nz(w));
            }
            if (new java.util.HashSet<>(roles).size() < roles.size()) {
                out.add(new Problem("roles", "X, M, W and Y must be four different variables."));
            }
        }
        if (wants("model4") || wants("model7")) {
            if (resamples != 0 && (resamples < 100 || resamples > MAX_RESAMPLES)) {
                out.add(new Problem(
                        "resamples",
                        "Use 0 (no bootstrap) or 100 to " + String.format(java.util.Locale.ROOT, "%,d", MAX_RESAMPLES)
                                + " resamples; 5,000 is usual."));
            }
            if (!(confidence > 0.5 && confidence < 1)) {
                out.add(new Problem("confidence", "The confidence level must lie between 50% and 100%, e.g. 95%."));
            }
        }
        return out;
    }

    private void role(List<Problem> out, String analysis, String field, String value, List<String> mapped) {
        if (blank(value)) {
            out.add(new Problem(field, analysis + " needs " + field.toUpperCase(java.util.Locale.ROOT) + "."));
        } else if (!mapped.contains(value) && !controls.contains(value)) {
            out.add(new Problem(
                    field,
                    analysis + " uses " + label(value) + " as " + field.toUpperCase(java.util.Locale.ROOT)
                            + ": choose its item columns, or untick " + analysis + "."));
        }
    }

    /**
     * The engine's mapping and analyses of this form.
     *
     * @throws IllegalStateException listing {@link #problems()} if there are any
     */
    public EvidenceSetup toSetup() {
        List<Problem> problems = problems();
        if (!problems.isEmpty()) {
            throw new IllegalStateException(problems.get(0).message());
        }
        String g = blank(group) ? null : group.strip();
        List<Construct> mapped = new ArrayList<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (ConstructChoice c : constructs) {
            if (!c.isMapped()) {
                continue;
            }
            List<String> reverse =
                    c.getReverse().stream().filter(c.getItems()::contains).toList();
            mapped.add(new Construct(
                    c.getName(), c.getItems(), reverse, c.getScalePoints(), c.isAggregate() && g != null));
            if (c.getLabel() != null && !c.getLabel().isBlank()) {
                labels.put(c.getName(), c.getLabel().strip());
            }
        }
        List<String> ctrl = controls.stream().filter(s -> !blank(s)).distinct().toList();
        ColumnMapping mapping = new ColumnMapping(mapped, g, ctrl, missing);
        List<String> names = mapping.constructNames();
        List<String> covariates = controlsAsCovariates ? ctrl : List.of();
        List<Analysis> out = new ArrayList<>();
        if (wants("reliability")) {
            out.add(new Reliability(names));
        }
        if (wants("agreement")) {
            out.add(new Agreement(
                    agreementConstructs.stream().filter(names::contains).toList()));
        }
        if (wants("cfa")) {
            List<List<String>> pairs = compareXm && names.contains(x) && names.contains(m) && !x.equals(m)
                    ? List.of(List.of(x, m))
                    : List.of();
            out.add(new Cfa(names, convention, pairs));
        }
        if (wants("regression")) {
            boolean mediator = names.contains(m) || ctrl.contains(m);
            boolean moderator = regressionModerator && (names.contains(w) || ctrl.contains(w));
            out.add(Regression.steps(y, ctrl, x, mediator ? m : null, moderator ? w : null));
        }
        if (wants("model4")) {
            out.add(new Model4(x, m, y, covariates, settings(ProcessConditioning.PERCENTILES)));
        }
        if (wants("model7")) {
            out.add(new Model7(x, w, m, y, covariates, centre, settings(conditioning)));
        }
        return new EvidenceSetup(name.strip(), mapping, out, labels);
    }

    private ProcessSettings settings(ProcessConditioning probing) {
        return new ProcessSettings(resamples, seed, confidence, ci, BootstrapPercentileRule.PROCESS, probing, null);
    }

    /**
     * The form of a saved setup: its constructs (the model's four first, then any others, in the
     * setup's order), roles and settings. Analyses or settings the form cannot express (e.g. custom
     * regression blocks) are shown as the closest form choice; saving the form again replaces them.
     */
    public static EvidenceChoices fromSetup(EvidenceSetup setup) {
        EvidenceChoices f = new EvidenceChoices();
        f.name = setup.name();
        ColumnMapping mapping = setup.mapping();
        List<ConstructChoice> rows = new ArrayList<>(f.constructs);
        for (Construct c : mapping.constructs()) {
            ConstructChoice row = f.construct(c.name());
            if (row == null) {
                row = new ConstructChoice(c.name(), "", false);
                rows.add(row);
            }
            row.items = new ArrayList<>(c.items());
            row.reverse = new ArrayList<>(c.reverse());
            row.scalePoints = c.scalePoints();
            row.aggregate = c.aggregate();
        }
        for (ConstructChoice row : rows) {
            String label = setup.labels().get(row.getName());
            if (label != null) {
                row.label = label;
            }
        }
        f.constructs = rows;
        f.group = mapping.group();
        f.controls = new ArrayList<>(mapping.controls());
        f.missing = mapping.missing();
        f.analyses = new ArrayList<>();
        ProcessSettings settings = null;
        for (Analysis a : setup.analyses()) {
            f.analyses.add(a.key());
            if (a instanceof Agreement g) {
                f.agreementConstructs = new ArrayList<>(g.constructs());
            } else if (a instanceof Cfa c) {
                f.convention = c.convention();
                f.compareXm = !c.compare().isEmpty();
            } else if (a instanceof Regression r) {
                f.y = r.dependent();
                f.regressionModerator = r.labels().contains("interaction");
                int predictor = r.labels().indexOf("predictor");
                if (predictor >= 0) {
                    f.x = r.blocks().get(predictor).get(0);
                }
            } else if (a instanceof Model4 m4) {
                f.x = m4.x();
                f.m = m4.m();
                f.y = m4.y();
                f.controlsAsCovariates =
                        !m4.covariates().isEmpty() || mapping.controls().isEmpty();
                settings = settings == null ? m4.settings() : settings;
            } else if (a instanceof Model7 m7) {
                f.x = m7.x();
                f.w = m7.w();
                f.m = m7.m();
                f.y = m7.y();
                f.centre = m7.centre();
                f.controlsAsCovariates =
                        !m7.covariates().isEmpty() || mapping.controls().isEmpty();
                settings = m7.settings();
                f.conditioning = settings.conditioning();
            }
        }
        f.analyses.sort(java.util.Comparator.comparingInt(ANALYSES::indexOf));
        if (settings != null) {
            f.resamples = settings.resamples();
            f.seed = settings.seed();
            f.confidence = settings.confidence();
            f.ci = settings.ci();
        }
        return f;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // ---------------------------------------------------------------- properties

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<ConstructChoice> getConstructs() {
        return constructs;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = blank(group) ? null : group;
    }

    public List<String> getControls() {
        return controls;
    }

    public void setControls(List<String> controls) {
        this.controls = controls == null ? new ArrayList<>() : new ArrayList<>(controls);
    }

    public MissingRule getMissing() {
        return missing;
    }

    public void setMissing(MissingRule missing) {
        this.missing = missing == null ? MissingRule.LISTWISE : missing;
    }

    public String getX() {
        return x;
    }

    public void setX(String x) {
        this.x = x;
    }

    public String getM() {
        return m;
    }

    public void setM(String m) {
        this.m = m;
    }

    public String getW() {
        return w;
    }

    public void setW(String w) {
        this.w = w;
    }

    public String getY() {
        return y;
    }

    public void setY(String y) {
        this.y = y;
    }

    public List<String> getAnalyses() {
        return analyses;
    }

    public void setAnalyses(List<String> analyses) {
        this.analyses = analyses == null ? new ArrayList<>() : new ArrayList<>(analyses);
        this.analyses.retainAll(ANALYSES);
        this.analyses.sort(java.util.Comparator.comparingInt(ANALYSES::indexOf));
    }

    public List<String> getAgreementConstructs() {
        return agreementConstructs;
    }

    public void setAgreementConstructs(List<String> agreementConstructs) {
        this.agreementConstructs =
                agreementConstructs == null ? new ArrayList<>() : new ArrayList<>(agreementConstructs);
    }

    public CfaChiSquareConvention getConvention() {
        return convention;
    }

    public void setConvention(CfaChiSquareConvention convention) {
        this.convention = convention == null ? CfaChiSquareConvention.NORMAL : convention;
    }

    /** Whether the CFA also fits X and M merged into one factor (a test of their discriminant validity). */
    public boolean isCompareXm() {
        return compareXm;
    }

    public void setCompareXm(boolean compareXm) {
        this.compareXm = compareXm;
    }

    /** Whether the regression adds a last step with W and X×W. */
    public boolean isRegressionModerator() {
        return regressionModerator;
    }

    public void setRegressionModerator(boolean regressionModerator) {
        this.regressionModerator = regressionModerator;
    }

    /** Whether the PROCESS models use the controls as covariates. */
    public boolean isControlsAsCovariates() {
        return controlsAsCovariates;
    }

    public void setControlsAsCovariates(boolean controlsAsCovariates) {
        this.controlsAsCovariates = controlsAsCovariates;
    }

    /** Whether Model 7 mean-centres X and W before forming X×W. */
    public boolean isCentre() {
        return centre;
    }

    public void setCentre(boolean centre) {
        this.centre = centre;
    }

    public int getResamples() {
        return resamples;
    }

    public void setResamples(int resamples) {
        this.resamples = resamples;
    }

    public long getSeed() {
        return seed;
    }

    public void setSeed(long seed) {
        this.seed = seed;
    }

    public double getConfidence() {
        return confidence;
    }

    public void setConfidence(double confidence) {
        this.confidence = confidence;
    }

    public BootstrapCiMethod getCi() {
        return ci;
    }

    public void setCi(BootstrapCiMethod ci) {
        this.ci = ci == null ? BootstrapCiMethod.PERCENTILE : ci;
    }

    public ProcessConditioning getConditioning() {
        return conditioning;
    }

    public void setConditioning(ProcessConditioning conditioning) {
        this.conditioning = conditioning == null ? ProcessConditioning.PERCENTILES : conditioning;
    }
}
