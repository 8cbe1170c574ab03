package org.cocrea.analytics.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.analytics.data.DataProblem;
import org.cocrea.analytics.data.InputException;
import org.cocrea.analytics.evidence.CancellationToken;
import org.junit.jupiter.api.Test;

class EvidenceJobsTest {

    /** Records progress writes instead of updating the database; says "stop" once asked to. */
    static final class FakeJobs extends EvidenceJobs {
        final List<Double> written = new ArrayList<>();
        boolean cancelAsked;

        @Override
        public boolean progress(long runId, double fraction, String stage) {
            written.add(fraction);
            return cancelAsked;
        }
    }

    @Test
    void progressReachesTheDatabaseAtMostTwiceASecondButAlwaysAtTheEnd() {
        FakeJobs jobs = new FakeJobs();
        CancellationToken token = new CancellationToken();
        EvidenceJobs.Reporter reporter = new EvidenceJobs.Reporter(jobs, 1, token);

        for (int i = 0; i < 1000; i++) {
            reporter.progress(i / 1000.0, "step " + i);
        }
        reporter.progress(1, "Done");

        assertThat(jobs.written).hasSizeBetween(2, 10);
        assertThat(jobs.written.get(0)).isEqualTo(0.0);
        assertThat(jobs.written.get(jobs.written.size() - 1)).isEqualTo(1.0);
        assertThat(token.isCancelled()).isFalse();
    }

    @Test
    void aCancelRequestInTheDatabaseCancelsTheToken() throws InterruptedException {
        FakeJobs jobs = new FakeJobs();
        CancellationToken token = new CancellationToken();
        EvidenceJobs.Reporter reporter = new EvidenceJobs.Reporter(jobs, 1, token);
        reporter.progress(0.1, "first");
        jobs.cancelAsked = true;

        reporter.progress(0.2, "too soon: not checked");
        assertThat(token.isCancelled()).isFalse();
        Thread.sleep(EvidenceJobs.CHECK_MILLIS + 50);
        reporter.progress(0.3, "checked");

        assertThat(token.isCancelled()).isTrue();
    }

    @Test
    void longStagesAreCut() {
        assertThat(EvidenceJobs.truncate("x".repeat(400)))
                .hasSize(EvidenceJobs.STAGE_LENGTH)
                .endsWith("\u2026");
        assertThat(EvidenceJobs.truncate("short")).isEqualTo("short");
    }

    @Test
    void inputProblemsNameTheirColumn() {
        InputException e = new InputException(List.of(
                new DataProblem(DataProblem.Kind.NOT_A_NUMBER, "tenure", 5, "data.csv line 5, column \"tenure\": bad"),
                new DataProblem(DataProblem.Kind.FILE, null, 0, "second")));

        EvidenceInputException b = EvidenceInputException.of(e);

        assertThat(b.getField()).isEqualTo("tenure");
        assertThat(b.getMessage()).isEqualTo("data.csv line 5, column \"tenure\": bad (and 1 more problem)");
        assertThat(b.getProblems()).hasSize(2);
        assertThat(EvidenceInputException.fieldOf(e.problems().get(1))).isEqualTo("file");
    }

    @Test
    void uploadedNamesLoseTheirPath() {
        assertThat(EvidenceAnalyses.cleanFileName("C:\\Users\\me\\survey 2026.xlsx"))
                .isEqualTo("survey 2026.xlsx");
        assertThat(EvidenceAnalyses.cleanFileName("../../etc/data.csv")).isEqualTo("data.csv");
        assertThat(EvidenceAnalyses.cleanFileName(null)).isEqualTo("data");
        assertThat(EvidenceAnalyses.sha256(new byte[0]))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
