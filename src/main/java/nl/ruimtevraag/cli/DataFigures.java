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

    static Table table(RegionalData d) {
        StringColumn region = StringColumn.create("regio");
        StringColumn item = StringColumn.create("grootheid");
        DoubleColumn value = DoubleColumn.create("waarde");
        StringColumn quality = StringColumn.create("kwaliteit");
        StringColumn source = StringColumn.create("bron");
        StringColumn row = StringColumn.create("rij");
        for (RegionData r : d.regions()) {
            for (Werkmilieu w : Werkmilieu.values()) {
                add(r, "voorraad " + w.code() + " (netto ha)", r.stock().get(w), region, item, value, quality, source, row);
            }
            for (Sector k : Sector.values()) {
                add(r, "banen " + k.code(), r.jobs().get(k), region, item, value, quality, source, row);
            }
            add(r, "uitgifte (ha/jaar)", r.uitgifte(), region, item, value, quality, source, row);
            for (SupplyItem i : r.supply()) {
                add(r, "aanbod " + i.kind().code() + " " + i.werkmilieu().code() + " vanaf " + i.availableYear() + " (ha)",
                        i.hectares(), region, item, value, quality, source, row);
            }
            for (Map.Entry<String, Figure> p : new java.util.TreeMap<>(r.params()).entrySet()) {
                add(r, p.getKey(), p.getValue(), region, item, value, quality, source, row);
            }
        }
        return Table.create("cijfers", region, item, value, quality, source, row);
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

    static String render(RegionalData d, String region, String quality, boolean csv) {
        Table t = table(d);
        if (region != null) {
            if (!d.codes().contains(region)) {
                throw new UserError(ExitCodes.INVALID, "error: unknown region '" + region + "'\n  hint: the data set has " + String.join(" ", d.codes()));
            }
            t = t.where(t.stringColumn("regio").isEqualTo(region));
        }
        if (quality != null) {
            String q = quality.toLowerCase(Locale.ROOT);
            if (!java.util.List.of("reported", "derived", "estimated").contains(q)) {
                throw new UserError(ExitCodes.INVALID, "error: unknown quality '" + quality + "'\n  hint: use reported, derived or estimated");
            }
            t = t.where(t.stringColumn("kwaliteit").isEqualTo(q));
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
        return t.printAll() + System.lineSeparator() + t.rowCount() + " cijfers; bronnen: docs/data.md" + System.lineSeparator();
    }

    /**
     * A text cell a spreadsheet would read as a formula (OWASP CSV injection: a leading =, +, -, @,
     * TAB or CR) gets a leading apostrophe, so it stays text.
     */
    static String spreadsheetSafe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
