package nl.ruimtevraag.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * A synthetic data set of N regions scaled from the embedded provinces, for benchmarks and for
 * trying the model at municipal scale ({@code ruimtevraag data synth}). Region i belongs to
 * province i mod 12; each province's regions share out its stock, jobs, uitgifte and supply by
 * random weights (log-normal, sd 0.6, normalised per province, so the provinces' totals are kept),
 * with a per-werkmilieu and per-sector jitter of +-20%. Regional parameters (CE intensity, grid
 * share and relief year, stikstof and water shares, withdrawal rate) are the province's value with
 * a small jitter, clipped to their valid range. Same N and seed, same files. Written in the layout
 * of the embedded data set, so {@link DataSetLoader#load(Path)} accepts it.
 */
public final class SyntheticDataSet {
    public static final String SOURCE = "SYNTH";

    private SyntheticDataSet() {
    }

    /** Writes the seven CSV files of an N-region data set into {@code dir} (created if needed). */
    public static void write(int regions, long seed, Path dir) throws IOException, DataSetException {
        Files.createDirectories(dir);
        for (Map.Entry<String, byte[]> file : files(regions, seed).entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }
    }

    /** The seven CSV files of an N-region data set, by file name, in a fixed order (UTF-8 bytes). */
    public static Map<String, byte[]> files(int regions, long seed) throws DataSetException {
        if (regions < 1) {
            throw new IllegalArgumentException("a data set needs at least one region");
        }
        RegionalData provinces = DataSetLoader.loadEmbedded();
        List<RegionData> prov = provinces.regions();
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] weight = new double[regions];
        double[] provinceSum = new double[prov.size()];
        for (int i = 0; i < regions; i++) {
            weight[i] = Math.exp(0.6 * gaussian(rnd));
            provinceSum[i % prov.size()] += weight[i];
        }
        List<String[]> regionRows = new ArrayList<>();
        List<String[]> stock = new ArrayList<>();
        List<String[]> jobs = new ArrayList<>();
        List<String[]> uitgifte = new ArrayList<>();
        List<String[]> supply = new ArrayList<>();
        List<String[]> params = new ArrayList<>();
        for (int i = 0; i < regions; i++) {
            RegionData p = prov.get(i % prov.size());
            double share = weight[i] / provinceSum[i % prov.size()];
            String code = String.format(Locale.ROOT, "GM%04d", i + 1);
            String note = String.format(Locale.ROOT, "synthetic: %.4f of %s", share, p.code());
            regionRows.add(new String[] {code, "Synthetische regio " + (i + 1) + " (" + p.name() + ")", p.landsdeel()});
            for (Werkmilieu w : Werkmilieu.values()) {
                stock.add(new String[] {code, w.code(), ha(p.stock().get(w).value() * share * jitter(rnd)), "2025",
                        "estimated", SOURCE, note});
            }
            for (Sector s : Sector.values()) {
                jobs.add(new String[] {code, s.code(), Long.toString(Math.round(p.jobs().get(s).value() * share * jitter(rnd))),
                        "2021", "estimated", SOURCE, note});
            }
            uitgifte.add(new String[] {code, ha(p.uitgifte().value() * share * jitter(rnd)), "2019-2022", "estimated",
                    SOURCE, note});
            for (SupplyItem item : p.supply()) {
                supply.add(new String[] {code, item.werkmilieu().code(), item.kind().code(),
                        ha(item.hectares().value() * share * jitter(rnd)), Integer.toString(item.availableYear()),
                        "estimated", SOURCE, note});
            }
            for (Map.Entry<String, Figure> e : new java.util.TreeMap<>(p.params()).entrySet()) {
                params.add(new String[] {code, e.getKey(), param(e.getKey(), e.getValue().value(), rnd), "estimated",
                        SOURCE, note});
            }
        }
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        files.put("regions.csv", csv("region_id,name,landsdeel", regionRows));
        files.put("stock.csv", csv("region_id,werkmilieu,hectares,year,quality,src,note", stock));
        files.put("jobs.csv", csv("region_id,sector,jobs,year,quality,src,note", jobs));
        files.put("uitgifte.csv", csv("region_id,ha_per_year,reference_period,quality,src,note", uitgifte));
        files.put("supply.csv", csv("region_id,werkmilieu,kind,hectares,available_year,quality,src,note", supply));
        files.put("region_params.csv", csv("region_id,parameter,value,quality,src,note", params));
        List<String[]> sources = new ArrayList<>();
        sources.add(new String[] {SOURCE, "Synthetic data set (ruimtevraag data synth --regions " + regions + " --seed "
                + seed + ")", "ruimtevraag", "", "", "scaled from the embedded provincial data set; not real figures"});
        files.put("sources.csv", csv("src,title,publisher,year,url,note", sources));
        return files;
    }

    private static String param(String name, double value, SplittableRandom rnd) {
        return switch (name) {
            case "netcongestie_relief_year" -> Long.toString(Math.round(value) + rnd.nextInt(-1, 3));
            case "ce_intensity" -> num(Math.max(0, value * (0.85 + 0.3 * rnd.nextDouble())));
            default -> num(Math.min(1, Math.max(0, value * (0.8 + 0.4 * rnd.nextDouble()))));
        };
    }

    private static double jitter(SplittableRandom rnd) {
        return 0.8 + 0.4 * rnd.nextDouble();
    }

    private static double gaussian(SplittableRandom rnd) {
        double u = 1 - rnd.nextDouble();
        double v = rnd.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static String ha(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static byte[] csv(String header, List<String[]> rows) {
        StringBuilder out = new StringBuilder(header).append('\n');
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(quote(row[i]));
            }
            out.append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
