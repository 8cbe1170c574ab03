package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.cocrea.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class RichTextTest {

    @Test
    void allowedFormattingIsKept() {
        String html = "<h3>Idea</h3><p>A <b>bold</b>, <strong>strong</strong>, <i>i</i>, <em>em</em>, <u>u</u> and"
                + " <s>s</s> text.<br></p><ul><li>one</li></ul><ol><li>two</li></ol><blockquote>quote</blockquote>"
                + "<pre><code>x = 1</code></pre><h4>End</h4>";

        assertThat(RichText.sanitise(html))
                .isEqualTo("<h3>Idea</h3><p>A <b>bold</b>, <strong>strong</strong>, <i>i</i>, <em>em</em>, <u>u</u>"
                        + " and <s>s</s> text.<br /></p><ul><li>one</li></ul><ol><li>two</li></ol>"
                        + "<blockquote>quote</blockquote><pre><code>x &#61; 1</code></pre><h4>End</h4>");
    }

    @Test
    void linksKeepOnlyWebAndMailAddressesAndGetSafeRels() {
        assertThat(RichText.sanitise("<a href=\"https://example.org/a?b=1\" target=\"_blank\" title=\"t\">site</a>"))
                .isEqualTo("<a href=\"https://example.org/a?b&#61;1\" rel=\"nofollow noopener noreferrer\">site</a>");
        assertThat(RichText.sanitise("<a href=\"http://example.org\" rel=\"author\">x</a>"))
                .contains("href=\"http://example.org\"")
                .contains("nofollow")
                .contains("noopener")
                .contains("noreferrer");
        assertThat(RichText.sanitise("<a href=\"mailto:anna@example.org\">mail</a>"))
                .isEqualTo("<a href=\"mailto:anna&#64;example.org\" rel=\"nofollow noopener noreferrer\">mail</a>");
        assertThat(RichText.sanitise("<a href=\"ftp://example.org/f\">f</a>")).isEqualTo("f");
        assertThat(RichText.sanitise("<a href=\"data:text/html;base64,PHNjcmlwdD4=\">d</a>"))
                .isEqualTo("d");
    }

    @Test
    void scriptTagsGoWithTheirContent() {
        assertThat(RichText.sanitise("<p>Hi<script>alert('x')</script></p>")).isEqualTo("<p>Hi</p>");
        assertThat(RichText.sanitise("<SCRIPT SRC=//evil.example/x.js></SCRIPT>ok"))
                .isEqualTo("ok");
        assertThat(RichText.sanitise("<scr<script>ipt>alert(1)</script>")).doesNotContain("<script");
    }

    @Test
    void imagesWithEventHandlersGo() {
        assertThat(RichText.sanitise("<img src=x onerror=alert(1)>text")).isEqualTo("text");
        assertThat(RichText.sanitise("<p onclick=\"steal()\" onmouseover=\"x()\">p</p>"))
                .isEqualTo("<p>p</p>");
    }

    @Test
    void javascriptLinksGoInEveryDisguise() {
        for (String href : new String[] {
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "java&#09;script:alert(1)",
            "&#106;avascript:alert(1)",
            "vbscript:msgbox(1)"
        }) {
            String out = RichText.sanitise("<a href=\"" + href + "\">click</a>");
            assertThat(out).as(href).isEqualTo("click");
        }
    }

    @Test
    void svgStyleFramesAndFormsGo() {
        assertThat(RichText.sanitise("<svg onload=alert(1)><circle r=1 /></svg>ok"))
                .isEqualTo("ok");
        assertThat(RichText.sanitise("<style>body{display:none}</style><p style=\"color:red\">p</p>"))
                .isEqualTo("<p>p</p>");
        assertThat(RichText.sanitise(
                        "<iframe src=\"https://evil.example\"></iframe><form action=x><input" + " name=p></form>ok"))
                .isEqualTo("ok");
        assertThat(RichText.sanitise("<div class=\"x\" id=\"y\"><span>kept text</span></div>"))
                .isEqualTo("kept text");
    }

    @Test
    void textIsDecodedCollapsedAndFreeOfMarkup() {
        assertThat(RichText.text("<p>Fish &amp; chips</p><p>cost &lt; &euro;5&nbsp;today</p>"))
                .isEqualTo("Fish & chips cost < €5 today");
        assertThat(RichText.text("<ul><li>one</li><li>two</li></ul>line<br>break"))
                .isEqualTo("one two line break");
        assertThat(RichText.text("  <b>a</b>\n\n\t<i>b</i>  ")).isEqualTo("a b");
        assertThat(RichText.text("<p>x<script>var secret = 1;</script><style>p{}</style>y</p>"))
                .isEqualTo("xy");
        assertThat(RichText.text("a@b.example = 1 + 2")).isEqualTo("a@b.example = 1 + 2");
        assertThat(RichText.text(null)).isEmpty();
        assertThat(RichText.text("   ")).isEmpty();
        assertThat(RichText.sanitise(null)).isEmpty();
    }

    @Test
    void checkReturnsTheSanitisedHtml() {
        assertThat(RichText.check("description", "<p>A good idea <script>x()</script></p>", 5, 100))
                .isEqualTo("<p>A good idea </p>");
    }

    @Test
    void checkRefusesEmptyTextNamingTheField() {
        assertThat(checkProblem("<script>alert(1)</script><img src=x>", 1, 1000))
                .isEqualTo("Nothing is left of this text once unsafe content is removed. Write some text here.");
        assertThat(checkProblem("<p> &nbsp; </p>", 1, 1000))
                .isEqualTo("Nothing is left of this text once unsafe content is removed. Write some text here.");
        assertThat(checkProblem("  ", 1, 1000)).isEqualTo("Write some text here.");
        assertThat(checkProblem(null, 1, 1000)).isEqualTo("Write some text here.");
    }

    @Test
    void checkCountsTextCharactersForTheMinimumAndHtmlForTheMaximum() {
        // "abcdefghij" is 10 characters of text, however much markup surrounds it
        assertThat(RichText.check("body", "<p><b>abcde</b><i>fghij</i></p>", 10, 1000))
                .isNotEmpty();
        assertThat(checkProblem("<p><b>abcde</b><i>fghi</i></p>", 10, 1000))
                .isEqualTo("Write at least 10 characters; this has 9.");

        // <p>abcdefghij</p> is 17 characters of HTML
        assertThat(RichText.check("body", "<p>abcdefghij</p>", 1, 17)).isEqualTo("<p>abcdefghij</p>");
        assertThat(checkProblem("<p>abcdefghij</p>", 1, 16))
                .isEqualTo(
                        "The text is too long: at most 16 characters including formatting, this has 17. Shorten it.");
        // removed markup does not count against the maximum
        assertThat(RichText.check("body", "<p onclick=\"a-long-handler()\">abcdefghij</p>", 1, 17))
                .isEqualTo("<p>abcdefghij</p>");
    }

    private static String checkProblem(String html, int min, int max) {
        BusinessRuleException e =
                catchThrowableOfType(() -> RichText.check("description", html, min, max), BusinessRuleException.class);
        assertThat(e.getField()).isEqualTo("description");
        return e.getMessage();
    }
}
