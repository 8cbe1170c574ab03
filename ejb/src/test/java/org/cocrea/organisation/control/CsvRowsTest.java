package org.cocrea.organisation.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTest {

    @Test
    void readsCommaFilesWithQuotesAndReportsFileLineNumbers() {
        String csv = "code,name,kind,parent_code\nACME,\"Acme, Inc.\",company,\n\nSALES,Sales,division,ACME\n";

        List<CsvRows.Row> rows = CsvRows.parse(csv, List.of("code", "name", "kind"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("name")).isEqualTo("Acme, Inc.");
        assertThat(rows.get(0).get("parent_code")).isNull();
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(1).get("parent_code")).isEqualTo("ACME");
    }

    @Test
    void readsSemicolonFilesWithAByteOrderMarkAndAnyHeaderCase() {
        String csv = "\uFEFFCode;Name;KIND\nT1;Team 1;team\n";

        List<CsvRows.Row> rows = CsvRows.parse(csv, List.of("code", "name", "kind"));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("code")).isEqualTo("T1");
            assertThat(r.get("kind")).isEqualTo("team");
        });
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CsvRows.parse("code,name\nA,B\n", List.of("code", "name", "kind")))
                .withMessageContaining("kind");
    }
}
