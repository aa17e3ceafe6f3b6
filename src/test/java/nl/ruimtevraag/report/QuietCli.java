package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import nl.ruimtevraag.cli.Main;

/** Runs a ruimtevraag command in this JVM with {@code -q}, for tests that need its output files; it must exit 0. */
final class QuietCli {
    private QuietCli() {
    }

    static void run(String... args) {
        StringWriter err = new StringWriter();
        String[] quiet = Arrays.copyOf(args, args.length + 1);
        quiet[args.length] = "-q";
        int code = Main.run(quiet, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
    }
}
