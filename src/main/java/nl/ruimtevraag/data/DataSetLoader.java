package nl.ruimtevraag.data;

import nl.ruimtevraag.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.Problem;
import nl.ruimtevraag.model.Quality;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.Source;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Loads a regional data set: the embedded one (the 12 provinces) or a folder in the same layout
 * (docs/data.md). Every problem is collected with its file, line and column.
 */
public final class DataSetLoader {
    public static final String EMBEDDED = "/nl/ruimtevraag/data/provincies/";
    public static final List<String> FILES = List.of("regions.csv", "stock.csv", "jobs.csv", "uitgifte.csv",
            "supply.csv", "region_params.csv", "sources.csv");
    /** An optional file: the seaport estate layer (docs/data.md). */
    public static final String SEAPORTS = "seaports.csv";

    /** Regional parameters a data set may give, with their allowed range. */
    static final Map<String, double[]> PARAMETERS = Map.of(
            "ce_intensity", new double[] {0, 10},
            "netcongestie_share", new double[] {0, 1},
            "netcongestie_relief_year", new double[] {1990, 2200},
            "stikstof_share", new double[] {0, 1},
            "water_share", new double[] {0, 1},
            "withdrawal_rate", new double[] {0, 1});

    private static final double MAX_HECTARES = 1e7;

    private DataSetLoader() {
    }

