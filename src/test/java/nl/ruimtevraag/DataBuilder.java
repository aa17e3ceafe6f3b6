package nl.ruimtevraag;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.Quality;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.Source;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.Werkmilieu;

/** Builds a regional data set in code for tests: regions start with zero everything. */
public final class DataBuilder {
    private final Map<String, RegionSpec> regions = new LinkedHashMap<>();

    public static final class RegionSpec {
        final String code;
        final Map<Werkmilieu, Double> stock = new EnumMap<>(Werkmilieu.class);
        final Map<Sector, Double> jobs = new EnumMap<>(Sector.class);
        double uitgifte;
        final List<SupplyItem> supply = new ArrayList<>();
        final Map<String, Double> params = new HashMap<>();

        RegionSpec(String code) {
            this.code = code;
        }

        public RegionSpec stock(Werkmilieu w, double ha) {
            stock.put(w, ha);
            return this;
        }

        public RegionSpec jobs(Sector s, double n) {
            jobs.put(s, n);
            return this;
        }

        public RegionSpec uitgifte(double haPerYear) {
            uitgifte = haPerYear;
            return this;
        }

        public RegionSpec supply(Werkmilieu w, SupplyKind kind, double ha, int year) {
            supply.add(new SupplyItem(w, kind, fig(ha), year));
            return this;
        }

        /** Supply brought to the reference date: counted in {@code figureYear}, {@code deducted} ha of uitgifte taken off. */
        public RegionSpec supplyCounted(Werkmilieu w, SupplyKind kind, int year, int figureYear, double figureHa, double deducted) {
            supply.add(new SupplyItem(w, kind, fig(figureHa - deducted), year, figureYear, figureHa, deducted));
            return this;
        }

        public RegionSpec param(String name, double value) {
            params.put(name, value);
            return this;
        }
    }

    public RegionSpec region(String code) {
        return regions.computeIfAbsent(code, RegionSpec::new);
    }

    static Figure fig(double v) {
        return new Figure(v, Quality.ESTIMATED, "TEST", "", "test.csv:1");
    }

    public RegionalData build() {
        List<RegionData> out = new ArrayList<>();
        for (RegionSpec s : regions.values()) {
            Map<Werkmilieu, Figure> stock = new EnumMap<>(Werkmilieu.class);
            for (Werkmilieu w : Werkmilieu.values()) {
                stock.put(w, fig(s.stock.getOrDefault(w, 0.0)));
            }
            Map<Sector, Figure> jobs = new EnumMap<>(Sector.class);
            for (Sector k : Sector.values()) {
                jobs.put(k, fig(s.jobs.getOrDefault(k, 0.0)));
            }
            Map<String, Figure> params = new HashMap<>();
            s.params.forEach((k, v) -> params.put(k, fig(v)));
            out.add(new RegionData(s.code, "Regio " + s.code, "", stock, jobs, fig(s.uitgifte), s.supply, params));
        }
        return new RegionalData("test", "0", out, Map.of("TEST", new Source("TEST", "test figures", "", "", "", "")));
    }
}
