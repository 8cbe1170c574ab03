package org.cocrea.web.view;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.cocrea.engagement.control.ActivityRows;
import org.cocrea.engagement.control.StakeholderRows;
import org.junit.jupiter.api.Test;

class ImportTemplatesTest {

    @Test
    void theStakeholderTemplateHasEveryColumnAndImportsAsItIs() {
        String csv = new String(ImportTemplates.bytes(ImportTemplates.STAKEHOLDERS), StandardCharsets.UTF_8);

        var parsed = StakeholderRows.fromCsv(csv, LocalDate.of(2025, 6, 30));

        assertThat(csv).startsWith("\uFEFFexternal_id,");
        assertThat(csv.lines().findFirst().orElseThrow().substring(1).split(","))
                .containsExactlyElementsOf(StakeholderRows.COLUMNS);
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.accepted()).hasSize(2);
        assertThat(parsed.accepted().get(0).tags()).containsExactly("beta tester", "forum");
    }

    @Test
    void theActivityTemplateImportsForTheTemplatesStakeholders() {
        var parsed = ActivityRows.fromCsv(
                ImportTemplates.ACTIVITIES,
                Instant.parse("2025-06-30T00:00:00Z"),
                Set.of("CRM-10001", "P-2001")::contains);

        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.accepted()).hasSize(4);
    }
}
