package org.cocrea.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.zip.DeflaterOutputStream;
import org.cocrea.analytics.evidence.EvidenceResult;
import org.cocrea.analytics.evidence.ExampleStudy;
import org.cocrea.analytics.report.EvidenceReport;
import org.cocrea.analytics.report.ReportExporter;
import org.cocrea.analytics.report.ReportFormat;
import org.junit.jupiter.api.Test;

class ResultCodecTest {

    @Test
    void aStoredResultGivesTheSameReport() {
        EvidenceResult result = ExampleStudy.run();

        byte[] stored = ResultCodec.write(result);
        EvidenceResult back = ResultCodec.read(stored);

        assertThat(stored.length).isLessThan(2_000_000);
        assertThat(EvidenceReport.build(back).tables())
                .isEqualTo(EvidenceReport.build(result).tables());
        assertThat(EvidenceReport.build(back).allWarnings())
                .isEqualTo(EvidenceReport.build(result).allWarnings());
        assertThat(ReportExporter.export(EvidenceReport.build(back), ReportFormat.CSV_ZIP))
                .isEqualTo(ReportExporter.export(EvidenceReport.build(result), ReportFormat.CSV_ZIP));
        assertThat(back.model7().result().indexOfModeratedMediation().draws())
                .containsExactly(
                        result.model7().result().indexOfModeratedMediation().draws());
    }

    @Test
    void refusesClassesAResultIsNotMadeOf() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(new DeflaterOutputStream(bytes))) {
            out.writeObject(new java.net.URI("http://example.com/"));
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }

        assertThatIllegalStateException().isThrownBy(() -> ResultCodec.read(bytes.toByteArray()));
        assertThatIllegalStateException().isThrownBy(() -> ResultCodec.read(new byte[] {1, 2, 3}));
    }
}
