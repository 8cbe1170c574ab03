package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.cocrea.cocreation.control.StageDefinitionTest.fields;
import static org.cocrea.cocreation.control.StageDefinitionTest.messages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cocrea.platform.BusinessRuleException;
import org.junit.jupiter.api.Test;

class TagsTest {

    @Test
    void tagsAreTrimmedLowerCasedAndCollapsed() {
        assertThat(Tags.normalise(List.of("  Green Energy ", "IoT", "supply   chain", "e-mobility", "Café 2")))
                .containsExactly("green energy", "iot", "supply chain", "e-mobility", "café 2");
    }

    @Test
    void duplicatesAreDroppedIgnoringCaseKeepingTheFirstPlace() {
        assertThat(Tags.normalise(List.of("AI", "ux", "ai", " Ai ", "UX"))).containsExactly("ai", "ux");
    }

    @Test
    void blankEntriesAreSkipped() {
        assertThat(Tags.normalise(Arrays.asList("a", "", "  ", null, "b"))).containsExactly("a", "b");
        assertThat(Tags.normalise(null)).isEmpty();
        assertThat(Tags.normalise(List.of())).isEmpty();
    }

    @Test
    void tagsAreOneToFortyCharacters() {
        assertThat(Tags.normalise(List.of("x", "y".repeat(40)))).containsExactly("x", "y".repeat(40));

        BusinessRuleException e =
                catchThrowableOfType(() -> Tags.normalise(List.of("ok", "z".repeat(41))), BusinessRuleException.class);
        assertThat(fields(e)).containsExactly("tags[1]");
        assertThat(e.getFieldProblems().get(0).message())
                .isEqualTo("A tag can be at most 40 characters; \"" + "z".repeat(41) + "\" has 41.");
    }

    @Test
    void onlyLettersDigitsHyphensAndSpaces() {
        BusinessRuleException e = catchThrowableOfType(
                () -> Tags.normalise(List.of("c#", "ok", "a_b", "<b>x</b>", "r&d")), BusinessRuleException.class);

        assertThat(e.getMessage()).isEqualTo("The tags are not valid.");
        assertThat(fields(e)).containsExactly("tags[0]", "tags[2]", "tags[3]", "tags[4]");
        assertThat(messages(e).get("tags[0]"))
                .isEqualTo("The tag \"c#\" can only have letters, digits, hyphens and spaces.");
    }

    @Test
    void atMostTenDistinctTags() {
        List<String> tags = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            tags.add("tag " + i);
        }
        tags.add("TAG 1"); // a duplicate does not count
        assertThat(Tags.normalise(tags)).hasSize(10);

        tags.add("tag 11");
        BusinessRuleException e = catchThrowableOfType(() -> Tags.normalise(tags), BusinessRuleException.class);
        assertThat(fields(e)).containsExactly("tags");
        assertThat(e.getFieldProblems().get(0).message()).isEqualTo("An idea can have at most 10 tags; there are 11.");
    }
}
