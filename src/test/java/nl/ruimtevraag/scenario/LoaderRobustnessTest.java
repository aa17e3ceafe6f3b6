package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Problem;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Planners mistype scenarios in every way there is: whatever the text, the loader answers with a
 * scenario or with problems, never with an exception. Mutations of basis.yaml, from a fixed seed.
 */
class LoaderRobustnessTest {
    private static final List<String> TOKENS = List.of("x", "-1", "[]", "{}", "~", "1e9", "'7'", "1.5", "true", "12%", "NH",
            "{min: 1}", "[1, 2]", "&a 1", "*a", "\"", "{", "]", ":", "- ", "2025-2030", "2030-2025", "0,5", ".nan", "",
            "{default: 1, regions: {XX: 1}}", "{value: 2}", "{low: 2, high: 1}", "randstad");

    @Test
    void noMutationOfBasisMakesTheLoaderThrow() {
        ScenarioLoader loader = new ScenarioLoader();
        String basis = ScenarioLoader.builtInText("basis");
        List<String> lines = basis.lines().toList();
        Random random = new Random(20251);
        int failed = 0;
        for (int i = 0; i < Integer.getInteger("fuzz.rounds", 1500); i++) {
            String text = mutate(lines, random);
            LoadResult r = assertDoesNotThrow(() -> loader.loadString(text, "m.yaml"), text);
            if (!r.ok()) {
                failed++;
                for (Problem p : r.problems()) {
                    assertTrue(p.line() >= 1 && p.column() >= 1, p.format());
                    assertFalse(p.message().isEmpty());
                    assertFalse(p.message().en().startsWith("the scenario could not be built"), p.format() + "\n" + text);
                }
            }
        }
        assertTrue(failed > 500, "most mutations should be errors, got " + failed);
    }

    private static String mutate(List<String> lines, Random random) {
        List<String> out = new ArrayList<>(lines);
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(out.size());
            String line = out.get(at);
            switch (random.nextInt(6)) {
                case 0 -> out.remove(at);
                case 1 -> out.add(at, line);
                case 2 -> {
                    int colon = line.indexOf(": ");
                    if (colon > 0) {
                        out.set(at, line.substring(0, colon + 2) + TOKENS.get(random.nextInt(TOKENS.size())));
                    }
                }
                case 3 -> {
                    if (!line.isEmpty()) {
                        int c = random.nextInt(line.length());
                        out.set(at, line.substring(0, c) + line.substring(c + 1));
                    }
                }
                case 4 -> out.set(at, "  " + line);
                default -> {
                    int other = random.nextInt(out.size());
                    out.set(at, out.get(other));
                    out.set(other, line);
                }
            }
        }
        return String.join("\n", out) + "\n";
    }
}
