package nl.ruimtevraag.report;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;

/**
 * Everything a report needs: the inputs, the engine's result and the provenance the workbook
 * records.
 *
 * @param toolVersion version of ruimtevraag that computed the projection
 * @param scenarioFile name of the scenario file as the user gave it ("" when built in code)
 * @param stamp true to record the current time in the files (then reruns are not byte-identical)
 * @param template house-style workbook with a cover sheet, or null for none
 * @param cover title, client and date for the cover sheet's placeholders
 * @param explainRegion region code whose waterfall (engine.Explainer) gets its own sheet, or null
 * @param bands Monte Carlo bands ({@code run --draws N}), or null for a deterministic run
 * @param tornado sensitivity of the extra hectares ({@code run --tornado}), or null
 * @param yearlyBands the same Monte Carlo (same draws) with every projected year as a period end, for the fan
 *        charts per year; null: the fan charts show the period ends
 * @param boundaries region outlines for the map picture ({@code --boundaries} or the embedded CBS/Kadaster outlines), or null for the schematic map
 */
public record ReportContext(Scenario scenario, RegionalData data, Projection projection, String toolVersion,
                            String scenarioFile, boolean stamp, Language language, Path template, Cover cover,
                            String explainRegion, nl.ruimtevraag.model.RegionShapes boundaries,
                            nl.ruimtevraag.uncertainty.MonteCarloResult bands, nl.ruimtevraag.uncertainty.Tornado tornado,
                            nl.ruimtevraag.uncertainty.MonteCarloResult yearlyBands) {

    /** The house-style template shipped in the jar (a copy of templates/behoefteraming.xlsx). */
    public static final Path BUILT_IN_TEMPLATE = Path.of("<builtin>", "behoefteraming.xlsx");

    /** Texts for the template's cover sheet. {@code date} null: today when stamping, else left empty. */
    public record Cover(String title, String client, LocalDate date) {
        public Cover {
            title = title == null ? "" : title;
            client = client == null ? "" : client;
        }

        public static Cover none() {
            return new Cover("", "", null);
        }
    }

    public ReportContext {
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(projection, "projection");
        toolVersion = toolVersion == null ? "" : toolVersion;
        scenarioFile = scenarioFile == null ? "" : scenarioFile;
        language = language == null ? Language.NL : language;
        cover = cover == null ? Cover.none() : cover;
    }

    public ReportContext(Scenario scenario, RegionalData data, Projection projection, String toolVersion,
                         String scenarioFile, boolean stamp, Language language) {
        this(scenario, data, projection, toolVersion, scenarioFile, stamp, language, null, Cover.none(), null, null, null, null, null);
    }

    public ReportContext withTemplate(Path newTemplate, Cover newCover) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, stamp, language, newTemplate,
                newCover, explainRegion, boundaries, bands, tornado, yearlyBands);
    }

    public ReportContext withLanguage(Language newLanguage) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, stamp, newLanguage, template,
                cover, explainRegion, boundaries, bands, tornado, yearlyBands);
    }

    public ReportContext withStamp(boolean newStamp) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, newStamp, language, template,
                cover, explainRegion, boundaries, bands, tornado, yearlyBands);
    }

    public ReportContext withExplainRegion(String region) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, stamp, language, template,
                cover, region, boundaries, bands, tornado, yearlyBands);
    }

    public ReportContext withBoundaries(nl.ruimtevraag.model.RegionShapes shapes) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, stamp, language, template,
                cover, explainRegion, shapes, bands, tornado, yearlyBands);
    }

    public ReportContext withBands(nl.ruimtevraag.uncertainty.MonteCarloResult result) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, stamp, language, template,
                cover, explainRegion, boundaries, result, tornado, yearlyBands);
    }

    public ReportContext withTornado(nl.ruimtevraag.uncertainty.Tornado result) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, stamp, language, template,
                cover, explainRegion, boundaries, bands, result, yearlyBands);
    }

    public ReportContext withYearlyBands(nl.ruimtevraag.uncertainty.MonteCarloResult result) {
        return new ReportContext(scenario, data, projection, toolVersion, scenarioFile, stamp, language, template,
                cover, explainRegion, boundaries, bands, tornado, result);
    }

    /** True when the run projects every region of its data set, so its total is the data set's whole (NL). */
    boolean allRegions() {
        return new java.util.HashSet<>(projection.regionCodes()).containsAll(data.codes());
    }

    /** The code of the total row: NL for all regions of the data set, else "Totaal". */
    String totalCode() {
        return allRegions() ? "NL" : label(Label.TOTAL_COMMON);
    }

    /** The name of the total row: "Nederland (som van de regio's)", or "Totaal (ZH, NH)" for a subset. */
    String totalName() {
        if (allRegions()) {
            return label(Label.NATIONAL);
        }
        List<String> codes = projection.regionCodes();
        String list = codes.size() <= 8 ? String.join(", ", codes)
                : String.join(", ", codes.subList(0, 7)) + ", … (" + codes.size() + ")";
        return Label.TOTAL_SUBSET.format(language, list);
    }

    /** The run date shown on the cover, in every page header and in the document properties. */
    java.time.LocalDate runDate() {
        return cover.date() != null ? cover.date() : RunDate.today();
    }

    String label(Label l) {
        return l.in(language);
    }
}
