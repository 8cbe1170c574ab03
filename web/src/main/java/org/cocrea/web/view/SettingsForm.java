package org.cocrea.web.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.EngagementSettings;
import org.cocrea.engagement.control.EngagementWeights;

/**
 * The scoring settings as the page edits them. {@link #check()} builds {@link EngagementSettings}
 * and, when a value is refused, names every field at fault with the text of the refusal: each value
 * is tried on its own against the defaults first, so one wrong value does not hide another, then
 * the rules that span several fields (at least one behavioural weight, at least one activity type).
 */
public class SettingsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A field at fault (its id on the page, null for the form as a whole) and the refusal's text. */
    public record Problem(String field, String message) implements Serializable {}

    /** The outcome of {@link #check()}: the settings, or the problems. */
    public record Checked(EngagementSettings settings, List<Problem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** One activity type's depth weight. */
    public static class TypeWeight implements Serializable {
        private static final long serialVersionUID = 1L;
        private final ActivityType type;
        private double weight;

        TypeWeight(ActivityType type, double weight) {
            this.type = type;
            this.weight = weight;
        }

        public ActivityType getType() {
            return type;
        }

        public String getCode() {
            return type.code();
        }

        public double getWeight() {
            return weight;
        }

        public void setWeight(double weight) {
            this.weight = weight;
        }

        public double getDefaultWeight() {
            return type.defaultWeight();
        }
    }

    /** One ability's share of the result path. */
    public static class Share implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Ability ability;
        private double share;

        Share(Ability ability, double share) {
            this.ability = ability;
            this.share = share;
        }

        public Ability getAbility() {
            return ability;
        }

        public String getCode() {
            return ability.code();
        }

        public double getShare() {
            return share;
        }

        public void setShare(double share) {
            this.share = share;
        }
    }

    private double recency;
    private double frequency;
    private double breadth;
    private double depth;
    private double survey;
    private double halfLifeDays;
    private double frequencyCap;
    private double depthCap;
    private int windowDays;
    private double engagedThreshold;
    private final List<TypeWeight> typeWeights = new ArrayList<>();
    private int capabilityDays;
    private final List<Share> resultShares = new ArrayList<>();

    /** The form filled with settings. */
    public static SettingsForm of(EngagementSettings s) {
        SettingsForm f = new SettingsForm();
        EngagementWeights w = s.weights();
        f.recency = w.recency();
        f.frequency = w.frequency();
        f.breadth = w.breadth();
        f.depth = w.depth();
        f.survey = w.survey();
        f.halfLifeDays = w.halfLifeDays();
        f.frequencyCap = w.frequencyCap();
        f.depthCap = w.depthCap();
        f.windowDays = w.windowDays();
        f.engagedThreshold = w.engagedThreshold();
        for (ActivityType t : ActivityType.values()) {
            f.typeWeights.add(new TypeWeight(t, w.typeWeight(t)));
        }
        f.capabilityDays = s.capabilityDays();
        for (Ability a : Ability.values()) {
            f.resultShares.add(new Share(a, s.resultShare().get(a)));
        }
        return f;
    }

    /** The settings of the form, or every problem with them. */
    public Checked check() {
        List<Problem> problems = new ArrayList<>();
        EngagementWeights d = EngagementWeights.defaults();
        EngagementSettings ds = EngagementSettings.defaults();
        try_(problems, "recency", () -> d.withComponents(recency, d.frequency(), d.breadth(), d.depth(), d.survey()));
        try_(problems, "frequency", () -> d.withComponents(d.recency(), frequency, d.breadth(), d.depth(), d.survey()));
        try_(problems, "breadth", () -> d.withComponents(d.recency(), d.frequency(), breadth, d.depth(), d.survey()));
        try_(problems, "depth", () -> d.withComponents(d.recency(), d.frequency(), d.breadth(), depth, d.survey()));
        try_(problems, "survey", () -> d.withComponents(d.recency(), d.frequency(), d.breadth(), d.depth(), survey));
        if (problems.isEmpty()) {
            try_(problems, "recency", () -> d.withComponents(recency, frequency, breadth, depth, survey));
        }
        try_(problems, "halfLifeDays", () -> d.withShape(halfLifeDays, d.frequencyCap(), d.depthCap()));
        try_(problems, "frequencyCap", () -> d.withShape(d.halfLifeDays(), frequencyCap, d.depthCap()));
        try_(problems, "depthCap", () -> d.withShape(d.halfLifeDays(), d.frequencyCap(), depthCap));
        try_(problems, "windowDays", () -> d.withWindowDays(windowDays));
        try_(problems, "engagedThreshold", () -> d.withEngagedThreshold(engagedThreshold));
        Map<ActivityType, Double> types = new EnumMap<>(ActivityType.class);
        boolean typesOk = true;
        for (TypeWeight t : typeWeights) {
            typesOk &= try_(problems, "type-" + t.getCode(), () -> d.withTypeWeight(t.type, t.weight));
            types.put(t.type, t.weight);
        }
        if (typesOk && !typeWeights.isEmpty()) {
            try_(
                    problems,
                    "type-" + typeWeights.get(0).getCode(),
                    () -> new EngagementWeights(
                            d.recency(),
                            d.frequency(),
                            d.breadth(),
                            d.depth(),
                            d.survey(),
                            d.halfLifeDays(),
                            d.frequencyCap(),
                            d.depthCap(),
                            d.windowDays(),
                            d.engagedThreshold(),
                            types));
        }
        try_(problems, "capabilityDays", () -> new EngagementSettings(d, capabilityDays, Map.of()));
        Map<Ability, Double> shares = new EnumMap<>(Ability.class);
        for (Share s : resultShares) {
            try_(
                    problems,
                    "share-" + s.getCode(),
                    () -> new EngagementSettings(d, ds.capabilityDays(), Map.of(s.ability, s.share)));
            shares.put(s.ability, s.share);
        }
        if (!problems.isEmpty()) {
            return new Checked(null, List.copyOf(problems));
        }
        try {
            EngagementWeights w = new EngagementWeights(
                    recency,
                    frequency,
                    breadth,
                    depth,
                    survey,
                    halfLifeDays,
                    frequencyCap,
                    depthCap,
                    windowDays,
                    engagedThreshold,
                    types);
            return new Checked(new EngagementSettings(w, capabilityDays, shares), List.of());
        } catch (IllegalArgumentException e) {
            return new Checked(null, List.of(new Problem(null, e.getMessage())));
        }
    }

    private interface Attempt {
        Object run();
    }

    private static boolean try_(List<Problem> problems, String field, Attempt a) {
        try {
            a.run();
            return true;
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(field, e.getMessage()));
            return false;
        }
    }

    public double getRecency() {
        return recency;
    }

    public void setRecency(double recency) {
        this.recency = recency;
    }

    public double getFrequency() {
        return frequency;
    }

    public void setFrequency(double frequency) {
        this.frequency = frequency;
    }

    public double getBreadth() {
        return breadth;
    }

    public void setBreadth(double breadth) {
        this.breadth = breadth;
    }

    public double getDepth() {
        return depth;
    }

    public void setDepth(double depth) {
        this.depth = depth;
    }

    public double getSurvey() {
        return survey;
    }

    public void setSurvey(double survey) {
        this.survey = survey;
    }

    public double getHalfLifeDays() {
        return halfLifeDays;
    }

    public void setHalfLifeDays(double halfLifeDays) {
        this.halfLifeDays = halfLifeDays;
    }

    public double getFrequencyCap() {
        return frequencyCap;
    }

    public void setFrequencyCap(double frequencyCap) {
        this.frequencyCap = frequencyCap;
    }

    public double getDepthCap() {
        return depthCap;
    }

    public void setDepthCap(double depthCap) {
        this.depthCap = depthCap;
    }

    public int getWindowDays() {
        return windowDays;
    }

    public void setWindowDays(int windowDays) {
        this.windowDays = windowDays;
    }

    public double getEngagedThreshold() {
        return engagedThreshold;
    }

    public void setEngagedThreshold(double engagedThreshold) {
        this.engagedThreshold = engagedThreshold;
    }

    public List<TypeWeight> getTypeWeights() {
        return typeWeights;
    }

    public int getCapabilityDays() {
        return capabilityDays;
    }

    public void setCapabilityDays(int capabilityDays) {
        this.capabilityDays = capabilityDays;
    }

    public List<Share> getResultShares() {
        return resultShares;
    }
}
