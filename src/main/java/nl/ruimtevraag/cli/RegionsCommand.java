package nl.ruimtevraag.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.report.Language;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Prints the data set as a table: one row per region with its main figures. */
@Command(name = "regions", mixinStandardHelpOptions = true)
final class RegionsCommand implements Callable<Integer> {
    /** --lang: the language of the help and of the messages (help texts: HelpTexts.properties) */
    @picocli.CommandLine.Mixin
    LanguageOption languageOption = new LanguageOption();


    @Option(names = "--figures")
    boolean figures;

    @Option(names = "--region", paramLabel = "CODE")
    String region;

    @Option(names = "--quality", paramLabel = "FLAG")
    String quality;

    @Option(names = "--csv")
    boolean csv;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Language lang = languageOption.language();
        RegionalData d = Inputs.data(input.data, lang);
        var out = spec.commandLine().getOut();
        if (figures) {
            out.print(DataFigures.render(d, region, quality, csv, lang));
            return ExitCodes.OK;
        }
        boolean english = lang == Language.EN;
        out.println((english ? "Data set: " : "Dataset: ") + d.name() + (english ? " (version " : " (versie ") + d.version() + ")");
        String fmt = "%-4s %-14s %10s %10s %9s %9s %9s %9s %7s %6s %7s %6s%n";
        if (english) {
            out.printf(Locale.ROOT, fmt, "code", "name", "stock", "jobs", "uitgifte", "direct", "hard", "zacht",
                    "grid", "relief", "nitro.", "CE");
        } else {
            out.printf(Locale.ROOT, fmt, "code", "naam", "voorraad", "banen", "uitgifte", "direct", "hard", "zacht",
                    "net", "ontl.", "stikst.", "CE");
        }
        for (RegionData r : d.regions()) {
            double jobs = 0;
            for (Sector s : Sector.values()) {
                jobs += r.jobs().get(s).value();
            }
            out.printf(Locale.ROOT, fmt, r.code(), r.name(), ha(r.stockTotal()), String.format(Locale.ROOT, "%,.0f", jobs),
                    ha(r.uitgifte().value()), ha(supply(r, SupplyKind.DIRECT)), ha(supply(r, SupplyKind.HARD)),
                    ha(supply(r, SupplyKind.ZACHT)), pct(r, InputResolver.GRID_SHARE),
                    r.param(InputResolver.GRID_RELIEF).map(f -> String.valueOf((int) f.value())).orElse("-"),
                    pct(r, InputResolver.STIKSTOF_SHARE),
                    r.param(InputResolver.CE_INTENSITY).map(f -> String.format(Locale.ROOT, "%.2f", f.value())).orElse("-"));
        }
        out.println();
        if (english) {
            out.println("stock, uitgifte (per year) and supply in net ha; grid = share of supply behind netcongestie until the");
            out.println("relief year (relief); nitro. = share of zacht supply that needs a nitrogen (stikstof) permit.");
            out.println("Source and quality of every figure: docs/data.md.");
        } else {
            out.println("voorraad, uitgifte (per jaar) en aanbod in netto ha; net = aandeel aanbod achter netcongestie tot het");
            out.println("ontlastingsjaar (ontl.); stikst. = aandeel zacht aanbod dat een stikstofvergunning nodig heeft.");
            out.println("Bron en kwaliteit van elk getal: docs/data.md.");
        }
        return ExitCodes.OK;
    }

    private static double supply(RegionData r, SupplyKind kind) {
        double sum = 0;
        for (SupplyItem i : r.supply()) {
            if (i.kind() == kind) {
                sum += i.hectares().value();
            }
        }
        return sum;
    }

    private static String ha(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    private static String pct(RegionData r, String name) {
        return r.param(name).map(Figure::value).map(v -> String.format(Locale.ROOT, "%.0f%%", v * 100)).orElse("-");
    }
}
