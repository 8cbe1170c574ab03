package org.cocrea.cocreation.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.platform.BusinessRuleException;
import org.cocrea.platform.BusinessRuleException.FieldProblem;

/**
 * The tags of an idea: lower case, trimmed, inner spaces collapsed to one, 1 to {@value #MAX_LENGTH}
 * letters, digits, hyphens and spaces, at most {@value #MAX_TAGS} per idea. Duplicates (ignoring
 * case) are dropped and blank entries skipped.
 */
public final class Tags {

    /** The most tags an idea can have. */
    public static final int MAX_TAGS = 10;

    /** The longest tag. */
    public static final int MAX_LENGTH = 40;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{M}\\p{Nd} -]+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

    private Tags() {}

    /**
     * The tags normalised, in the order first given.
     *
     * @param tags as typed; null gives an empty list
     * @throws BusinessRuleException naming {@code tags[i]} (position from 0) for a bad tag, {@code
     *     tags} for too many
     */
    public static List<String> normalise(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < tags.size(); i++) {
            String raw = tags.get(i);
            if (raw == null || raw.isBlank()) {
                continue;
            }
            String tag = SPACES.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC))
                    .replaceAll(" ")
                    .strip()
                    .toLowerCase(Locale.ROOT);
            String field = "tags[" + i + "]";
            if (tag.codePointCount(0, tag.length()) > MAX_LENGTH) {
                problems.add(new FieldProblem(
                        field,
                        "A tag can be at most " + MAX_LENGTH + " characters; \"" + tag + "\" has "
                                + tag.codePointCount(0, tag.length()) + "."));
            } else if (!ALLOWED.matcher(tag).matches()) {
                problems.add(new FieldProblem(
                        field, "The tag \"" + tag + "\" can only have letters, digits, hyphens and spaces."));
            } else {
                out.add(tag);
            }
        }
        if (out.size() > MAX_TAGS) {
            problems.add(new FieldProblem(
                    "tags", "An idea can have at most " + MAX_TAGS + " tags; there are " + out.size() + "."));
        }
        if (!problems.isEmpty()) {
            throw BusinessRuleException.invalid("The tags are not valid.", problems);
        }
        return List.copyOf(out);
    }
}
