package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.climate.entity.Construct;
import org.cocrea.climate.entity.Respondent;
import org.cocrea.climate.entity.Text;

/**
 * An instrument's content, independent of storage: what the built-in JSON files hold, what the
 * builder edits and what a respondent page shows.
 */
public record InstrumentDefinition(
        String key,
        Construct construct,
        Respondent respondent,
        int scalePoints,
        Text name,
        Text description,
        Text instructions,
        Text basis,
        List<AnchorDef> anchors,
        List<FactorDef> factors)
        implements Serializable {

    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");

    /** The label of one scale point. */
    public record AnchorDef(int value, Text label) implements Serializable {}

    /** A factor (subscale) and its items. */
    public record FactorDef(String key, String group, Text name, Text description, List<ItemDef> items)
            implements Serializable {}

    /** One item; {@code reverse} items are scored as (points + 1 − answer). */
    public record ItemDef(String key, Text text, boolean reverse) implements Serializable {}

    /** The same content under another key (a copy). */
    public InstrumentDefinition withKey(String newKey) {
        return new InstrumentDefinition(
                newKey, construct, respondent, scalePoints, name, description, instructions, basis, anchors, factors);
    }

    /** The same instrument with other factors and items (an edit). */
    public InstrumentDefinition withFactors(List<FactorDef> newFactors) {
        return new InstrumentDefinition(
                key, construct, respondent, scalePoints, name, description, instructions, basis, anchors, newFactors);
    }

    public int itemCount() {
        return factors.stream().mapToInt(f -> f.items().size()).sum();
    }

    /** Everything wrong with the definition, each message starting with the path at fault; empty when valid. */
    public List<String> problems() {
        List<String> out = new ArrayList<>();
        if (key == null || !KEY.matcher(key).matches()) {
            out.add("key: use lower-case letters, digits and '-' (up to 60)");
        }
        if (construct == null) {
            out.add("construct: choose what the instrument measures");
        }
        if (respondent == null) {
            out.add("respondent: choose who answers (employees or customers)");
        }
        if (scalePoints != 5 && scalePoints != 7) {
            out.add("scalePoints: must be 5 or 7");
        }
        requireText(out, "name", name);
        if (anchors == null || anchors.size() != scalePoints) {
            out.add("anchors: give one label for each of the " + scalePoints + " points");
        } else {
            for (int i = 0; i < anchors.size(); i++) {
                if (anchors.get(i).value() != i + 1) {
                    out.add("anchors[" + i + "]: values must run 1.." + scalePoints + " in order");
                }
                requireText(out, "anchors[" + i + "].label", anchors.get(i).label());
            }
        }
        if (factors == null || factors.isEmpty()) {
            out.add("factors: add at least one factor");
            return out;
        }
        Set<String> factorKeys = new HashSet<>();
        Set<String> itemKeys = new HashSet<>();
        Set<String> texts = new HashSet<>();
        for (int f = 0; f < factors.size(); f++) {
            FactorDef factor = factors.get(f);
            String path = "factors[" + f + "]";
            if (factor.key() == null || !KEY.matcher(factor.key()).matches()) {
                out.add(path + ".key: use lower-case letters, digits and '-'");
            } else if (!factorKeys.add(factor.key())) {
                out.add(path + ".key: '" + factor.key() + "' is used twice");
            }
            requireText(out, path + ".name", factor.name());
            if (factor.items() == null || factor.items().size() < 2) {
                out.add(path + ".items: a factor needs at least two items");
                continue;
            }
            for (int i = 0; i < factor.items().size(); i++) {
                ItemDef item = factor.items().get(i);
                String itemPath = path + ".items[" + i + "]";
                if (item.key() == null || !KEY.matcher(item.key()).matches()) {
                    out.add(itemPath + ".key: use lower-case letters, digits and '-'");
                } else if (!itemKeys.add(item.key())) {
                    out.add(itemPath + ".key: '" + item.key() + "' is used twice");
                }
                requireText(out, itemPath + ".text", item.text());
                if (item.text() != null
                        && !item.text().en().isBlank()
                        && !texts.add(item.text().en().strip())) {
                    out.add(itemPath + ".text: the same question appears twice");
                }
            }
        }
        return out;
    }

    private static void requireText(List<String> out, String path, Text text) {
        if (text == null || text.en().isBlank()) {
            out.add(path + ".en: write the English text");
        }
        if (text == null || text.zh().isBlank()) {
            out.add(path + ".zh: write the Chinese text");
        }
    }
}