    public static RegionalData loadEmbedded() throws DataSetException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            try (InputStream in = DataSetLoader.class.getResourceAsStream(EMBEDDED + name)) {
                if (in == null) {
                    throw new IllegalStateException("embedded data set lacks " + name);
                }
                files.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the embedded data set", e);
            }
        }
        try (InputStream in = DataSetLoader.class.getResourceAsStream(EMBEDDED + SEAPORTS)) {
            if (in != null) {
                files.put(SEAPORTS, in.readAllBytes());
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the embedded data set", e);
        }
        return parse("provincies (ingebouwd)", "", files);
    }

    public static RegionalData load(Path dir) throws DataSetException {
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            problems.add(new Problem(dir.toString(), 1, 1, Files.exists(dir) ? Text.of("geen map", "not a folder")
                    : Text.of("map niet gevonden", "folder not found"),
                    Text.of("--data neemt een map met {0}", "--data takes a folder with {0}", String.join(", ", FILES))));
            throw new DataSetException(problems);
        }
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : FILES) {
            Path file = dir.resolve(name);
            try {
                byte[] bytes = readAtMost(file, CsvTable.MAX_BYTES);
                if (bytes == null) {
                    problems.add(new Problem(file.toString(), 1, 1, Text.of("bestand is groter dan {0} MiB", "file is larger than {0} MiB",
                            CsvTable.MAX_BYTES >> 20), Text.of("een datasetbestand heeft één rij per regio en item; controleer of dit het goede"
                            + " bestand is", "a data set file holds one row per region and item; check that this is the right file")));
                    continue;
                }
                files.put(name, bytes);
            } catch (NoSuchFileException e) {
                problems.add(new Problem(file.toString(), 1, 1, Text.of("bestand niet gevonden", "file not found"), Text.of("een datasetmap bevat {0}", "a data set folder holds {0}", String.join(", ", FILES))));
            } catch (IOException e) {
                problems.add(new Problem(file.toString(), 1, 1, unreadable(file, e),
                        Text.of("een datasetmap bevat {0}", "a data set folder holds {0}", String.join(", ", FILES))));
            }
        }
        Path seaports = dir.resolve(SEAPORTS);
        if (Files.exists(seaports)) {
            try {
                byte[] bytes = readAtMost(seaports, CsvTable.MAX_BYTES);
                if (bytes == null) {
                    problems.add(new Problem(seaports.toString(), 1, 1, Text.of("bestand is groter dan {0} MiB", "file is larger than {0} MiB",
                            CsvTable.MAX_BYTES >> 20), Text.of("seaports.csv heeft hoogstens één rij per regio", "seaports.csv holds at most one row per region")));
                } else {
                    files.put(SEAPORTS, bytes);
                }
            } catch (IOException e) {
                problems.add(new Problem(seaports.toString(), 1, 1, unreadable(seaports, e), Text.of("seaports.csv is optioneel: verwijder het of maak er"
                        + " een leesbaar CSV-bestand van", "seaports.csv is optional: remove it or make it a readable CSV file")));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataSetException(problems);
        }
        return parse(dir.toString(), dir.toString() + "/", files);
    }

    /**
     * The file's bytes, or null when it holds more than {@code limit}. Reads at most limit + 1 bytes,
     * so a file that grows while it is read (or a special file that reports size 0) cannot exhaust memory.
     */
    /** Why a data-set file cannot be read: a folder, a special file, or the system's reason. */
    private static Text unreadable(Path file, IOException e) {
        if (Files.isDirectory(file)) {
            return Text.of("kan het bestand niet lezen: het is een map", "cannot read the file: it is a folder");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return Text.of("kan het bestand niet lezen: het is geen gewoon bestand (een pipe of apparaat)",
                    "cannot read the file: it is not a regular file (a pipe or a device)");
        }
        return Text.of("kan het bestand niet lezen{0}", "cannot read the file{0}", e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    static byte[] readAtMost(Path file, int limit) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a folder");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new IOException("it is not a regular file (a pipe or a device)"); // its read could block forever
        }
        if (Files.size(file) > limit) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(limit + 1);
            return bytes.length > limit ? null : bytes;
        }
    }

    private static RegionalData parse(String name, String prefix, Map<String, byte[]> files) throws DataSetException {
        List<Problem> problems = new ArrayList<>();
        CsvTable regions = table(prefix, files, "regions.csv", List.of("region_id", "name"), problems);
        CsvTable stock = table(prefix, files, "stock.csv", List.of("region_id", "werkmilieu", "hectares", "quality", "src"), problems);
        CsvTable jobs = table(prefix, files, "jobs.csv", List.of("region_id", "sector", "jobs", "quality", "src"), problems);
        CsvTable uitgifte = table(prefix, files, "uitgifte.csv", List.of("region_id", "ha_per_year", "quality", "src"), problems);
        CsvTable supply = table(prefix, files, "supply.csv",
                List.of("region_id", "werkmilieu", "kind", "hectares", "available_year", "quality", "src"), problems);
        CsvTable params = table(prefix, files, "region_params.csv", List.of("region_id", "parameter", "value", "quality", "src"), problems);
        CsvTable sources = table(prefix, files, "sources.csv", List.of("src", "title"), problems);
        CsvTable seaports = files.containsKey(SEAPORTS)
                ? table(prefix, files, SEAPORTS, List.of("region_id", "hectares", "quality", "src"), problems) : null;
        if (!problems.isEmpty()) {
            throw new DataSetException(problems);
        }

        Map<String, Source> sourceMap = new LinkedHashMap<>();
        for (Row row : sources.rows) {
            String id = row.text("src");
            if (id.isEmpty()) {
                problems.add(row.problem("src", Text.of("lege bron-ID", "empty source ID"),
                        Text.of("elke bron heeft een ID nodig, zoals B2 of EST-STOCK", "every source needs an ID such as B2 or EST-STOCK")));
            } else if (sourceMap.put(id, new Source(id, row.text("title"), row.text("publisher"), row.text("year"),
                    row.text("url"), row.text("note"))) != null) {
                problems.add(row.problem("src", Text.of("dubbele bron-ID '{0}'", "duplicate source ID '{0}'", id),
                        Text.of("geef elke bron één rij", "give each source one row")));
            }
        }

        SourceCheck sourceCheck = new SourceCheck(sourceMap);
        Map<String, Row> regionRows = new LinkedHashMap<>();
        for (Row row : regions.rows) {
            String code = row.text("region_id");
            if (!Cells.isRegionCode(code)) {
                problems.add(row.problem("region_id", Text.of("ongeldige regiocode '{0}'", "invalid region code '{0}'", code),
                        Text.of("gebruik letters, cijfers, '-' of '_' (hoogstens 32), bijv. NB of GM0363",
                                "use letters, digits, '-' or '_' (at most 32), e.g. NB or GM0363")));
            } else if (regionRows.put(code, row) != null) {
                problems.add(row.problem("region_id", Text.of("dubbele regio '{0}'", "duplicate region '{0}'", code),
                        Text.of("noem elke regio één keer", "list each region once")));
            }
        }
        if (regionRows.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(regions.file, 2, 1, Text.of("geen regio's", "no regions"),
                    Text.of("regions.csv noemt één regio per rij", "regions.csv lists one region per row")));
        }

        Map<String, Map<Werkmilieu, Figure>> stockBy = new HashMap<>();
        for (Row row : stock.rows) {
            String code = region(row, regionRows, problems);
            Werkmilieu w = werkmilieu(row, problems);
            double ha = row.number("hectares", 0, MAX_HECTARES, problems);
            Figure f = figure(row, ha, sourceCheck, problems);
            if (code != null && w != null && f != null
                    && stockBy.computeIfAbsent(code, c -> new EnumMap<>(Werkmilieu.class)).put(w, f) != null) {
                problems.add(row.problem("werkmilieu", Text.of("dubbele voorraadrij voor {0} {1}", "duplicate stock row for {0} {1}", code, w.code()),
                        Text.of("geef één rij per regio en werkmilieu", "give one row per region and werkmilieu")));
            }
        }
        Map<String, Map<Sector, Figure>> jobsBy = new HashMap<>();
        for (Row row : jobs.rows) {
            String code = region(row, regionRows, problems);
            Sector s = sector(row, problems);
            double v = row.number("jobs", 0, 1e9, problems);
            Figure f = figure(row, v, sourceCheck, problems);
            if (code != null && s != null && f != null
                    && jobsBy.computeIfAbsent(code, c -> new EnumMap<>(Sector.class)).put(s, f) != null) {
                problems.add(row.problem("sector", Text.of("dubbele banenrij voor {0} {1}", "duplicate jobs row for {0} {1}", code, s.code()),
                        Text.of("geef één rij per regio en sector", "give one row per region and sector")));
            }
        }
        Map<String, Figure> uitgifteBy = onePerRegion(uitgifte, "ha_per_year", Text.of("uitgifterij", "uitgifte row"),
                Text.of("geef één rij per regio", "give one row per region"), regionRows, sourceCheck, problems);
        Map<String, List<SupplyItem>> supplyBy = new HashMap<>();
        for (Row row : supply.rows) {
            String code = region(row, regionRows, problems);
            Werkmilieu w = werkmilieu(row, problems);
            SupplyKind kind = SupplyKind.fromCode(row.text("kind")).orElse(null);
            if (kind == null) {
                problems.add(row.problem("kind", Text.of("onbekende aanbodsoort '{0}'", "unknown supply kind '{0}'", row.text("kind")),
                        Text.of("verwacht direct, hard of zacht", "expected direct, hard or zacht")));
            }
            double v = row.number("hectares", 0, MAX_HECTARES, problems);
            int year = row.year("available_year", 1990, 2200, problems);
            Figure f = figure(row, v, sourceCheck, problems);
            int figureYear = row.text("figure_year").isEmpty() ? 0 : row.year("figure_year", 1900, 2200, problems);
            double figureHa = row.text("figure_ha").isEmpty() ? v : row.number("figure_ha", 0, MAX_HECTARES, problems);
            double deducted = row.text("deducted_ha").isEmpty() ? 0 : row.number("deducted_ha", 0, MAX_HECTARES, problems);
            if (code != null && w != null && kind != null && f != null && year > 0 && figureYear >= 0
                    && !Double.isNaN(figureHa) && !Double.isNaN(deducted)) {
                supplyBy.computeIfAbsent(code, c -> new ArrayList<>())
                        .add(new SupplyItem(w, kind, f, year, figureYear, figureHa, deducted));
            }
        }
        Map<String, Map<String, Figure>> paramsBy = new HashMap<>();
        for (Row row : params.rows) {
            String code = region(row, regionRows, problems);
            String parameter = row.text("parameter");
            double[] range = PARAMETERS.get(parameter);
            if (range == null) {
                problems.add(row.problem("parameter", Text.of("onbekende parameter '{0}'", "unknown parameter '{0}'", parameter),
                        Text.of("verwacht een van {0}", "expected one of {0}", String.join(", ", new java.util.TreeSet<>(PARAMETERS.keySet())))));
                continue;
            }
            double v = row.number("value", range[0], range[1], problems);
            Figure f = figure(row, v, sourceCheck, problems);
            if (code != null && f != null
                    && paramsBy.computeIfAbsent(code, c -> new HashMap<>()).put(parameter, f) != null) {
                problems.add(row.problem("parameter", Text.of("dubbele {0} voor {1}", "duplicate {0} for {1}", parameter, code),
                        Text.of("geef één rij per regio en parameter", "give one row per region and parameter")));
            }
        }

        Map<String, Figure> seaportBy = seaports == null ? Map.of()
                : onePerRegion(seaports, "hectares", Text.of("zeehavenrij", "seaport row"),
                        Text.of("geef hoogstens één rij per regio", "give at most one row per region"), regionRows, sourceCheck, problems);

        // rows with a bad cell were reported already: do not report them again as missing
        boolean rowProblems = !problems.isEmpty();
        List<RegionData> out = new ArrayList<>();
        for (Map.Entry<String, Row> e : regionRows.entrySet()) {
            String code = e.getKey();
            Row row = e.getValue();
            Map<Werkmilieu, Figure> st = stockBy.getOrDefault(code, Map.of());
            Map<Sector, Figure> jb = jobsBy.getOrDefault(code, Map.of());
            boolean complete = !rowProblems;
            for (Werkmilieu w : Werkmilieu.values()) {
                if (!st.containsKey(w) && !rowProblems) {
                    problems.add(new Problem(stock.file, 1, 1, Text.of("regio {0} heeft geen voorraad voor werkmilieu {1}",
                            "region {0} has no stock for werkmilieu {1}", code, w.code()), Text.of("stock.csv heeft een rij nodig voor elke"
                            + " regio en elk werkmilieu (0 mag)", "stock.csv needs a row for every region and werkmilieu (0 is allowed)")));
                    complete = false;
                }
            }
            for (Sector s : Sector.values()) {
                if (!jb.containsKey(s) && !rowProblems) {
                    problems.add(new Problem(jobs.file, 1, 1, Text.of("regio {0} heeft geen banen voor sector {1}",
                            "region {0} has no jobs for sector {1}", code, s.code()), Text.of("jobs.csv heeft een rij nodig voor elke"
                            + " regio en elke sector (0 mag)", "jobs.csv needs a row for every region and sector (0 is allowed)")));
                    complete = false;
                }
            }
            Figure u = uitgifteBy.get(code);
            if (u == null && !rowProblems) {
                problems.add(new Problem(uitgifte.file, 1, 1, Text.of("regio {0} heeft geen uitgifterij", "region {0} has no uitgifte row", code),
                        Text.of("uitgifte.csv heeft één rij per regio nodig (0 mag)", "uitgifte.csv needs one row per region (0 is allowed)")));
                complete = false;
            }
            if (complete) {
                out.add(new RegionData(code, row.text("name"), row.text("landsdeel"), st, jb, u,
                        supplyBy.getOrDefault(code, List.of()), paramsBy.getOrDefault(code, Map.of())));
            }
        }
        if (!problems.isEmpty()) {
            throw new DataSetException(problems);
        }
        List<String> hashed = new ArrayList<>(FILES);
        if (files.containsKey(SEAPORTS)) {
            hashed.add(SEAPORTS);
        }
        return new RegionalData(name, ContentHash.of(hashed, files), out, sourceMap, seaportBy);
    }

    private static CsvTable table(String prefix, Map<String, byte[]> files, String name, List<String> required,
                                  List<Problem> problems) {
        return CsvTable.parse(prefix + name, files.get(name), new LinkedHashSet<>(required), problems);
    }

    /** A table with one figure per region in {@code column}; a second row for a region is a problem at it. */
    private static Map<String, Figure> onePerRegion(CsvTable table, String column, Text what, Text hint, Map<String, Row> regionRows,
                                                    SourceCheck sourceCheck, List<Problem> problems) {
        Map<String, Figure> byRegion = new LinkedHashMap<>();
        for (Row row : table.rows) {
            String code = region(row, regionRows, problems);
            double v = row.number(column, 0, MAX_HECTARES, problems);
            Figure f = figure(row, v, sourceCheck, problems);
            if (code != null && f != null && byRegion.put(code, f) != null) {
                problems.add(row.problem("region_id", Text.of("dubbele {0} voor {1}", "duplicate {0} for {1}", what, code), hint));
            }
        }
        return byRegion;
    }

    private static String region(Row row, Map<String, Row> regions, List<Problem> problems) {
        String code = row.text("region_id");
        if (!regions.containsKey(code)) {
            problems.add(row.problem("region_id", Text.of("onbekende regio '{0}'", "unknown region '{0}'", code),
                    Text.of("regions.csv noemt: {0}", "regions.csv defines: {0}", String.join(" ", regions.keySet()))));
            return null;
        }
        return code;
    }

    private static Werkmilieu werkmilieu(Row row, List<Problem> problems) {
        Werkmilieu w = Werkmilieu.fromCode(row.text("werkmilieu")).orElse(null);
        if (w == null) {
            problems.add(row.problem("werkmilieu", Text.of("onbekend werkmilieu '{0}'", "unknown werkmilieu '{0}'", row.text("werkmilieu")),
                    Text.of("verwacht een van zwaar, gemengd, logistiek, hoogwaardig, stedelijk",
                            "expected one of zwaar, gemengd, logistiek, hoogwaardig, stedelijk")));
        }
        return w;
    }

    private static Sector sector(Row row, List<Problem> problems) {
        Sector s = Sector.fromCode(row.text("sector")).orElse(null);
        if (s == null) {
            problems.add(row.problem("sector", Text.of("onbekende sector '{0}'", "unknown sector '{0}'", row.text("sector")),
                    Text.of("verwacht een van industrie, bouw, groothandel, logistiek, overig",
                            "expected one of industrie, bouw, groothandel, logistiek, overig")));
        }
        return s;
    }

    private static Figure figure(Row row, double value, SourceCheck sources, List<Problem> problems) {
        Quality q = row.quality(problems);
        String src = row.text("src");
        sources.check(row, src, problems);
        if (Double.isNaN(value)) {
            return null;
        }
        return new Figure(value, q, src, row.text("note"), row.location());
    }
}
