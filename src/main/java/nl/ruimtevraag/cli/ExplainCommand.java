package nl.ruimtevraag.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import nl.ruimtevraag.engine.Explainer;
import nl.ruimtevraag.engine.Explanation;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.ParamSource;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.engine.Projector;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RegionalData;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.report.Label;
import nl.ruimtevraag.report.Language;
import nl.ruimtevraag.report.WaterfallText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Prints the waterfall behind one region x werkmilieu x period. */
@Command(name = "explain", mixinStandardHelpOptions = true)
final class ExplainCommand implements Callable<Integer> {
    @Parameters(descriptionKey = "scenario", arity = "0..1", paramLabel = "SCENARIO")
    String scenario;

    @Option(names = "--region", required = true, paramLabel = "CODE")
    String region;

    @Option(names = "--werkmilieu", required = true, paramLabel = "NAME")
    String werkmilieu;

    @Option(names = "--period", paramLabel = "START-END")
    String period;

    @Option(names = "--lang", paramLabel = "nl|en", completionCandidates = LanguageOption.Codes.class)
    String language;

    @picocli.CommandLine.Mixin
    InputOptions input = new InputOptions();

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Inputs.Loaded inputs = Inputs.dataAndScenario(input.data, scenario, Languages.option(language));
        RegionalData d = inputs.data();
        Scenario s = inputs.scenario();
        Language lang = Languages.of(language, s);
        Werkmilieu w = Werkmilieu.fromCode(werkmilieu.toLowerCase(Locale.ROOT)).orElseThrow(() -> UserError.of(lang, ExitCodes.INVALID,
                "onbekend werkmilieu '" + werkmilieu + "'", "gebruik zwaar, gemengd, logistiek, hoogwaardig of stedelijk",
                "unknown werkmilieu '" + werkmilieu + "'", "use zwaar, gemengd, logistiek, hoogwaardig or stedelijk"));
        if (!d.codes().contains(region) || !s.regions().includes(region)) {
            String regions = String.join(" ", d.codes().stream().filter(s.regions()::includes).toList());
            throw UserError.of(lang, ExitCodes.INVALID, "regio '" + region + "' zit niet in de projectie van dit scenario",
                    "kies een van " + regions, "region '" + region + "' is not in this scenario's projection", "choose one of " + regions);
        }
        Period p = s.horizon().periods().get(s.horizon().periods().size() - 1);
        if (period != null) {
            p = s.horizon().periods().stream().filter(x -> x.label().equals(period)).findFirst()
                    .orElseThrow(() -> UserError.of(lang, ExitCodes.INVALID, "onbekende periode '" + period + "'",
                            "de perioden van het scenario zijn " + String.join(", ", s.horizon().periods().stream().map(Period::label).toList()),
                            "unknown period '" + period + "'",
                            "the scenario's periods are " + String.join(", ", s.horizon().periods().stream().map(Period::label).toList())));
        }
        Projection projection = Projector.project(InputResolver.resolve(s, d, ParamSource.central()));
        print(Explainer.explain(s, d, projection, region, w, p), s, lang, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    static void print(Explanation e, Scenario s, Language lang, PrintWriter out) {
        out.print(Label.EXPLAIN_TITLE.format(lang, e.regionName(), e.region(), Label.werkmilieu(e.werkmilieu(), lang), e.period(), s.name()));
        out.print(Label.EXPLAIN_NOTE.format(lang, s.horizon().baseYear() + 1, e.endYear()));
        for (Explanation.Step step : e.steps()) {
            String mark = switch (step.kind()) {
                case DEMAND, SUPPLY -> step.result() < -5e-7 ? "  −" : "  +";
                case TOTAL -> "  =";
                case INFO -> "  (";
            };
            String value = String.format(lang.consoleLocale(), "%,12.1f", Math.abs(step.result()) < 5e-7 ? 0.0 : step.kind() == Explanation.Kind.TOTAL
                    ? step.result() : Math.abs(step.result()));
            String name = WaterfallText.step(step, lang);
            out.printf(Locale.ROOT, "%s %-58s %s ha%s%n", mark, step.kind() == Explanation.Kind.TOTAL
                    ? Label.MEASURE_UP_TO.format(lang, name, e.endYear()) : name, value,
                    step.kind() == Explanation.Kind.INFO ? Label.EXPLAIN_INFO.in(lang) : "");
            out.print(Label.EXPLAIN_FORMULA.format(lang, WaterfallText.formula(step, lang)));
            for (Explanation.Input in : step.inputs()) {
                out.printf(Locale.ROOT, "      %-48s %-26s %s%n", WaterfallText.input(in, lang), WaterfallText.value(in, lang),
                        WaterfallText.source(in, lang));
            }
            if (step.kind() == Explanation.Kind.TOTAL) {
                out.println();
            }
        }
    }
}
