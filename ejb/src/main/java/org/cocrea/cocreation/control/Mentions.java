package org.cocrea.cocreation.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code @user-name} mentions in plain text (for rich text, pass {@link RichText#text}).
 *
 * <p>A mention is {@code @} followed by 2 to {@value #MAX_NAME} letters, digits, dots, underscores
 * and hyphens. The {@code @} must not follow a letter, digit, dot, underscore or hyphen, so e-mail
 * addresses such as {@code anna@example.com} are not mentions. A dot at the end belongs to the
 * sentence ({@code "thanks @anna."} mentions {@code anna}). A longer run of name characters is not
 * a mention at all rather than a cut-off name.
 */
public final class Mentions {

    /** The longest user name a mention can carry. */
    public static final int MAX_NAME = 60;

    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{Nd}._-])@([\\p{L}\\p{Nd}._-]+)");

    private Mentions() {}

    /**
     * The user names mentioned, in lower case (as user names are stored), each once, in the order
     * of their first mention.
     */
    public static List<String> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        Set<String> names = new LinkedHashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            int end = name.length();
            while (end > 0 && name.charAt(end - 1) == '.') {
                end--;
            }
            name = name.substring(0, end);
            int length = name.codePointCount(0, name.length());
            if (length >= 2 && length <= MAX_NAME) {
                names.add(name.toLowerCase(Locale.ROOT));
            }
        }
        return List.copyOf(names);
    }
}
