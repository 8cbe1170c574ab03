package org.cocrea.engagement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocrea.engagement.control.Ability;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.StakeholderKind;
import org.junit.jupiter.api.Test;

class IdentificationSqlTest {

    @Test
    void theWeightedAbilityDividesByTheSumOfTheChosenWeights() {
        IdentificationCriteria c = IdentificationCriteria.builder()
                .ability(Ability.INNOVATION, 2)
                .ability(Ability.COMMUNICATION, 1)
                .build();

        assertThat(StakeholderIdentification.abilitySql(c))
                .isEqualTo("((2.0 * s.innovation + 1.0 * s.communication) / 3.0)");
    }

    @Test
    void exclusionReasonsAreTestedInTheOrderOfIdentificationWithUserValuesAsParameters() {
        IdentificationCriteria c = IdentificationCriteria.builder()
                .kinds(Set.of(StakeholderKind.CUSTOMER))
                .segments(List.of("Home'; drop table stakeholder; --"))
                .maxRisk(40)
                .minScores(10, 20)
                .build();
        List<Object> params = new ArrayList<>();

        String sql = StakeholderIdentification.reasonSql(c, "A", params);

        assertThat(sql.indexOf("'KIND'"))
                .isLessThan(sql.indexOf("'SEGMENT'"))
                .isLessThan(sql.indexOf("'NO_CONSENT'"))
                .isLessThan(sql.indexOf("'RISK'"))
                .isLessThan(sql.indexOf("'ABILITY'"))
                .isLessThan(sql.indexOf("'WILLINGNESS'"));
        assertThat(sql).doesNotContain("drop table").doesNotContain("'REGION'");
        assertThat(params).hasSize(2);
        assertThat((String[]) params.get(1)).containsExactly("Home'; drop table stakeholder; --");
    }

    @Test
    void combinedIsZeroWhenEitherSideIsZeroAsInTheJavaRanking() {
        IdentificationCriteria c = IdentificationCriteria.defaults();

        String sql = StakeholderIdentification.combinedSql(c, "A");

        assertThat(sql).contains("A <= 0 and 0.5 > 0").contains("s.engagement <= 0 and 0.5 < 1");
    }
}
