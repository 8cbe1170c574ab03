package org.cocrea.cocreation.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    @Test
    void theEnumsHoldExactlyTheValuesTheSchemaAllows() {
        // the check constraints of V12__cocreation.sql, in the same order
        assertThat(names(Orientation.values())).isEqualTo("EXPLORATION EXPLOITATION");
        assertThat(names(CampaignOrientation.values())).isEqualTo("EXPLORATION EXPLOITATION BOTH");
        assertThat(names(Audience.values())).isEqualTo("EMPLOYEES UNITS CUSTOMERS SHORTLIST PUBLIC");
        assertThat(names(IdeaStatus.values())).isEqualTo("ACTIVE IN_REVIEW ON_HOLD KILLED LAUNCHED MERGED");
        assertThat(names(Phase.values())).isEqualTo("IDENTIFICATION INTERPRETATION DEVELOPMENT VALIDATION LAUNCH");
        assertThat(names(ParticipantKind.values())).isEqualTo("CUSTOMER EMPLOYEE STAFF");
        assertThat(names(GateDecision.values())).isEqualTo("GO KILL HOLD RECYCLE");
    }

    @Test
    void onlyActiveInReviewAndOnHoldAreOpen() {
        assertThat(Arrays.stream(IdeaStatus.values()).filter(IdeaStatus::open))
                .containsExactly(IdeaStatus.ACTIVE, IdeaStatus.IN_REVIEW, IdeaStatus.ON_HOLD);
    }

    @Test
    void everyValueHasAShortLabel() {
        assertThat(Audience.UNITS.label()).isEqualTo("Selected units");
        assertThat(Audience.PUBLIC.label()).isEqualTo("Everyone");
        assertThat(IdeaStatus.IN_REVIEW.label()).isEqualTo("In review");
        assertThat(Phase.VALIDATION.label()).isEqualTo("Validation and testing");
        for (Enum<?>[] values : new Enum<?>[][] {
            Audience.values(),
            IdeaStatus.values(),
            Phase.values(),
            Orientation.values(),
            CampaignOrientation.values(),
            ParticipantKind.values(),
            GateDecision.values()
        }) {
            for (Enum<?> v : values) {
                String label = label(v);
                assertThat(label).as(v.name()).isNotBlank().hasSizeLessThanOrEqualTo(30);
            }
        }
    }

    @Test
    void aCampaignAcceptsIdeasOfItsOrientationAndBothAcceptsEither() {
        assertThat(CampaignOrientation.EXPLORATION.accepts(Orientation.EXPLORATION))
                .isTrue();
        assertThat(CampaignOrientation.EXPLORATION.accepts(Orientation.EXPLOITATION))
                .isFalse();
        assertThat(CampaignOrientation.EXPLOITATION.accepts(Orientation.EXPLOITATION))
                .isTrue();
        assertThat(CampaignOrientation.EXPLOITATION.accepts(Orientation.EXPLORATION))
                .isFalse();
        assertThat(CampaignOrientation.BOTH.accepts(Orientation.EXPLORATION)).isTrue();
        assertThat(CampaignOrientation.BOTH.accepts(Orientation.EXPLOITATION)).isTrue();
        assertThat(CampaignOrientation.BOTH.accepts(null)).isFalse();
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(" "));
    }

    private static String label(Enum<?> v) {
        if (v instanceof Audience a) {
            return a.label();
        } else if (v instanceof IdeaStatus s) {
            return s.label();
        } else if (v instanceof Phase p) {
            return p.label();
        } else if (v instanceof Orientation o) {
            return o.label();
        } else if (v instanceof CampaignOrientation c) {
            return c.label();
        } else if (v instanceof ParticipantKind k) {
            return k.label();
        }
        return ((GateDecision) v).label();
    }
}
