package org.cocrea.engagement.control;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.EnumMap;
import java.util.Map;

/**
 * The innovation office's scoring settings as stored with the state and with every run: the
 * engagement weights, the capability window and the result share of each ability. Written and read
 * as a small JSON object; missing keys take their defaults, so settings saved by an older version
 * still read.
 *
 * @param weights the engagement index settings
 * @param capabilityDays how many days of evidence the capability profile looks at (30..3660)
 * @param resultShare per ability, the share of the result path when both paths have evidence (0..1)
 */
public record EngagementSettings(EngagementWeights weights, int capabilityDays, Map<Ability, Double> resultShare) {

    public static final int DEFAULT_CAPABILITY_DAYS = 365;

    public EngagementSettings {
        if (capabilityDays < 30 || capabilityDays > EngagementWeights.MAX_DAYS) {
            throw new IllegalArgumentException(
                    "The capability window must be 30.." + EngagementWeights.MAX_DAYS + " days, was " + capabilityDays);
        }
        EnumMap<Ability, Double> m = new EnumMap<>(Ability.class);
        for (Ability a : Ability.values()) {
            Double v = resultShare == null ? null : resultShare.get(a);
            double share = v == null ? 0.5 : v;
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("The result share of " + a.label() + " must be 0..1, was " + share);
            }
            m.put(a, share);
        }
        resultShare = java.util.Collections.unmodifiableMap(m);
    }

    public static EngagementSettings defaults() {
        return new EngagementSettings(EngagementWeights.defaults(), DEFAULT_CAPABILITY_DAYS, Map.of());
    }

    public EngagementSettings withWeights(EngagementWeights w) {
        return new EngagementSettings(w, capabilityDays, resultShare);
    }

    public String toJson() {
        EngagementWeights w = weights;
        JsonObjectBuilder types = Json.createObjectBuilder();
        w.typeWeights().forEach((t, v) -> types.add(t.code(), v));
        JsonObjectBuilder shares = Json.createObjectBuilder();
        resultShare.forEach((a, v) -> shares.add(a.code(), v));
        return Json.createObjectBuilder()
                .add("recency", w.recency())
                .add("frequency", w.frequency())
                .add("breadth", w.breadth())
                .add("depth", w.depth())
                .add("survey", w.survey())
                .add("halfLifeDays", w.halfLifeDays())
                .add("frequencyCap", w.frequencyCap())
                .add("depthCap", w.depthCap())
                .add("windowDays", w.windowDays())
                .add("engagedThreshold", w.engagedThreshold())
                .add("typeWeights", types)
                .add("capabilityDays", capabilityDays)
                .add("resultShare", shares)
                .build()
                .toString();
    }

    /**
     * Reads stored settings.
     *
     * @throws IllegalArgumentException for text that is not such an object, or values out of range
     */
    public static EngagementSettings fromJson(String json) {
        JsonObject o;
        try {
            o = Json.createReader(new StringReader(json)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException("The settings are not a JSON object: " + e.getMessage(), e);
        }
        EngagementWeights d = EngagementWeights.defaults();
        Map<ActivityType, Double> types = new EnumMap<>(ActivityType.class);
        JsonObject t = o.containsKey("typeWeights") ? o.getJsonObject("typeWeights") : JsonValue.EMPTY_JSON_OBJECT;
        t.forEach((code, v) -> types.put(
                ActivityType.fromCode(code)
                        .orElseThrow(() -> new IllegalArgumentException("Unknown activity type " + code)),
                ((JsonNumber) v).doubleValue()));
        EngagementWeights w = new EngagementWeights(
                num(o, "recency", d.recency()),
                num(o, "frequency", d.frequency()),
                num(o, "breadth", d.breadth()),
                num(o, "depth", d.depth()),
                num(o, "survey", d.survey()),
                num(o, "halfLifeDays", d.halfLifeDays()),
                num(o, "frequencyCap", d.frequencyCap()),
                num(o, "depthCap", d.depthCap()),
                (int) num(o, "windowDays", d.windowDays()),
                num(o, "engagedThreshold", d.engagedThreshold()),
                types);
        Map<Ability, Double> shares = new EnumMap<>(Ability.class);
        JsonObject s = o.containsKey("resultShare") ? o.getJsonObject("resultShare") : JsonValue.EMPTY_JSON_OBJECT;
        for (Ability a : Ability.values()) {
            if (s.containsKey(a.code())) {
                shares.put(a, s.getJsonNumber(a.code()).doubleValue());
            }
        }
        return new EngagementSettings(w, (int) num(o, "capabilityDays", DEFAULT_CAPABILITY_DAYS), shares);
    }

    private static double num(JsonObject o, String key, double fallback) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : fallback;
    }
}
