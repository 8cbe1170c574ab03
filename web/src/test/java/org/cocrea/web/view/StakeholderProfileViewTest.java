package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.engagement.boundary.StakeholderProfiles.CapabilitySnapshot;
import org.junit.jupiter.api.Test;

class StakeholderProfileViewTest {

    static final LocalDate TODAY = LocalDate.of(2025, 6, 15);

    static CapabilitySnapshot on(String date) {
        return new CapabilitySnapshot(LocalDate.parse(date), 40, List.of(1.0, 2.0, 3.0, 4.0, 5.0), 0);
    }

    @Test
    void theRadarComparesWithTheLatestMonthAtLeastAYearAgo() {
        List<CapabilitySnapshot> history =
                List.of(on("2024-03-01"), on("2024-05-01"), on("2024-06-01"), on("2024-07-01"), on("2025-06-01"));

        assertThat(StakeholderProfileView.baseline(history, TODAY).asOf()).isEqualTo(LocalDate.parse("2024-06-01"));
    }

    @Test
    void withoutAYearOfHistoryItTakesTheEarliestMonthThatIsNotRecent() {
        assertThat(StakeholderProfileView.baseline(List.of(on("2025-01-01"), on("2025-03-01")), TODAY)
                        .asOf())
                .isEqualTo(LocalDate.parse("2025-01-01"));
        assertThat(StakeholderProfileView.baseline(List.of(on("2025-06-01")), TODAY))
                .isNull();
        assertThat(StakeholderProfileView.baseline(List.of(), TODAY)).isNull();
    }
}
