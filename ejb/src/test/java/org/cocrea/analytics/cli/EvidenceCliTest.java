package org.cocrea.analytics.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceCliTest {

    @TempDir
    static Path dir;

    private static Path model;
    private static Path data;

    /** Exit code, standard output and standard error of one run. */
    record Run(int code, byte[] out, String err) {
        String outText() {
            return new String(out, StandardCharsets.UTF_8);
        }
    }

    @BeforeAll
    static void files() throws IOException {
        model = Files.writeString(dir.resolve("model.json"), Examples.modelJson());
        data = Examples.DATA.toAbsolutePath();
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvidenceCli.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aBadCellExitsWith2AndOneLineNamingFileLineAndColumn() throws IOException {
        String csv = Examples.read(Examples.DATA);
        String[] lines = csv.split("\n", -1);
        lines[4] = lines[4].replaceFirst(",F01,(\\d+),", ",F01,ten,"); // tenure of line 5
        Path bad = Files.writeString(dir.resolve("bad.csv"), String.join("\n", lines));

        Run r = run(bad.toString(), model.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1);
        assertThat(r.err())
                .isEqualTo(bad + " line 5, column \"tenure\": \"ten\" is not a number; leave the cell empty for a"
                        + " missing value" + System.lineSeparator());
    }

    @Test
    void aBadModelExitsWith2NamingTheJsonPath() throws IOException {
        Path bad = Files.writeString(
                dir.resolve("bad-model.json"), Examples.modelJson().replace("\"IC4\"", "\"IC5\""));

        Run r = run(data.toString(), bad.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().strip())
                .isEqualTo(bad + ": constructs.climate.items[3]: no column \"IC5\" in " + data)
                .doesNotContain("Exception");
    }

    @Test
    void missingFilesAndWrongArgumentsExitWith2() {
        Run missing = run("nope.csv", model.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo("nope.csv: no such file");

        Run oneFile = run(data.toString());
        assertThat(oneFile.code()).isEqualTo(2);
        assertThat(oneFile.err())
                .startsWith("expected a data file and a model file")
                .contains("usage:");

        assertThat(run(data.toString(), model.toString(), "--verbose").code()).isEqualTo(2);
    }

    @Test
    void debugAddsTheStackTrace() {
        Run r = run("nope.csv", model.toString(), "--debug");

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines().count()).isGreaterThan(1);
        assertThat(r.err()).contains("InputException");
    }

    @Test
    void theSameSeedGivesByteIdenticalOutput() throws IOException {
        Run first = run(data.toString(), model.toString());
        Run second = run(data.toString(), model.toString());
        Path outFile = dir.resolve("results.json");
        Run third = run(data.toString(), model.toString(), "--out", outFile.toString());

        assertThat(first.code()).isZero();
        assertThat(first.err()).isEmpty();
        assertThat(first.outText()).startsWith("{").contains("\"model7\"").endsWith("}\n");
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(third.code()).isZero();
        assertThat(third.out()).isEmpty();
        assertThat(Files.readAllBytes(outFile)).isEqualTo(first.out());
    }

    @Test
    void readsTheSameDataFromAnExcelWorkbook() throws IOException {
        Path xlsx = dir.resolve("data.xlsx");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("survey");
            String[] lines = Examples.read(Examples.DATA).split("\n");
            for (int r = 0; r < lines.length; r++) {
                String[] cells = lines[r].split(",", -1);
                org.apache.poi.ss.usermodel.Row row = sheet.createRow(r);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    if (r > 0 && cells[c].matches("\\d+")) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            try (var out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        Run excel = run(xlsx.toString(), model.toString());
        Run csv = run(data.toString(), model.toString());

        assertThat(excel.code()).isZero();
        assertThat(excel.outText())
                .contains("\"delimiter\": null")
                .contains("\"rowsUsed\": 197")
                .contains("\"line\": 18");
        // apart from the input section, the results are those of the CSV file
        assertThat(excel.outText().substring(excel.outText().indexOf("\"warnings\"")))
                .isEqualTo(csv.outText().substring(csv.outText().indexOf("\"warnings\"")));
    }
}
