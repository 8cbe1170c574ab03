package org.cocrea.analytics.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataPreviewTest {

    @Test
    void summarisesEveryColumnAndShowsTheFirstRows() {
        DataTable table =
                DataTable.parseCsv("firm;CE1;tenure;note\nF01;3;2,5;x\nF01;;10;\nF02;7;4;y\nF03;5;1;\n", "data.csv");

        DataPreview preview = DataPreview.of(table, 2);

        assertThat(preview.rowCount()).isEqualTo(4);
        assertThat(preview.delimiter()).isEqualTo(';');
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(1).row()).isEqualTo(3);
        assertThat(preview.rows().get(1).cells()).containsExactly("F01", "", "10", "");

        DataPreview.ColumnSummary ce1 = preview.column("CE1");
        assertThat(ce1.numeric()).isTrue();
        assertThat(ce1.missing()).isEqualTo(1);
        assertThat(ce1.min()).isEqualTo(3);
        assertThat(ce1.max()).isEqualTo(7);
        assertThat(ce1.wholeNumbers()).isTrue();
        assertThat(ce1.fitsScale(7)).isTrue();
        assertThat(ce1.fitsScale(5)).isFalse();

        DataPreview.ColumnSummary tenure = preview.column("tenure");
        assertThat(tenure.numeric()).isFalse();
        assertThat(tenure.nonNumeric()).isEqualTo(1);
        assertThat(tenure.firstNonNumeric()).isEqualTo("2,5");
        assertThat(tenure.firstNonNumericRow()).isEqualTo(2);
        assertThat(tenure.min()).isEqualTo(1);

        DataPreview.ColumnSummary firm = preview.column("firm");
        assertThat(firm.numeric()).isFalse();
        assertThat(firm.distinctValues()).isEqualTo(3);
        assertThat(firm.min()).isNaN();
        assertThat(preview.column("note").missing()).isEqualTo(2);
    }
}
