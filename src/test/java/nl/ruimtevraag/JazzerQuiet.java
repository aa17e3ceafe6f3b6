package nl.ruimtevraag;

import com.code_intelligence.jazzer.utils.Log;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps {@code mvn verify} readable: when the fuzz test runs as a regression (no JAZZER_FUZZ),
 * Jazzer's agent prints an INFO line for every class it instruments and hook class it loads,
 * some 150 lines. This drops Jazzer's INFO lines and keeps its warnings and errors. Registered
 * in META-INF/services; it must run before the agent is installed, hence a session listener.
 */
public final class JazzerQuiet implements LauncherSessionListener {
    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz == null || fuzz.isEmpty()) {
            Log.fixOutErr(System.out, new PrintStream(new DropInfoLines(System.err), true, StandardCharsets.UTF_8));
        }
    }

    /** Passes lines through unless they start with "INFO: ". */
    private static final class DropInfoLines extends OutputStream {
        private final PrintStream target;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        DropInfoLines(PrintStream target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                String text = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (!text.startsWith("INFO: ")) {
                    target.print(text);
                    target.flush();
                }
            }
        }
    }
}
