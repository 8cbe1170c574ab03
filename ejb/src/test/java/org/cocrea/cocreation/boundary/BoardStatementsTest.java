package org.cocrea.cocreation.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BoardStatementsTest {

    @Test
    void oneCampaignIsAnEqualitySoThatTheBoardIndexesGiveTheOrder() {
        Ideas.BoardStatements s = Ideas.boardStatements(
                new BoardQuery(7L, null, null, null, null, null, "recent", 24, 12), List.of(7L), null);

        assertThat(s.countSql())
                .isEqualTo("select count(*) from idea i where i.campaign_id = ? and not i.hidden"
                        + " and i.status <> 'MERGED'");
        assertThat(s.countParams()).containsExactly(7L);
        assertThat(s.pageSql())
                .isEqualTo(Ideas.CARD_SQL + " where i.campaign_id = ? and not i.hidden and i.status <> 'MERGED'"
                        + " order by i.submitted_at desc, i.id desc limit ? offset ?");
        assertThat(s.pageParams()).containsExactly(7L, 12, 24);
    }

    @Test
    void severalCampaignsAndEveryFilter() {
        Ideas.BoardStatements s = Ideas.boardStatements(
                new BoardQuery(null, null, "open", 3L, " Energy ", "exploration", "votes", 0, 24),
                List.of(1L, 2L),
                null);

        assertThat(s.countSql())
                .isEqualTo("select count(*) from idea i where i.campaign_id = any(?) and not i.hidden"
                        + " and i.status in ('ACTIVE', 'IN_REVIEW', 'ON_HOLD') and i.stage_id = ? and i.tags @> ?"
                        + " and i.orientation = ?");
        assertThat(s.countParams()).hasSize(4);
        assertThat(s.countParams().get(0)).isEqualTo(new Long[] {1L, 2L});
        assertThat(s.countParams().get(2)).isEqualTo(new String[] {"energy"});
        assertThat(s.countParams().get(3)).isEqualTo("EXPLORATION");
        assertThat(s.pageSql()).endsWith(" order by i.vote_count desc, i.id desc limit ? offset ?");
    }

    @Test
    void relevanceOrdersByTheSearchHitsAfterTheFilterParameters() {
        List<Long> hits = List.of(30L, 10L, 20L);
        Ideas.BoardStatements s = Ideas.boardStatements(
                new BoardQuery(7L, "pump", "KILLED", null, null, null, "relevance", 0, 24), List.of(7L), hits);

        assertThat(s.countSql()).endsWith(" and i.status = ? and i.id = any(?)");
        assertThat(s.pageSql()).endsWith(" and i.id = any(?) order by array_position(?, i.id) limit ? offset ?");
        assertThat(s.pageParams()).hasSize(6);
        assertThat(s.pageParams().get(1)).isEqualTo("KILLED");
        assertThat(s.pageParams().get(2)).isEqualTo(new Long[] {30L, 10L, 20L});
        assertThat(s.pageParams().get(3)).isEqualTo(new Long[] {30L, 10L, 20L});
        assertThat(s.pageParams().subList(4, 6)).containsExactly(24, 0);
    }
}
