package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class EngagementSettingsTest {

    @Test
    void settingsSurviveTheirJsonForm() {
        EngagementSettings s = new EngagementSettings(
                EngagementWeights.defaults()
                        .withComponents(0.3, 0.1, 0.1, 0.4, 0.1)
                        .withWindowDays(60)
                        .withTypeWeight(ActivityType.VISIT, 0)
                        .withEngagedThreshold(40),
                180,
                Map.of(Ability.LEARNING, 0.8));

        EngagementSettings back = EngagementSettings.fromJson(s.toJson());

        assertThat(back).isEqualTo(s);
        assertThat(back.weights().typeWeight(ActivityType.VISIT)).isZero();
        assertThat(back.resultShare().get(Ability.LEARNING)).isEqualTo(0.8);
        assertThat(back.resultShare().get(Ability.INNOVATION)).isEqualTo(0.5);
    }

    @Test
    void missingKeysTakeTheirDefaultsSoOlderSettingsStillRead() {
        EngagementSettings s = EngagementSettings.fromJson("{\"windowDays\": 30}");

        assertThat(s.weights().windowDays()).isEqualTo(30);
        assertThat(s.weights().halfLifeDays()).isEqualTo(30);
        assertThat(s.capabilityDays()).isEqualTo(365);
    }

    @Test
    void badValuesAreRefusedNamingThem() {
        assertThatThrownBy(() -> EngagementSettings.fromJson("{\"windowDays\": 0}"))
                .hasMessageContaining("windowDays");
        assertThatThrownBy(() -> EngagementSettings.fromJson("{\"typeWeights\": {\"teleport\": 1}}"))
                .hasMessageContaining("teleport");
        assertThatThrownBy(() -> EngagementSettings.fromJson("not json")).hasMessageContaining("JSON");
        assertThatThrownBy(() -> EngagementSettings.fromJson("{\"capabilityDays\": 7}"))
                .hasMessageContaining("capability window");
        assertThatThrownBy(() -> EngagementSettings.fromJson("{\"resultShare\": {\"learning\": 2}}"))
                .hasMessageContaining("learning");
    }
}
