package org.cocrea.web.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.StakeholderKind;

/**
 * The identification criteria as the page edits them: a weight of 0..5 per ability (0 leaves it
 * out), what to rank by, α, the cut-offs, the filters and how many to list. {@link #problems()}
 * checks the form field by field (message keys of the page's bundle); {@link #toCriteria()} builds
 * {@link IdentificationCriteria} from a form without problems, and {@link #describe()} writes the
 * criteria in words for a saved shortlist.
 */
public class CriteriaForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The highest weight an ability can be given on the page. */
    public static final int MAX_WEIGHT = 5;

    /** The most stakeholders one identification lists. */
    public static final int MAX_LIMIT = 1000;

    /** One problem of the form: the field's id, a message key and its arguments. */
    public record Problem(String field, String key, Object... args) implements Serializable {}

    /** An ability and its weight (0 = not chosen). */
    public static class AbilityWeight implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Ability ability;
        private int weight;

        AbilityWeight(Ability ability, int weight) {
            this.ability = ability;
            this.weight = weight;
        }

        public Ability getAbility() {
            return ability;
        }

        /** The ability's code, e.g. "knowledge" (for message keys and ids). */
        public String getCode() {
            return ability.code();
        }

        public int getWeight() {
            return weight;
        }

        public void setWeight(int weight) {
            this.weight = weight;
        }
    }

    private final List<AbilityWeight> abilities = new ArrayList<>();
    private IdentificationCriteria.RankBy rankBy = IdentificationCriteria.RankBy.COMBINED;
    private double alpha = 0.5;
    private double abilityCutoff = 50;
    private double willingnessCutoff = 50;
    private List<String> kinds = new ArrayList<>();
    private List<String> segments = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private boolean requireConsent = true;
    private double maxRisk = 100;
    private double minAbility;
    private double minWillingness;
    private int limit = 50;

    public CriteriaForm() {
        for (Ability a : Ability.values()) {
            abilities.add(new AbilityWeight(a, 1));
        }
    }

    /** Every problem of the form, each naming its field; empty when the criteria can be built. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        boolean any = false;
        for (AbilityWeight w : abilities) {
            if (w.weight < 0 || w.weight > MAX_WEIGHT) {
                out.add(new Problem("weight-" + w.getCode(), "ident.problem.weight", MAX_WEIGHT));
            }
            any |= w.weight > 0;
        }
        if (!any) {
            out.add(new Problem("weight-" + Ability.INNOVATION.code(), "ident.problem.noAbility"));
        }
        if (rankBy == null) {
            out.add(new Problem("rankBy", "ident.problem.rankBy"));
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            out.add(new Problem("alpha", "ident.problem.alpha"));
        }
        score(out, "abilityCutoff", abilityCutoff);
        score(out, "willingnessCutoff", willingnessCutoff);
        score(out, "minAbility", minAbility);
        score(out, "minWillingness", minWillingness);
        score(out, "maxRisk", maxRisk);
        for (String k : kinds) {
            if (StakeholderKind.fromCode(k).isEmpty()) {
                out.add(new Problem("kinds", "ident.problem.kind", k));
            }
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            out.add(new Problem("limit", "ident.problem.limit", MAX_LIMIT));
        }
        return out;
    }

    private static void score(List<Problem> out, String field, double v) {
        if (!(v >= 0 && v <= 100)) {
            out.add(new Problem(field, "ident.problem.score"));
        }
    }

    /**
     * The criteria of this form.
     *
     * @throws IllegalArgumentException when the form has {@link #problems()}
     */
    public IdentificationCriteria toCriteria() {
        IdentificationCriteria.Builder b = IdentificationCriteria.builder()
                .rankBy(rankBy)
                .abilityExponent(alpha)
                .cutoffs(abilityCutoff, willingnessCutoff)
                .segments(segments)
                .regions(regions)
                .kinds(kinds.stream()
                        .map(k -> StakeholderKind.fromCode(k)
                                .orElseThrow(() -> new IllegalArgumentException("Unknown kind " + k)))
                        .toList())
                .minScores(minAbility, minWillingness)
                .requireConsent(requireConsent)
                .maxRisk(maxRisk);
        boolean any = false;
        for (AbilityWeight w : abilities) {
            if (w.weight > 0) {
                b.ability(w.ability, w.weight);
                any = true;
            }
        }
        if (!any) {
            throw new IllegalArgumentException("Choose at least one ability.");
        }
        return b.build();
    }

    /** The criteria in words, kept with a saved shortlist, e.g. "abilities innovation 2, …; rank by combined …". */
    public String describe() {
        StringBuilder s = new StringBuilder("abilities ");
        s.append(abilities.stream()
                .filter(w -> w.weight > 0)
                .map(w -> w.getCode() + " " + w.weight)
                .collect(Collectors.joining(", ")));
        s.append("; rank by ").append(rankBy.name().toLowerCase(Locale.ROOT));
        s.append(String.format(Locale.ROOT, " (alpha %.2f)", alpha));
        s.append(String.format(
                Locale.ROOT, "; cut-offs ability %s, willingness %s", num(abilityCutoff), num(willingnessCutoff)));
        if (!kinds.isEmpty()) {
            s.append("; kinds ").append(String.join(", ", kinds));
        }
        if (!segments.isEmpty()) {
            s.append("; segments ").append(String.join(", ", segments));
        }
        if (!regions.isEmpty()) {
            s.append("; regions ").append(String.join(", ", regions));
        }
        s.append(requireConsent ? "; consent to contact required" : "; consent to contact not required");
        if (maxRisk < 100) {
            s.append("; risk at most ").append(num(maxRisk));
        }
        if (minAbility > 0) {
            s.append("; ability at least ").append(num(minAbility));
        }
        if (minWillingness > 0) {
            s.append("; willingness at least ").append(num(minWillingness));
        }
        return s.append("; top ").append(limit).toString();
    }

    private static String num(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }

    /** A copy that later edits of this form do not change (the criteria a ranking was made with). */
    public CriteriaForm copy() {
        CriteriaForm c = new CriteriaForm();
        for (int i = 0; i < abilities.size(); i++) {
            c.abilities.get(i).weight = abilities.get(i).weight;
        }
        c.rankBy = rankBy;
        c.alpha = alpha;
        c.abilityCutoff = abilityCutoff;
        c.willingnessCutoff = willingnessCutoff;
        c.kinds = new ArrayList<>(kinds);
        c.segments = new ArrayList<>(segments);
        c.regions = new ArrayList<>(regions);
        c.requireConsent = requireConsent;
        c.maxRisk = maxRisk;
        c.minAbility = minAbility;
        c.minWillingness = minWillingness;
        c.limit = limit;
        return c;
    }

    /** Back to the defaults. */
    public void reset() {
        CriteriaForm d = new CriteriaForm();
        for (int i = 0; i < abilities.size(); i++) {
            abilities.get(i).weight = d.abilities.get(i).weight;
        }
        rankBy = d.rankBy;
        alpha = d.alpha;
        abilityCutoff = d.abilityCutoff;
        willingnessCutoff = d.willingnessCutoff;
        kinds = new ArrayList<>();
        segments = new ArrayList<>();
        regions = new ArrayList<>();
        requireConsent = d.requireConsent;
        maxRisk = d.maxRisk;
        minAbility = d.minAbility;
        minWillingness = d.minWillingness;
        limit = d.limit;
    }

    public List<AbilityWeight> getAbilities() {
        return abilities;
    }

    /** The weight of one ability (0 when not chosen). */
    public int weight(Ability a) {
        return abilities.get(a.ordinal()).weight;
    }

    public void setWeight(Ability a, int weight) {
        abilities.get(a.ordinal()).weight = weight;
    }

    public IdentificationCriteria.RankBy getRankBy() {
        return rankBy;
    }

    public void setRankBy(IdentificationCriteria.RankBy rankBy) {
        this.rankBy = rankBy;
    }

    public double getAlpha() {
        return alpha;
    }

    public void setAlpha(double alpha) {
        this.alpha = alpha;
    }

    public double getAbilityCutoff() {
        return abilityCutoff;
    }

    public void setAbilityCutoff(double abilityCutoff) {
        this.abilityCutoff = abilityCutoff;
    }

    public double getWillingnessCutoff() {
        return willingnessCutoff;
    }

    public void setWillingnessCutoff(double willingnessCutoff) {
        this.willingnessCutoff = willingnessCutoff;
    }

    public List<String> getKinds() {
        return kinds;
    }

    public void setKinds(List<String> kinds) {
        this.kinds = kinds == null ? new ArrayList<>() : new ArrayList<>(kinds);
    }

    public List<String> getSegments() {
        return segments;
    }

    public void setSegments(List<String> segments) {
        this.segments = segments == null ? new ArrayList<>() : new ArrayList<>(segments);
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }

    public boolean isRequireConsent() {
        return requireConsent;
    }

    public void setRequireConsent(boolean requireConsent) {
        this.requireConsent = requireConsent;
    }

    public double getMaxRisk() {
        return maxRisk;
    }

    public void setMaxRisk(double maxRisk) {
        this.maxRisk = maxRisk;
    }

    public double getMinAbility() {
        return minAbility;
    }

    public void setMinAbility(double minAbility) {
        this.minAbility = minAbility;
    }

    public double getMinWillingness() {
        return minWillingness;
    }

    public void setMinWillingness(double minWillingness) {
        this.minWillingness = minWillingness;
    }

    public int getLimit() {
        return limit;
    }

    public void setLimit(int limit) {
        this.limit = limit;
    }
}
