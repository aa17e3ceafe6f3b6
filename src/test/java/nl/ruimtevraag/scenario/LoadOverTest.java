package nl.ruimtevraag.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimtevraag.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link ScenarioLoader#loadOver} (the sweep's fast path) gives what {@link ScenarioLoader#loadString}
 * gives for the same text with {@code extends: BASE}: the same scenario and the same problems.
 */
class LoadOverTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    /** Text with the extends line last, so every other line has the same number in both forms. */
    private static String withExtends(String text, String base) {
        return text + "extends: " + base + "\n";
    }

    private static void assertSameScenario(Scenario a, Scenario b) {
        assertEquals(a.name(), b.name());
        assertEquals(a.horizon(), b.horizon());
        assertEquals(a.regions(), b.regions());
        assertEquals(a.economy(), b.economy());
        assertEquals(a.circular(), b.circular());
        assertEquals(a.transformation(), b.transformation());
        assertEquals(a.replacement(), b.replacement());
        assertEquals(a.intensification(), b.intensification());
        assertEquals(a.supply(), b.supply());
        assertEquals(a.constraints(), b.constraints());
        assertEquals(a.planningReserve(), b.planningReserve());
        assertEquals(a.monteCarlo(), b.monteCarlo());
        assertEquals(a.output(), b.output());
    }

    @Test
    void overAFileBaseAsIfItExtendedIt(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("hoog.yaml");
        Files.writeString(base, "name: hoog\nregions: [randstad, NB]\ncircular:\n  extra_share: {min: 10%, mode: 15%, max: 20%}\n");
        String variant = dir.resolve("hoog.vary.yaml").toString();
        ScenarioLoader.Prepared prepared = loader.prepare(base);
        assertTrue(prepared.ok());
        for (String text : List.of("planning_reserve: 10%\n", "circular:\n  ramp: s-curve\n",
                "constraints:\n  netcongestie:\n    relief_year:\n      default: 2031\n")) {
            LoadResult slow = loader.loadString(withExtends(text, "hoog.yaml"), variant);
            LoadResult fast = loader.loadOver(prepared, text, variant);
            assertTrue(slow.ok(), slow.report());
            assertTrue(fast.ok(), fast.report());
            assertSameScenario(slow.scenario(), fast.scenario());
        }
    }

    @Test
    void theSameProblemsInTheSameOrder(@TempDir Path dir) {
        String variant = dir.resolve("basis.vary.yaml").toString();
        ScenarioLoader.Prepared prepared = loader.prepareBuiltIn("basis");
        for (String text : List.of("planning_reserve: 150%\n", "circular:\n  extra_sharee: 1%\n", "horizon:\n  end_year: 2040\n",
                "constraints:\n  netcongestie:\n    default: 2030\n")) {
            LoadResult slow = loader.loadString(withExtends(text, "basis"), variant);
            LoadResult fast = loader.loadOver(prepared, text, variant);
            assertFalse(fast.ok(), text);
            assertEquals(slow.report(), fast.report());
        }
    }

    @Test
    void aBaseThatCannotBeReadDoesNotPrepare(@TempDir Path dir) throws Exception {
        assertFalse(loader.prepare(dir.resolve("missing.yaml")).ok());
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "extends: nowhere.yaml\n");
        assertTrue(loader.prepare(broken).failure().report().contains("nowhere.yaml"));
        assertFalse(loader.prepareBuiltIn("basiss").ok());
        Path valid = dir.resolve("v.yaml");
        Files.writeString(valid, "name: v\n");
        assertFalse(loader.loadOver(loader.prepare(valid), "extends: basis\n", dir.resolve("x.yaml").toString()).ok(),
                "extends belongs to the prepared base");
    }
}
