package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.EngagementSettings;
import org.junit.jupiter.api.Test;

class SettingsFormTest {

    @Test
    void theDefaultsComeBackUnchanged() {
        SettingsForm.Checked checked =
                SettingsForm.of(EngagementSettings.defaults()).check();

        assertThat(checked.ok()).isTrue();
        assertThat(checked.settings()).isEqualTo(EngagementSettings.defaults());
    }

    @Test
    void changedValuesReachTheSettings() {
        SettingsForm form = SettingsForm.of(EngagementSettings.defaults());
        form.setRecency(2);
        form.setHalfLifeDays(45);
        form.setWindowDays(120);
        form.setEngagedThreshold(60);
        form.setCapabilityDays(730);
        form.getTypeWeights().get(ActivityType.VISIT.ordinal()).setWeight(0);
        form.getResultShares().get(Ability.LEARNING.ordinal()).setShare(0.8);

        EngagementSettings s = form.check().settings();

        assertThat(s.weights().recency()).isEqualTo(2);
        assertThat(s.weights().halfLifeDays()).isEqualTo(45);
        assertThat(s.weights().windowDays()).isEqualTo(120);
        assertThat(s.weights().engagedThreshold()).isEqualTo(60);
        assertThat(s.weights().isOn(ActivityType.VISIT)).isFalse();
        assertThat(s.capabilityDays()).isEqualTo(730);
        assertThat(s.resultShare().get(Ability.LEARNING)).isEqualTo(0.8);
    }

    @Test
    void everyRefusedValueIsNamedWithTheRefusalsText() {
        SettingsForm form = SettingsForm.of(EngagementSettings.defaults());
        form.setDepth(-1);
        form.setHalfLifeDays(0);
        form.setWindowDays(5000);
        form.setEngagedThreshold(120);
        form.setCapabilityDays(10);
        form.getTypeWeights().get(ActivityType.COMMENT.ordinal()).setWeight(200);
        form.getResultShares().get(Ability.KNOWLEDGE.ordinal()).setShare(1.5);

        SettingsForm.Checked checked = form.check();

        assertThat(checked.ok()).isFalse();
        assertThat(checked.problems())
                .extracting(SettingsForm.Problem::field)
                .containsExactly(
                        "depth",
                        "halfLifeDays",
                        "windowDays",
                        "engagedThreshold",
                        "type-comment",
                        "capabilityDays",
                        "share-knowledge");
        assertThat(checked.problems().get(0).message()).contains("depth weight");
        assertThat(checked.problems().get(1).message()).startsWith("halfLifeDays must be above 0");
        assertThat(checked.problems().get(4).message()).contains("activity type comment");
        assertThat(checked.problems().get(6).message()).contains("knowledge level");
    }

    @Test
    void rulesAcrossFieldsAreNamedOnTheFirstFieldOfTheirGroup() {
        SettingsForm form = SettingsForm.of(EngagementSettings.defaults());
        form.setRecency(0);
        form.setFrequency(0);
        form.setBreadth(0);
        form.setDepth(0);
        for (SettingsForm.TypeWeight t : form.getTypeWeights()) {
            t.setWeight(0);
        }

        SettingsForm.Checked checked = form.check();

        assertThat(checked.problems()).extracting(SettingsForm.Problem::field).containsExactly("recency", "type-visit");
        assertThat(checked.problems().get(0).message()).contains("At least one of the recency");
        assertThat(checked.problems().get(1).message()).contains("At least one activity type");
    }

    @Test
    void settingsFieldsMapToTheirClientIdsIncludingRepeatedRows() {
        assertThat(IdentificationView.settingsClientId("halfLifeDays")).isEqualTo("settingsForm:halfLifeDays");
        assertThat(IdentificationView.settingsClientId("type-comment"))
                .isEqualTo("settingsForm:types:" + ActivityType.COMMENT.ordinal() + ":type-weight");
        assertThat(IdentificationView.settingsClientId("share-learning"))
                .isEqualTo("settingsForm:shares:" + Ability.LEARNING.ordinal() + ":share");
        assertThat(IdentificationView.settingsClientId("type-unknown")).isNull();
        assertThat(IdentificationView.settingsClientId(null)).isNull();
    }
}
