package org.cocrea.engagement.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cocrea.organisation.control.ImportReport.RowError;
import org.junit.jupiter.api.Test;

class ActivityRowsTest {

    private static final Instant NOW = Instant.parse("2024-06-30T12:00:00Z");
    private static final Set<String> KNOWN = Set.of("C-1", "C-2");

    @Test
    void acceptsGoodRowsAndNamesTheLineAndColumnOfEachProblem() {
        String csv = """
                stakeholder_external_id,type,timestamp,channel,weight
                C-1,idea_submitted,2024-06-01T09:00:00Z,community,
                C-1,like,2024-06-01T09:00:00Z,web,
                C-2,vote,2031-01-01T00:00:00Z,web,1
                C-9,comment,2024-06-01T09:00:00Z,web,1
                C-2,review given,2024-06-02T09:00:00+02:00,Mobile App,2.5
                C-2,comment,2024-06-02T09:00:00Z,web,lots
                """;

        ParsedRows<Activity> r = ActivityRows.fromCsv(csv, NOW, KNOWN::contains);

        assertThat(r.rows()).isEqualTo(6);
        assertThat(r.accepted())
                .extracting(Activity::stakeholderId, Activity::type, Activity::channel, Activity::weight)
                .containsExactly(
                        tuple("C-1", ActivityType.IDEA_SUBMITTED, Channel.COMMUNITY, 1.0),
                        tuple("C-2", ActivityType.REVIEW_GIVEN, Channel.MOBILE_APP, 2.5));
        assertThat(r.errors())
                .extracting(RowError::line, RowError::column)
                .containsExactly(
                        tuple(3L, "type"),
                        tuple(4L, "timestamp"),
                        tuple(5L, "stakeholder_external_id"),
                        tuple(7L, "weight"));
        assertThat(r.errors().get(0).message()).startsWith("Unknown activity type 'like'. Use one of:");
        assertThat(r.errors().get(1).message()).startsWith("The timestamp 2031-01-01T00:00:00Z is in the future");
        assertThat(r.errors().get(2).message())
                .isEqualTo("There is no stakeholder with the external id C-9. Import the stakeholder first or correct"
                        + " the id.");
        assertThat(r.errorCount()).isEqualTo(4);
        assertThat(r.hasErrors()).isTrue();
    }

    @Test
    void readsSemicolonFilesWithDecimalCommasAndWithoutTheWeightColumn() {
        String csv =
                "\uFEFFStakeholder_External_Id;Type;Timestamp;Channel;Weight\nC-1;test;2024-06-01T09:00:00Z;in person;0,5\n";
        ParsedRows<Activity> r = ActivityRows.fromCsv(csv, NOW, null);
        assertThat(r.hasErrors()).isFalse();
        assertThat(r.accepted()).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(ActivityType.TEST_PARTICIPATION);
            assertThat(a.channel()).isEqualTo(Channel.IN_PERSON);
            assertThat(a.weight()).isEqualTo(0.5);
        });

        ParsedRows<Activity> noWeight = ActivityRows.fromCsv(
                "stakeholder_external_id,type,timestamp,channel\nC-1,vote,2024-06-01T09:00:00Z,web\n", NOW, null);
        assertThat(noWeight.accepted()).extracting(Activity::weight).containsExactly(1.0);
    }

    @Test
    void aMissingColumnIsAFileError() {
        ParsedRows<Activity> r =
                ActivityRows.fromCsv("stakeholder_external_id,type,channel\nC-1,vote,web\n", NOW, null);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("file");
            assertThat(e.message()).contains("timestamp");
        });
        assertThat(ActivityRows.fromCsv("", NOW, null).errors().get(0).message())
                .contains("The file is empty");
    }

    @Test
    void streamsAcceptedRowsAndListsAtMostAThousandErrors() {
        StringBuilder csv = new StringBuilder("stakeholder_external_id,type,timestamp,channel\n");
        for (int i = 0; i < 1200; i++) {
            csv.append("C-1,").append(i % 2 == 0 ? "vote" : "dance").append(",2024-06-01T09:00:00Z,web\n");
        }
        List<Activity> streamed = new ArrayList<>();

        ParsedRows<Activity> r = ActivityRows.fromCsv(new StringReader(csv.toString()), NOW, null, streamed::add);

        assertThat(streamed).hasSize(600);
        assertThat(r.accepted()).isEmpty();
        assertThat(r.rows()).isEqualTo(1200);
        assertThat(r.errorCount()).isEqualTo(600);
        assertThat(r.errors()).hasSize(600);

        StringBuilder worse = new StringBuilder("stakeholder_external_id,type,timestamp,channel\n");
        for (int i = 0; i < 1500; i++) {
            worse.append("C-1,dance,2024-06-01T09:00:00Z,web\n");
        }
        ParsedRows<Activity> w = ActivityRows.fromCsv(worse.toString(), NOW, null);
        assertThat(w.errorCount()).isEqualTo(1500);
        assertThat(w.errors()).hasSize(ParsedRows.MAX_LISTED_ERRORS + 1);
        assertThat(w.errors().get(ParsedRows.MAX_LISTED_ERRORS).message())
                .startsWith("500 more problems are not listed.");
    }
}
