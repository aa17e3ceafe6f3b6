package nl.ruimtevraag.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import nl.ruimtevraag.data.DataSetException;
import nl.ruimtevraag.data.DataSetLoader;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.scenario.LoadResult;
import nl.ruimtevraag.scenario.ScenarioLoader;

/** Loads the data set and a scenario for a command, turning problems into {@link UserError}s. */
final class Inputs {
    private Inputs() {
    }

    /** The data set (null: the embedded one); its problems in Dutch. */
    static RegionalData data(Path dir) {
        return data(dir, Language.NL);
    }

    /** The data set (null: the embedded one); its problems in the given language. */
    static RegionalData data(Path dir, Language language) {
        try {
            return dir == null ? DataSetLoader.loadEmbedded() : DataSetLoader.load(dir);
        } catch (DataSetException e) {
            throw new UserError(ExitCodes.INVALID, e.report(language.consoleLocale()));
        }
    }

    static nl.ruimtevraag.model.RegionShapes boundaries(Path file, String key, RegionalData data, Language language) {
        try {
            return nl.ruimtevraag.data.BoundariesLoader.load(file, key, data.codes());
        } catch (DataSetException e) {
            throw new UserError(ExitCodes.INVALID, e.report(language.consoleLocale()));
        }
    }

    /**
     * A data set (null: the embedded one) and a scenario read against it, with its parsed text for
     * problems found later at the place of a key ({@link ScenarioLoader.Parsed#problemAt}).
     */
    record Loaded(RegionalData data, Scenario scenario, ScenarioLoader.Parsed parsed) {
    }

    /** The data set (null: the embedded one), then the scenario read against it. */
    static Loaded dataAndScenario(Path dataDir, String fileOrName) {
        return dataAndScenario(dataDir, fileOrName, Language.NL);
    }

    /** As {@link #dataAndScenario(Path, String)}, with the problems in the given language. */
    static Loaded dataAndScenario(Path dataDir, String fileOrName, Language language) {
        RegionalData data = data(dataDir, language);
        ScenarioLoader.Parsed parsed = parse(fileOrName);
        return new Loaded(data, scenario(parsed, data, language), parsed);
    }

    /** A scenario file, or a built-in scenario by name when the argument is no file (e.g. "basis"). */
    static Scenario scenario(String fileOrName, RegionalData data) {
        return scenario(parse(fileOrName), data, Language.NL);
    }

    /** A parsed scenario ({@link #parse}) validated against the data set: its regions and its stock. */
    private static Scenario scenario(ScenarioLoader.Parsed parsed, RegionalData data, Language language) {
        LoadResult result = new ScenarioLoader(data).load(parsed);
        if (!result.ok()) {
            throw new UserError(ExitCodes.INVALID, result.report(language.consoleLocale()).stripTrailing());
        }
        return result.scenario();
    }

    /** A scenario file, or a built-in scenario by name when the argument is no file; null means basis. */
    static LoadResult load(String fileOrName, ScenarioLoader loader) {
        return loader.load(parse(fileOrName));
    }

    /** The argument that names standard input as the scenario: {@value}. */
    static final String STANDARD_INPUT = "-";

    /**
     * Reads and parses a scenario file, or a built-in scenario by name when the argument is no file;
     * null means basis, {@code -} standard input (named {@code <stdin>} in problems).
     */
    static ScenarioLoader.Parsed parse(String fileOrName) {
        if (fileOrName == null) {
            return ScenarioLoader.parseBuiltIn("basis");
        }
        if (fileOrName.equals(STANDARD_INPUT)) {
            return ScenarioLoader.parse(System.in);
        }
        Path path = Path.of(fileOrName);
        if (!Files.exists(path) && fileOrName.matches("[A-Za-z0-9_-]+")) {
            return ScenarioLoader.parseBuiltIn(fileOrName);
        }
        return ScenarioLoader.parse(path);
    }
}
