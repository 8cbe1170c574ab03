package org.cocrea.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExampleDataTest {

    @Test
    void shippedExampleIsWhatTheSeededGeneratorWrites() {
        assertThat(Examples.read(Examples.DATA)).isEqualTo(ExampleData.csv());
    }

    @Test
    void exampleHas200RowsIn20Firms() {
        org.cocrea.analytics.data.DataTable data = Examples.data();

        assertThat(data.size()).isEqualTo(200);
        assertThat(java.util.Arrays.stream(data.texts("firm")).distinct()).hasSize(20);
    }
}
