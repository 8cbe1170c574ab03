package org.cocrea.analytics.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cocrea.analytics.data.DataTable;

/** The shipped example under {@code docs/examples}, with fewer resamples to keep tests fast. */
final class Examples {

    static final Path DIR = Path.of("..", "docs", "examples");
    static final Path DATA = DIR.resolve("data.csv");
    static final Path MODEL = DIR.resolve("model.json");
    static final int TEST_RESAMPLES = 500;

    private Examples() {}

    static String modelJson() {
        String json = read(MODEL);
        if (!json.contains("\"resamples\": 5000")) {
            throw new IllegalStateException("the example model no longer asks for 5000 resamples");
        }
        return json.replace("\"resamples\": 5000", "\"resamples\": " + TEST_RESAMPLES);
    }

    static ModelSpec spec() {
        return ModelSpec.parse(modelJson(), "model.json");
    }

    static DataTable data() {
        return DataTable.read(DATA, "data.csv");
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
