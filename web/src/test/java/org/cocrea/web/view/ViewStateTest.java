package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import org.cocrea.engagement.boundary.Page;
import org.cocrea.engagement.boundary.StakeholderIdentification;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.EngagementSettings;
import org.cocrea.engagement.control.Quadrant;
import org.cocrea.engagement.control.RankedCandidate;
import org.junit.jupiter.api.Test;

/** What the engagement view beans keep between requests can be serialised (sessions move between instances). */
class ViewStateTest {

    @SuppressWarnings("unchecked")
    static <T> T roundTrip(T value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void anIdentificationResultWithItsBreakdownsSurvives() throws Exception {
        RankedCandidate c = new RankedCandidate(
                1,
                "C-1",
                50,
                50,
                50,
                50,
                Quadrant.CO_CREATORS,
                List.of(new RankedCandidate.AbilityPart(Ability.INNOVATION, 50, 1)),
                0,
                "Rank 1 of 1");
        StakeholderIdentification.Result result = new StakeholderIdentification.Result(
                List.of(new StakeholderIdentification.Ranked(7, "Li Wei", "Home cooks", "East", c)),
                1,
                1,
                Map.of(),
                Map.of(Quadrant.CO_CREATORS, 1),
                List.of(new StakeholderIdentification.Point(7, "Li Wei", 50, 50, Quadrant.CO_CREATORS)),
                3);

        assertThat(roundTrip(result)).isEqualTo(result);
    }

    @Test
    void theListModelAndTheSettingsFormSurvive() throws Exception {
        StakeholderLazyModel model = new StakeholderLazyModel((f, s, asc, first, size) -> new Page<>(List.of(), 0));
        SettingsForm settings = SettingsForm.of(EngagementSettings.defaults());

        assertThat(roundTrip(model).getSort()).isEqualTo(model.getSort());
        assertThat(roundTrip(settings).check().settings()).isEqualTo(EngagementSettings.defaults());
    }
}
