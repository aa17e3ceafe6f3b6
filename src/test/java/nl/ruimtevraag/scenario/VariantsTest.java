package nl.ruimtevraag.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep variant ({@link Variants}) is what a file with the same keys that extends the scenario
 * gives ({@link ScenarioLoader#loadString}): the same scenario, the same problems; but a problem in a
 * varied key or value is placed at its {@code --vary}.
 */
class VariantsTest {
    private final ScenarioLoader loader = new ScenarioLoader();

    private static List<Vary> grid(String... options) {
        return java.util.Arrays.stream(options).map(Vary::parse).toList();
    }

    /** The same values; the places they were written (a file's line, a --vary) may differ. */
    private static void assertSameScenario(Scenario a, Scenario b) {
        for (var part : List.<java.util.function.Function<Scenario, Object>>of(Scenario::horizon, Scenario::regions, Scenario::economy,
                Scenario::circular, Scenario::transformation, Scenario::replacement, Scenario::intensification, Scenario::supply,
                Scenario::constraints, Scenario::planningReserve, Scenario::monteCarlo, Scenario::output)) {
            assertEquals(unplaced(part.apply(a)), unplaced(part.apply(b)));
        }
    }

    private static String unplaced(Object part) {
        return part.toString().replaceAll("origin=Origin\\[file=.*?, line=\\d+, column=\\d+", "origin=Origin[");
    }

    @Test
    void aVariantIsTheFileThatExtendsTheScenario(@TempDir Path dir) throws Exception {
        Path base = dir.resolve("hoog.yaml");
        Files.writeString(base, "name: hoog\nregions: [randstad, NB]\ncircular:\n  extra_share: {min: 10%, mode: 15%, max: 20%}\n");
        Variants variants = Variants.of(loader, base.toString(), grid("planning_reserve=10%,{low: 5%, high: 15%}",
                "circular.ramp=s-curve", "constraints.netcongestie.relief_year.default=2031", "regions=[NH, UT]"));
        String[] texts = {"planning_reserve: 10%\n", "planning_reserve: {low: 5%, high: 15%}\n"};
        for (int i = 0; i < 2; i++) {
            String text = texts[i] + "circular:\n  ramp: s-curve\nconstraints:\n  netcongestie:\n    relief_year:\n      default: 2031\n"
                    + "regions: [NH, UT]\nextends: hoog.yaml\n";
            LoadResult file = loader.loadString(text, dir.resolve("v.yaml").toString());
            LoadResult variant = variants.load(variants.choice(i));
            assertTrue(file.ok(), file.report(java.util.Locale.ENGLISH));
            assertTrue(variant.ok(), variant.report(java.util.Locale.ENGLISH));
            assertSameScenario(file.scenario(), variant.scenario());
        }
        LoadResult unvaried = variants.load(new int[] {-1, -1, -1, -1});
        assertSameScenario(loader.load(base).scenario(), unvaried.scenario());
        assertEquals("hoog", unvaried.scenario().name());
    }

    /** The same problems as the file with the same keys; those in the file's own text are at the --vary's key or value. */
    @Test
    void theSameProblemsPlacedAtTheVary() {
        String[][] cases = {
            {"planning_reserve=150%", "planning_reserve: 150%\n", "--vary planning_reserve=150%"},
            {"circular.extra_sharee=1%", "circular:\n  extra_sharee: 1%\n", "--vary circular.extra_sharee"},
            {"constraints.netcongestie.default=2030", "constraints:\n  netcongestie:\n    default: 2030\n",
                "--vary constraints.netcongestie.default"},
            {"supply.zacht_realisation={low: 40%, hihg: 90%}", "supply:\n  zacht_realisation: {low: 40%, hihg: 90%}\n",
                "--vary supply.zacht_realisation={low: 40%, hihg: 90%}"},
            {"horizon.end_year=2040", "horizon:\n  end_year: 2040\n", "--vary horizon.end_year=2040"},
        };
        for (String[] c : cases) {
            List<Problem> file = loader.loadString("extends: basis\n" + c[1], "v.yaml").problems();
            List<Problem> variant = Variants.of(loader, "basis", grid(c[0])).in(java.util.Locale.ENGLISH).load(new int[] {0}).problems();
            assertFalse(variant.isEmpty(), c[0]);
            assertEquals(file.stream().map(Problem::message).toList(), variant.stream().map(Problem::message).toList(), c[0]);
            for (int i = 0; i < file.size(); i++) {
                assertEquals(file.get(i).file().equals("v.yaml") ? c[2] : file.get(i).file(), variant.get(i).file(), c[0]);
            }
        }
    }

    @Test
    void explainNamesTheVaryAndPrefixesProblemsInTheScenario() {
        Variants v = Variants.of(loader, "basis", grid("planning_reserve=0%,150%", "horizon.end_year=2040", "circulr.ramp=linear")).in(java.util.Locale.ENGLISH);
        assertArrayEquals(new int[] {1, 0, 0}, v.choice(1));
        String value = v.explain(v.load(new int[] {1, -1, -1}), new int[] {1, -1, -1});
        assertTrue(value.startsWith("--vary planning_reserve=150%: error: `planning_reserve` must lie between 0 and 1"), value);
        String inBase = v.explain(v.load(new int[] {-1, 0, -1}), new int[] {-1, 0, -1});
        assertTrue(inBase.startsWith("--vary horizon.end_year=2040: <builtin>/basis.yaml:"), inBase);
        assertTrue(inBase.contains("to end_year 2040 (--vary horizon.end_year=2040)"), "a place in a hint names the --vary:\n" + inBase);
        String key = v.explain(v.load(new int[] {-1, -1, 0}), new int[] {-1, -1, 0});
        assertTrue(key.startsWith("--vary circulr.ramp: error: unknown top-level key `circulr`\n  hint: did you mean `circular`?\n"
                + "  hint: PATH must follow the scenario's keys exactly"), key);

        assertEquals(value + inBase + key, v.checkEachValue(), "each value alone, in grid order");

        Variants ok = Variants.of(loader, "basis", grid("planning_reserve=0%,10%")).in(java.util.Locale.ENGLISH);
        assertEquals("", ok.checkEachValue());
        assertEquals("", ok.failures(new LoadResult[2]));
        String failures = v.failures(new LoadResult[] {null, v.load(v.choice(1))});
        assertTrue(failures.startsWith("error: 1 of 2 variants are invalid\nvariant 2 (--vary planning_reserve=150% "
                + "--vary horizon.end_year=2040 --vary circulr.ramp=linear):\n"), failures);
    }

    @Test
    void aValueThatIsNoYamlValueIsAProblemAtItsVary() {
        Variants v = Variants.of(loader, "basis", grid("planning_reserve=a: b,*x,- 1")).in(java.util.Locale.ENGLISH);
        for (int k = 0; k < 3; k++) {
            LoadResult r = v.load(new int[] {k});
            assertFalse(r.ok());
            assertEquals(v.choice(k).length, 1);
            assertTrue(r.problems().stream().allMatch(p -> p.file().startsWith("--vary planning_reserve=") && p.line() == 0), r.report(java.util.Locale.ENGLISH));
        }
        assertTrue(v.load(new int[] {0}).report(java.util.Locale.ENGLISH).startsWith("--vary planning_reserve=a: b: error: invalid YAML: mapping values"));
    }

    @Test
    void aScenarioThatCannotBeReadHasNoVariants(@TempDir Path dir) throws Exception {
        List<Vary> grid = grid("planning_reserve=1%");
        assertThrows(IllegalArgumentException.class, () -> Variants.of(loader, dir.resolve("missing.yaml").toString(), grid));
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "extends: nowhere.yaml\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Variants.of(loader, broken.toString(), grid))
                .getMessage().contains("nowhere.yaml"));
        assertThrows(IllegalArgumentException.class, () -> Variants.of(loader, "basiss", grid));
    }
}
