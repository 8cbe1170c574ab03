package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ActivityTypeTest {

    @Test
    void twelveTypesWithPositiveDefaultWeights() {
        assertThat(ActivityType.values()).hasSize(12);
        assertThat(ActivityType.COUNT).isEqualTo(12);
        for (ActivityType t : ActivityType.values()) {
            assertThat(t.defaultWeight()).as(t.code()).isPositive();
            assertThat(ActivityType.fromCode(t.code())).contains(t);
        }
    }

    @Test
    void codesAreReadLeniently() {
        assertThat(ActivityType.fromCode("Idea Submitted")).contains(ActivityType.IDEA_SUBMITTED);
        assertThat(ActivityType.fromCode(" knowledge-article-read ")).contains(ActivityType.KNOWLEDGE_ARTICLE_READ);
        assertThat(ActivityType.fromCode("sign-in")).contains(ActivityType.VISIT);
        assertThat(ActivityType.fromCode("like")).isEmpty();
        assertThat(ActivityType.fromCode(null)).isEmpty();
        assertThat(Channel.fromCode("Mobile App")).contains(Channel.MOBILE_APP);
        assertThat(Channel.fromCode("forum")).contains(Channel.COMMUNITY);
        assertThat(Channel.fromCode("fax")).isEmpty();
        assertThat(StakeholderKind.fromCode("Supplier")).contains(StakeholderKind.SUPPLIER);
    }

    @Test
    void knowledgeFromStakeholdersAndAbilitySignals() {
        assertThat(ActivityType.IDEA_SUBMITTED.isKnowledgeFromStakeholder()).isTrue();
        assertThat(ActivityType.COMPLAINT.isKnowledgeFromStakeholder()).isTrue();
        assertThat(ActivityType.KNOWLEDGE_ARTICLE_READ.knowledgeFlow()).isEqualTo(KnowledgeFlow.FOR_STAKEHOLDER);
        assertThat(ActivityType.VISIT.isKnowledgeFromStakeholder()).isFalse();
        assertThat(ActivityType.VISIT.signals()).isEmpty();
        assertThat(ActivityType.feeding(Ability.RECOMMENDATION))
                .containsExactlyInAnyOrder(
                        ActivityType.REVIEW_GIVEN, ActivityType.REFERRAL_MADE, ActivityType.REFERRAL_CONVERTED);
        for (Ability a : Ability.values()) {
            assertThat(ActivityType.feeding(a)).as(a.label()).isNotEmpty();
        }
    }
}
