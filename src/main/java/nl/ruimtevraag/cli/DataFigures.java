package nl.ruimtevraag.cli;

import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.report.Language;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvWriteOptions;

/**
 * Every figure of a data set as one table (Tablesaw): region, item, value, quality flag, source
 * IDs and the data set row, filterable by region and quality, printed aligned or as CSV.
 */
final class DataFigures {
    private DataFigures() {
    }

    /** The column names in Dutch and in English (the aligned table's and the CSV's). */
    private static final String[] NL_COLUMNS = {"regio", "grootheid", "waarde", "kwaliteit", "bron", "rij"};
    private static final String[] EN_COLUMNS = {"region", "item", "value", "quality", "source", "row"};

    static Table table(RegionalData d, Language lang) {
        boolean en = lang == Language.EN;
        String[] names = en ? EN_COLUMNS : NL_COLUMNS;
        StringColumn region = StringColumn.create(names[0]);
        StringColumn item = StringColumn.create(names[1]);
        DoubleColumn value = DoubleColumn.create(names[2]);
        StringColumn quality = StringColumn.create(names[3]);
        StringColumn source = StringColumn.create(names[4]);
        StringColumn row = StringColumn.create(names[5]);
        for (RegionData r : d.regions()) {
            for (Werkmilieu w : Werkmilieu.values()) {
                add(r, (en ? "stock " : "voorraad ") + w.code() + (en ? " (net ha)" : " (netto ha)"), r.stock().get(w), region, item, value, quality, source, row);
            }
            for (Sector k : Sector.values()) {
                add(r, (en ? "jobs " : "banen ") + k.code(), r.jobs().get(k), region, item, value, quality, source, row);
            }
            add(r, en ? "uitgifte (ha/year)" : "uitgifte (ha/jaar)", r.uitgifte(), region, item, value, quality, source, row);
            for (SupplyItem i : r.supply()) {
                add(r, (en ? "supply " : "aanbod ") + i.kind().code() + " " + i.werkmilieu().code() + (en ? " from " : " vanaf ")
                        + i.availableYear() + " (ha)",
                        i.hectares(), region, item, value, quality, source, row);
            }
            for (Map.Entry<String, Figure> p : new java.util.TreeMap<>(r.params()).entrySet()) {
                add(r, p.getKey(), p.getValue(), region, item, value, quality, source, row);
            }
        }
        return Table.create(en ? "figures" : "cijfers", region, item, value, quality, source, row);
    }

    private static void add(RegionData r, String name, Figure f, StringColumn region, StringColumn item,
                            DoubleColumn value, StringColumn quality, StringColumn source, StringColumn row) {
        region.append(r.code());
        item.append(name);
        value.append(f.value());
        quality.append(f.quality().code());
        source.append(f.source());
        row.append(f.location());
    }

    static String render(RegionalData d, String region, String quality, boolean csv, Language lang) {
        Table t = table(d, lang);
        String[] names = lang == Language.EN ? EN_COLUMNS : NL_COLUMNS;
        if (region != null) {
            if (!d.codes().contains(region)) {
                String codes = String.join(" ", d.codes());
                throw UserError.of(lang, ExitCodes.INVALID, "onbekende regio '" + region + "'", "de dataset heeft " + codes,
                        "unknown region '" + region + "'", "the data set has " + codes);
            }
            t = t.where(t.stringColumn(names[0]).isEqualTo(region));
        }
        if (quality != null) {
            String q = quality.toLowerCase(Locale.ROOT);
            if (!java.util.List.of("reported", "derived", "estimated").contains(q)) {
                throw UserError.of(lang, ExitCodes.INVALID, "onbekende kwaliteit '" + quality + "'",
                        "gebruik reported (gerapporteerd), derived (afgeleid) of estimated (geschat)",
                        "unknown quality '" + quality + "'", "use reported, derived or estimated");
            }
            t = t.where(t.stringColumn(names[3]).isEqualTo(q));
        }
        if (csv) {
            t = t.copy();
            for (StringColumn column : t.stringColumns()) {
                for (int i = 0; i < column.size(); i++) {
                    column.set(i, spreadsheetSafe(column.get(i)));
                }
            }
            StringWriter w = new StringWriter();
            t.write().csv(CsvWriteOptions.builder(w).build());
            return w.toString();
        }
        return t.printAll() + System.lineSeparator() + t.rowCount() + (lang == Language.EN ? " figures; sources: docs/data.md"
                : " cijfers; bronnen: docs/data.md") + System.lineSeparator();
    }

    /**
     * A text cell a spreadsheet would read as a formula (OWASP CSV injection: a leading =, +, -, @,
     * TAB or CR) gets a leading apostrophe, so it stays text.
     */
    static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
