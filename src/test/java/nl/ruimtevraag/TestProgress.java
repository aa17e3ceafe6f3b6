package nl.ruimtevraag;

import java.io.PrintStream;
import java.util.Locale;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * A short progress line for {@code mvn -q verify}, which is otherwise silent for many minutes:
 * at most one line every 30 seconds while the tests run ({@code tests: 41/70 classes, 4576 run,
 * 0 failed, 0 skipped, 1 min 43 s}), a line at once for each failure, and one at the end of each test JVM
 * (the unit tests, then the {@code *IT} tests on the shaded jar). Registered in
 * META-INF/services; Surefire passes the test JVM's standard output to the console even with -q.
 * Not the closing test summary: Surefire's, and .ci/run's, stay the ones to read.
 */
public final class TestProgress implements TestExecutionListener {
    private static final long EVERY_NANOS = 30_000_000_000L;

    private PrintStream out;
    private long start;
    private long last;
    private int classes;
    private int classesDone;
    private int run;
    private int failed;
    private int skipped;

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        out = System.out; // the test JVM's own: tests may swap System.out for a while
        start = System.nanoTime();
        last = start;
        for (TestIdentifier root : plan.getRoots()) {
            classes += (int) plan.getChildren(root).stream().filter(TestProgress::isClass).count();
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (id.isTest()) {
            run++;
        }
        if (result.getStatus() == TestExecutionResult.Status.ABORTED && id.isTest()) {
            skipped++; // an assumption that does not hold here (e.g. read-only files as root)
        }
        if (result.getStatus() == TestExecutionResult.Status.FAILED && (id.isTest() || isClass(id))) {
            failed++;
            print("FAILED " + id.getLegacyReportingName() + " in " + className(id) + ": "
                    + result.getThrowable().map(t -> firstLine(String.valueOf(t.getMessage()))).orElse(""));
        }
        if (isClass(id)) {
            classesDone++;
            long now = System.nanoTime();
            if (now - last >= EVERY_NANOS && classesDone < classes) { // the last class: the end's line says it
                last = now;
                print(status());
            }
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest()) {
            skipped++;
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        if (classes > 0) {
            print(status() + (failed == 0 ? ", done" : ""));
        }
    }

    private String status() {
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        return String.format(Locale.ROOT, "tests: %d/%d classes, %d run, %d failed, %d skipped, %s", classesDone, classes, run, failed,
                skipped,
                seconds >= 60 ? seconds / 60 + " min " + seconds % 60 + " s" : seconds + " s");
    }

    private void print(String line) {
        if (out != null) {
            out.println(line);
            out.flush();
        }
    }

    private static boolean isClass(TestIdentifier id) {
        return id.isContainer() && id.getSource().filter(ClassSource.class::isInstance).isPresent()
                && id.getParentId().map(p -> !p.contains("/")).orElse(false); // a top-level class: its parent is the engine
    }

    private static String className(TestIdentifier id) {
        return id.getSource().filter(ClassSource.class::isInstance).map(s -> ((ClassSource) s).getClassName())
                .orElse(id.getUniqueId().replaceAll(".*\\[class:([^\\]]*)\\].*", "$1"));
    }

    private static String firstLine(String s) {
        int eol = s.indexOf('\n');
        String line = eol < 0 ? s : s.substring(0, eol);
        return line.length() > 200 ? line.substring(0, 197) + "..." : line;
    }
}
