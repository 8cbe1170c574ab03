package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoDestructionRiskTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private final CoDestructionRisk risk = new CoDestructionRisk();

    @Test
    void aConfirmedSevereAbuseOnTheDayAndAfterTwoHalfLives() {
        Incident abuse = new Incident(IncidentType.REPORTED_ABUSE, 5, TODAY, true);

        // load = weight 2 × severity 5 × confirmed 1 × 2^0 = 10; risk = 100 × 10 / (10 + 5) = 66.67
        RiskScore now = risk.score("s", List.of(abuse), TODAY);
        assertThat(now.load()).isEqualTo(10);
        assertThat(now.risk()).isCloseTo(200.0 / 3, within(1e-9));
        assertThat(now.loadByType()).containsEntry(IncidentType.REPORTED_ABUSE, 10.0);

        // 360 days later: 10 × 2^(−360/180) = 2.5; risk = 100 × 2.5 / 7.5 = 33.33
        RiskScore later = risk.score("s", List.of(abuse), TODAY.plusDays(360));
        assertThat(later.load()).isCloseTo(2.5, within(1e-12));
        assertThat(later.risk()).isCloseTo(100.0 / 3, within(1e-9));
    }

    @Test
    void unconfirmedReportsCountHalfAndLoadsAdd() {
        Incident abuse = new Incident(IncidentType.REPORTED_ABUSE, 5, TODAY, true);
        Incident conflict = new Incident(IncidentType.CONFLICT, 2, TODAY.minusDays(180), false);

        // conflict: 1 × 2 × 0.5 × 2^(−1) = 0.5 → risk 100 × 0.5 / 5.5 = 9.09
        assertThat(risk.score("s", List.of(conflict), TODAY).risk()).isCloseTo(100 * 0.5 / 5.5, within(1e-9));
        // both: 10.5 → 100 × 10.5 / 15.5 = 67.74
        RiskScore both = risk.score("s", List.of(abuse, conflict), TODAY);
        assertThat(both.load()).isCloseTo(10.5, within(1e-12));
        assertThat(both.risk()).isCloseTo(100 * 10.5 / 15.5, within(1e-9));
        assertThat(both.incidents()).isEqualTo(2);
    }

    @Test
    void noIncidentsNoRiskAndLaterIncidentsDoNotCountForAnEarlierDate() {
        assertThat(risk.score("s", List.of(), TODAY).risk()).isZero();
        RiskScore before =
                risk.score("s", List.of(new Incident(IncidentType.MISUSE, 3, TODAY.plusDays(1), true)), TODAY);
        assertThat(before.risk()).isZero();
        assertThat(before.incidents()).isZero();
    }

    @Test
    void settingsAreConfigurableAndChecked() {
        // weight of abandoned commitments raised to 3, half-risk load 3: 3 × 1 = 3 → 50
        CoDestructionRisk strict = new CoDestructionRisk(180, 0.5, 3, Map.of(IncidentType.ABANDONED_COMMITMENT, 3.0));
        assertThat(strict.score("s", List.of(new Incident(IncidentType.ABANDONED_COMMITMENT, 1, TODAY, true)), TODAY)
                        .risk())
                .isCloseTo(50, within(1e-9));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Incident(IncidentType.CONFLICT, 6, TODAY, true))
                .withMessageContaining("Severity must be 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CoDestructionRisk(0, 0.5, 5, Map.of()))
                .withMessageContaining("halfLifeDays");
    }
}
