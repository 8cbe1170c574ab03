package org.cocrea.engagement.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.engagement.control.IdentificationCriteria;
import org.cocrea.engagement.control.Quadrant;
import org.junit.jupiter.api.Test;

/** The SQL the registry list and identification build (the rows they return are timed in EngagementBenchmark). */
class RegistrySqlTest {

    @Test
    void columnsThatCannotBeEmptySortWithoutNullsLastSoTheirIndexGivesTheOrder() {
        assertThat(StakeholderFilter.Sort.NAME.orderBy(true)).isEqualTo("lower(s.display_name) asc, s.id asc");
        assertThat(StakeholderFilter.Sort.ENGAGEMENT.orderBy(false)).isEqualTo("s.engagement desc, s.id desc");
        assertThat(StakeholderFilter.Sort.SEGMENT.orderBy(false)).isEqualTo("s.segment desc nulls last, s.id desc");
        assertThat(StakeholderFilter.Sort.REGION.orderBy(true)).isEqualTo("s.region asc nulls last, s.id asc");
    }

    @Test
    void aNameSearchSortedByNameFindsTheMatchesBeforeSorting() {
        StakeholderFilter search = new StakeholderFilter("Mar", null, null, null, null, null);
        List<Object> params = new ArrayList<>();
        String where = Stakeholders.where(search, params);
        assertThat(Stakeholders.pageSql(search, StakeholderFilter.Sort.NAME, true, where))
                .contains(" from (select * from stakeholder s where true and (lower(s.display_name) like ?")
                .endsWith(" offset 0) s order by lower(s.display_name) asc, s.id asc limit ? offset ?");
        assertThat(params).containsExactly("mar%", "Mar");
        // sorted by anything else, or without a search, the sort column's index is walked directly
        assertThat(Stakeholders.pageSql(search, StakeholderFilter.Sort.ENGAGEMENT, false, where))
                .contains(" from stakeholder s where")
                .doesNotContain("offset 0");
        assertThat(Stakeholders.pageSql(null, null, true, Stakeholders.where(null, new ArrayList<>())))
                .endsWith(
                        " from stakeholder s where true order by lower(s.display_name) asc, s.id asc limit ? offset ?");
    }

    @Test
    void identificationCountsEachRowUnderItsExclusionOrElseItsQuadrant() {
        IdentificationCriteria c =
                IdentificationCriteria.builder().segments(List.of("Home cooks")).build();
        String ability = StakeholderIdentification.abilitySql(c);
        List<Object> params = new ArrayList<>();
        String code = StakeholderIdentification.reasonSql(c, ability, params, "'" + Quadrant.OBSERVERS.name() + "'");
        assertThat(code)
                .startsWith("(case when s.segment is null or not (s.segment = any(?)) then 'SEGMENT'")
                .endsWith(" else 'OBSERVERS' end)");
        assertThat(params).hasSize(1);
        List<Object> again = new ArrayList<>();
        assertThat(StakeholderIdentification.reasonSql(c, ability, again)).endsWith(" else null end)");
        assertThat(again).hasSize(1);
    }

    @Test
    void theChartSampleReadsAboutOneAndAQuarterTimesTheDotsItShows() {
        assertThat(StakeholderIdentification.pageSample(1_000_000))
                .isEqualTo(" tablesample system (0.2500) repeatable (0)");
        assertThat(StakeholderIdentification.pageSample(2_001))
                .isEqualTo(" tablesample system (100.0000) repeatable (0)");
    }
}
