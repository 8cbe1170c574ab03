package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.ActivityType;
import org.cocrea.engagement.control.Channel;
import org.cocrea.engagement.control.EngagementComponent;
import org.cocrea.engagement.control.Exclusion;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.IncidentType;
import org.cocrea.engagement.control.Quadrant;
import org.cocrea.engagement.control.StakeholderKind;
import org.junit.jupiter.api.Test;

/** Both languages have every text, including those the engagement pages look up by an enum's code. */
class MessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/org/cocrea/web/i18n/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        Properties en = load("messages.properties");
        Properties zh = load("messages_zh.properties");

        assertThat(zh.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (String key : zh.stringPropertyNames()) {
            assertThat(zh.getProperty(key)).as(key).isNotBlank();
        }
    }

    @Test
    void everyCodeTheEngagementPagesShowHasAText() throws IOException {
        List<String> keys = new ArrayList<>();
        for (StakeholderKind k : StakeholderKind.values()) {
            keys.add("engagement.kind." + k.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Ability a : Ability.values()) {
            keys.add("engagement.ability." + a.code());
            keys.add("engagement.ability.short." + a.code());
            keys.add("engagement.ability.help." + a.code());
        }
        for (EngagementComponent c : EngagementComponent.values()) {
            keys.add("engagement.component." + c.label());
            keys.add("engagement.component.help." + c.label());
        }
        for (ActivityType t : ActivityType.values()) {
            keys.add("engagement.type." + t.code());
        }
        for (Channel c : Channel.values()) {
            keys.add("engagement.channel." + c.code());
        }
        for (IncidentType t : IncidentType.values()) {
            keys.add("engagement.incident." + t.code());
        }
        for (Quadrant q : Quadrant.values()) {
            keys.add("engagement.quadrant." + q.name());
            keys.add("engagement.quadrant.advice." + q.name());
        }
        for (Exclusion e : Exclusion.values()) {
            keys.add("engagement.exclusion." + e.name());
        }
        for (IdentificationCriteria.RankBy r : IdentificationCriteria.RankBy.values()) {
            keys.add("ident.rankBy." + r.name());
        }
        Properties en = load("messages.properties");
        assertThat(en.stringPropertyNames()).containsAll(keys);
    }
}
