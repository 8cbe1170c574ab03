package org.cocrea.cocreation.control;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cocrea.platform.BusinessRuleException;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.HtmlSanitizer;
import org.owasp.html.HtmlStreamEventReceiver;
import org.owasp.html.PolicyFactory;

/**
 * The rich text participants write (idea descriptions, comments, findings), made safe before it is
 * stored and shown, with the OWASP Java HTML Sanitizer.
 *
 * <p>Kept: {@code p br b strong i em u s ul ol li blockquote code pre h3 h4}, and links {@code a}
 * whose {@code href} is http, https or mailto, each given {@code rel="nofollow noopener
 * noreferrer"}. Everything else goes: scripts and styles with their content, event handlers,
 * {@code style} and other attributes, images, frames, forms, and links to any other protocol (such
 * as {@code javascript:}); the text inside removed formatting elements stays.
 */
public final class RichText {

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements(
                    "p",
                    "br",
                    "b",
                    "strong",
                    "i",
                    "em",
                    "u",
                    "s",
                    "ul",
                    "ol",
                    "li",
                    "blockquote",
                    "code",
                    "pre",
                    "h3",
                    "h4",
                    "a")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href")
            .onElements("a")
            .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
            .toFactory();

    /** Elements after which the plain text takes a space, so that paragraphs do not run together. */
    private static final Set<String> BREAKS = Set.of("p", "br", "li", "ul", "ol", "blockquote", "pre", "h3", "h4");

    private static final Pattern SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private RichText() {}

    /** The HTML made safe; null and blank give "". */
    public static String sanitise(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        return POLICY.sanitize(html);
    }

    /**
     * The plain text of HTML, for search, previews and length checks: only what the sanitiser keeps
     * (no script or style content), entities decoded, blocks separated by a space, runs of
     * whitespace collapsed to one space and the ends trimmed.
     */
    public static String text(String html) {
        if (html == null || html.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        HtmlSanitizer.sanitize(html, POLICY.apply(new TextCollector(out)));
        return SPACE.matcher(out).replaceAll(" ").strip();
    }

    /**
     * Sanitises rich text from a form and checks its length.
     *
     * @param field the field to name in a problem, e.g. {@code description}
     * @param minTextChars the fewest characters of plain text (at least 1)
     * @param maxHtmlChars the most characters of sanitised HTML, as stored
     * @return the sanitised HTML
     * @throws BusinessRuleException on {@code field} when nothing is left after sanitising, when the
     *     text is too short or the HTML too long
     */
    public static String check(String field, String html, int minTextChars, int maxHtmlChars) {
        String safe = sanitise(html);
        String text = text(safe);
        int length = text.codePointCount(0, text.length());
        if (length == 0) {
            throw BusinessRuleException.invalid(
                    field,
                    html == null || html.isBlank()
                            ? "Write some text here."
                            : "Nothing is left of this text once unsafe content is removed. Write some text here.");
        }
        if (length < minTextChars) {
            throw BusinessRuleException.invalid(
                    field, "Write at least " + minTextChars + " characters; this has " + length + ".");
        }
        if (safe.length() > maxHtmlChars) {
            throw BusinessRuleException.invalid(
                    field,
                    "The text is too long: at most " + maxHtmlChars + " characters including formatting, this has "
                            + safe.length() + ". Shorten it.");
        }
        return safe;
    }

    /** Receives what the sanitiser keeps and writes its text; the text events carry decoded text. */
    private static final class TextCollector implements HtmlStreamEventReceiver {

        private final StringBuilder out;

        TextCollector(StringBuilder out) {
            this.out = out;
        }

        @Override
        public void openDocument() {}

        @Override
        public void closeDocument() {}

        @Override
        public void openTag(String name, List<String> attrs) {
            if (BREAKS.contains(name)) {
                out.append(' ');
            }
        }

        @Override
        public void closeTag(String name) {
            if (BREAKS.contains(name)) {
                out.append(' ');
            }
        }

        @Override
        public void text(String text) {
            out.append(text);
        }
    }
}
