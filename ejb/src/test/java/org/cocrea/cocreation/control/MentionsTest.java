package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MentionsTest {

    @Test
    void findsMentionsInOrderEachOnce() {
        assertThat(Mentions.find("@anna what do you think? cc @bob.smith and @anna again, @c_d-e"))
                .containsExactly("anna", "bob.smith", "c_d-e");
    }

    @Test
    void mentionsAreLowerCasedAndDistinctIgnoringCase() {
        assertThat(Mentions.find("@Anna and @ANNA and @anna")).containsExactly("anna");
    }

    @Test
    void emailAddressesAreNotMentions() {
        assertThat(Mentions.find("write to anna@example.com or first.last@example.org or x_1@example.net"))
                .isEmpty();
        assertThat(Mentions.find("mail anna@example.com, ping @bob")).containsExactly("bob");
    }

    @Test
    void aTrailingDotEndsTheSentenceNotTheName() {
        assertThat(Mentions.find("Thanks @anna.")).containsExactly("anna");
        assertThat(Mentions.find("Thanks @anna... and @j.doe.")).containsExactly("anna", "j.doe");
    }

    @Test
    void punctuationAndBracketsAroundAMentionAreFine() {
        assertThat(Mentions.find("(@anna), \"@bob\"; @cem! @dan? @eve:"))
                .containsExactly("anna", "bob", "cem", "dan", "eve");
        assertThat(Mentions.find("line one\n@anna")).containsExactly("anna");
    }

    @Test
    void namesAreTwoToSixtyCharacters() {
        assertThat(Mentions.find("@a @ab")).containsExactly("ab");
        String sixty = "u".repeat(60);
        assertThat(Mentions.find("@" + sixty)).containsExactly(sixty);
        assertThat(Mentions.find("@" + sixty + "v"))
                .as("61 characters is no user name")
                .isEmpty();
        assertThat(Mentions.find("@x."))
                .as("one character once the dot is dropped")
                .isEmpty();
        assertThat(Mentions.find("@ alone, @@ and @.")).isEmpty();
    }

    @Test
    void lettersOfAnyAlphabetCount() {
        assertThat(Mentions.find("merci @zoé et @Łukasz")).containsExactly("zoé", "łukasz");
        assertThat(Mentions.find("année@example.com")).isEmpty();
    }

    @Test
    void nothingToFindInEmptyText() {
        assertThat(Mentions.find(null)).isEmpty();
        assertThat(Mentions.find("")).isEmpty();
        assertThat(Mentions.find("no mention here")).isEmpty();
    }
}
