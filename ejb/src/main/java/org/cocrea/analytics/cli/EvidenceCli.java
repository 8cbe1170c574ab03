package org.cocrea.analytics.cli;

import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.analytics.data.DataTable;
import org.cocrea.analytics.data.InputException;

/**
 * The evidence engine on the command line:
 *
 * <pre>
 *   ./mvnw -q -pl ejb compile exec:java -Dexec.args="data.csv model.json [--out results.json] [--debug]"
 * </pre>
 *
 * The data file may be CSV or an Excel workbook (its first sheet). Prints the results as
 * pretty-printed JSON to standard output, or writes them to the {@code --out} file. Errors go to
 * standard error as one sentence naming the file (and the JSON path, or the line and column of the
 * data file). Exit codes: 0 success; 2 bad input (the results of the analyses that
 * could run are still written when only some analyses failed on the data); 1 internal failure.
 * {@code --debug} adds the stack trace.
 */
public final class EvidenceCli {

    static final int OK = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    static final String USAGE = "usage: EvidenceCli data.csv|data.xlsx model.json [--out results.json] [--debug]";

    private EvidenceCli() {}

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        System.out.flush();
        if (code != OK) {
            System.exit(code);
        }
    }

    /**
     * Runs the command line and returns the exit code instead of exiting.
     *
     * @param out where the JSON goes unless {@code --out} is given
     * @param err where error messages go
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        boolean debug = false;
        String outFile = null;
        List<String> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--debug")) {
                debug = true;
            } else if (a.equals("--out")) {
                if (i + 1 >= args.length) {
                    err.println("--out needs a file name; " + USAGE);
                    return BAD_INPUT;
                }
                outFile = args[++i];
            } else if (a.equals("--help") || a.equals("-h")) {
                out.println(USAGE);
                out.println("Documentation: docs/evidence-cli.md");
                return OK;
            } else if (a.startsWith("--")) {
                err.println("unknown option " + a + "; " + USAGE);
                return BAD_INPUT;
            } else {
                files.add(a);
            }
        }
        if (files.size() != 2) {
            err.println("expected a data file and a model file, got " + files.size() + " file argument"
                    + (files.size() == 1 ? "" : "s") + "; " + USAGE);
            return BAD_INPUT;
        }
        String dataName = files.get(0);
        String modelName = files.get(1);
        try {
            ModelSpec spec = ModelSpec.parse(readText(Path.of(modelName), modelName), modelName);
            DataTable data = DataTable.read(Path.of(dataName), dataName);
            EvidenceRunner runner = new EvidenceRunner(spec, data);
            JsonObject result = runner.run();
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            JsonResults.write(result, buffer);
            if (outFile == null) {
                byte[] bytes = buffer.toByteArray();
                out.write(bytes, 0, bytes.length);
                out.flush();
            } else {
                try {
                    Files.write(Path.of(outFile), buffer.toByteArray());
                } catch (IOException e) {
                    err.println(outFile + ": cannot be written (" + e.getMessage() + ")");
                    if (debug) {
                        e.printStackTrace(err);
                    }
                    return BAD_INPUT;
                }
            }
            if (!runner.failures().isEmpty()) {
                for (String f : runner.failures()) {
                    err.println(dataName + ": analysis " + f);
                }
                return BAD_INPUT;
            }
            return OK;
        } catch (InputException e) {
            err.println(e.getMessage());
            if (debug) {
                e.printStackTrace(err);
            }
            return BAD_INPUT;
        } catch (RuntimeException | Error e) {
            err.println("internal error: " + e + " (run again with --debug for the stack trace)");
            if (debug) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        }
    }

    private static String readText(Path file, String name) {
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (NoSuchFileException e) {
            throw new InputException(name + ": no such file", e);
        } catch (MalformedInputException e) {
            throw new InputException(name + ": not a UTF-8 text file", e);
        } catch (IOException e) {
            throw new InputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }
}
