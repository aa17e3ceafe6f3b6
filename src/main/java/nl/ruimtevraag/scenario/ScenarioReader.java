package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.Constraints;
import nl.ruimtevraag.model.Economy;
import nl.ruimtevraag.model.Horizon;
import nl.ruimtevraag.model.Intensification;
import nl.ruimtevraag.model.IntensificationBasis;
import nl.ruimtevraag.model.MonteCarlo;
import nl.ruimtevraag.model.Netcongestie;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.OutputSettings;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.PermitConstraint;
import nl.ruimtevraag.model.RampShape;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Replacement;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplySettings;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Turns a merged scenario tree into a {@link Scenario}: checks the structure, then reads every
 * section, collecting every problem. Returns null when there is any problem.
 */
final class ScenarioReader {
    private static final Param ZERO_SHARE = new Param.Point(0, Origin.of("built-in fallback: 0"));
    private static final Param ZERO_HECTARES = new Param.Point(0, Origin.of("built-in fallback: 0 ha"));

    private final ReadContext ctx;

    private ScenarioReader(ReadContext ctx) {
        this.ctx = ctx;
    }

    /**
     * @param root the merged tree (the user's file over its bases)
     * @param own the user's own file before merging (name and description are not inherited)
     * @param file display name of the user's file
     * @param defaultName the name when the file sets none (its file name without .yaml)
     * @param stock the data set's base-year stock [w] by region code; null skips the checks against it
     */
    static Scenario read(Node.MapNode root, Node.MapNode own, String file, String defaultName, String sha256,
                         List<String> regionCodes, Map<String, double[]> stock, Problems problems) {
        StructureChecker.check(root, problems);
        ReadContext ctx = new ReadContext(problems, regionCodes, stock);
        return new ScenarioReader(ctx).scenario(Fields.of(root, ScenarioFormat.ROOT, ""), own, file, defaultName, sha256);
    }

    private Scenario scenario(Fields root, Node.MapNode own, String file, String defaultName, String sha256) {
        String name = name(root, own, defaultName);
        String description = own.get("description") == null ? "" : ctx.values.string(root.get("description"), "description");
        Horizon horizon = horizon(root.section("horizon"));
        root.require("horizon", ctx.problems);
        ctx.regions.readGroups(root.get("groups"));
        root.require("regions", ctx.problems);
        ctx.regions.readSelection(root.get("regions"));
        root.require("economy", ctx.problems);
        Economy economy = new EconomyReader(ctx).read(root.section("economy"));
        root.require("circular", ctx.problems);
        Circular circular = new CircularReader(ctx).read(root.section("circular"));
        root.require("transformation", ctx.problems);
        EventReader events = new EventReader(ctx);
        List<TransformationEvent> transformation = events.transformation(root.get("transformation"));
        Replacement replacement = replacement(root.section("replacement"));
        Intensification intensification = intensification(root.section("intensification"));
        SupplySettings supply = supply(root.section("supply"), events);
        Constraints constraints = constraints(root.section("constraints"));
        Param reserve = ctx.param(root, "planning_reserve");
        MonteCarlo monteCarlo = monteCarlo(root.section("monte_carlo"));
        OutputSettings output = output(root.section("output"));
        for (String section : List.of("replacement", "intensification", "supply", "constraints", "monte_carlo", "output")) {
            root.require(section, ctx.problems);
        }
        if (!ctx.problems.isEmpty()) {
            return null;
        }
        return new Scenario(new Scenario.Identity(name, description, new Origin(file, 0, 0, ""), sha256), horizon, ctx.regions.selection(), economy,
                circular, transformation, replacement, intensification, supply, constraints, reserve, monteCarlo, output);
    }

    /** First characters that make a spreadsheet read a CSV cell as a formula (OWASP CSV injection). */
    private static final String FORMULA_START = "=+-@\t\r";

    /** The file's own name, or its file name; used for output files, so no path separators. */
    private String name(Fields root, Node.MapNode own, String defaultName) {
        Node node = own.get("name");
        if (node == null) {
            if (defaultName.chars().anyMatch(Character::isISOControl)) {
                ctx.problems.add(own.location(), Text.of("het scenario heeft geen `name` en zijn bestandsnaam bevat een stuurteken"
                        + " (een tab, een regeleinde)", "the scenario has no `name` and its file name holds a control character"
                        + " (a tab, a line break)"), Text.of("voeg een `name:` toe van letters, cijfers en spaties",
                        "add a `name:` of letters, digits and spaces"));
                return null;
            }
            if (!defaultName.isEmpty() && FORMULA_START.indexOf(defaultName.charAt(0)) >= 0) {
                ctx.problems.add(own.location(), Text.of("het scenario heeft geen `name` en zijn bestandsnaam `{0}` begint met {1},"
                        + " wat een spreadsheet als formule leest", "the scenario has no `name` and its file name `{0}` starts with {1},"
                        + " which a spreadsheet reads as a formula", defaultName, defaultName.charAt(0)),
                        Text.of("voeg een `name:` toe die met een letter of cijfer begint", "add a `name:` that starts with a letter or digit"));
                return null;
            }
            return defaultName;
        }
        String name = ctx.values.string(node, "name");
        if (name == null) {
            return null;
        }
        if (name.isBlank() || name.length() > 100 || name.contains("/") || name.contains("\\") || name.equals(".")
                || name.equals("..") || name.chars().anyMatch(Character::isISOControl)) {
            ctx.problems.add(node.location(), Text.of("`name` moet 1 tot 100 tekens zijn zonder / of \\, gevonden: {0}",
                    "`name` must be 1 to 100 characters without / or \\, got {0}", node.describe()),
                    Text.of("de naam geeft de uitvoerbestanden hun naam, bijv. out/<naam>.xlsx", "the name names the output files, e.g. out/<name>.xlsx"));
            return null;
        }
        if (FORMULA_START.indexOf(name.charAt(0)) >= 0) {
            // the name is the first column of the CSV output, which Excel would evaluate (CSV injection)
            ctx.problems.add(node.location(), Text.of("`name` mag niet beginnen met =, +, - of @ (een spreadsheet leest dat als formule),"
                    + " gevonden: {0}", "`name` must not start with =, +, - or @ (a spreadsheet reads that as a formula), got {0}", node.describe()),
                    Text.of("begin de naam met een letter of cijfer", "start the name with a letter or digit"));
            return null;
        }
        return name;
    }

    private Horizon horizon(Fields f) {
        if (!f.present()) {
            return null;
        }
        Integer base = ctx.year(f, "base_year");
        Integer end = ctx.year(f, "end_year");
        if (base != null && end != null) {
            if (end <= base) {
                ctx.problems.add(f.get("end_year").location(), Text.of("`horizon.end_year` {0} moet na `horizon.base_year` {1} komen",
                        "`horizon.end_year` {0} must come after `horizon.base_year` {1}", end, base),
                        Text.of("base_year staat op {0}", "base_year is set at {0}", f.get("base_year").location()));
            } else if (end - base > 100) {
                ctx.problems.add(f.get("end_year").location(), Text.of("de horizon beslaat {0} jaar; hoogstens 100 mogen",
                        "the horizon spans {0} years; at most 100 are allowed", end - base),
                        Text.of("base_year staat op {0}", "base_year is set at {0}", f.get("base_year").location()));
            } else {
                ctx.baseYear = base;
                ctx.endYear = end;
                ctx.baseYearAt = f.get("base_year").location();
                ctx.endYearAt = f.get("end_year").location();
            }
        }
        List<Period> periods = periods(f);
        if (!ctx.horizonKnown() || periods == null) {
            return null;
        }
        return new Horizon(base, end, periods);
    }

    private List<Period> periods(Fields f) {
        f.require("periods", ctx.problems);
        if (!(f.get("periods") instanceof Node.ListNode list)) {
            return null;
        }
        if (list.items().isEmpty()) {
            ctx.problems.add(list.location(), Text.of("`horizon.periods` is leeg", "`horizon.periods` is empty"),
                    Text.of("geef minstens één rapportageperiode, bijv. [2025-2030]", "give at least one reporting period, e.g. [2025-2030]"));
            return null;
        }
        List<Period> periods = new ArrayList<>();
        boolean ok = true;
        Integer previousEnd = null;
        Node previous = null;
        for (Node item : list.items()) {
            int[] p = ctx.values.period(item, "horizon.periods");
            if (p == null) {
                ok = false;
                continue;
            }
            String label = p[0] + "-" + p[1];
            if (ctx.horizonKnown() && (p[0] < ctx.baseYear || p[1] > ctx.endYear)) {
                ctx.problems.add(item.location(), Text.of("periode {0} ligt buiten de horizon {1}-{2}", "period {0} lies outside the horizon {1}-{2}",
                        label, ctx.baseYear, ctx.endYear), Text.of("de horizon loopt van base_year {0} ({1}) tot end_year {2} ({3})", "the horizon runs from base_year {0} ({1}) to end_year {2} ({3})",
                                ctx.baseYear, ctx.baseYearAt, ctx.endYear, ctx.endYearAt));
                ok = false;
            } else if (previousEnd != null && p[0] < previousEnd) {
                ctx.problems.add(item.location(), Text.of("periode {0} begint voordat de vorige periode eindigt ({1})",
                        "period {0} starts before the previous period ends ({1})", label, previousEnd),
                        Text.of("periodes lopen op en overlappen niet: zet ze op volgorde, bijv. [2025-2030, 2030-2040] (vorige periode op {0})",
                                "periods ascend and do not overlap: list them in order, e.g. [2025-2030, 2030-2040] (previous period at {0})",
                                previous.location()));
                ok = false;
            }
            previousEnd = p[1];
            previous = item;
            periods.add(new Period(p[0], p[1]));
        }
        return ok ? periods : null;
    }

    private Replacement replacement(Fields f) {
        if (!f.present()) {
            return null;
        }
        RegionalParam withdrawal = ctx.regional(f, "withdrawal_rate", ZERO_SHARE);
        Param share = ctx.param(f, "share_of_expansion");
        return withdrawal == null || share == null ? null : new Replacement(withdrawal, share);
    }

    private Intensification intensification(Fields f) {
        if (!f.present()) {
            return null;
        }
        String code = ctx.choice(f, "basis");
        IntensificationBasis basis = code == null ? null : IntensificationBasis.valueOf(code.toUpperCase(java.util.Locale.ROOT));
        RegionalParam share = ctx.regional(f, "share", ZERO_SHARE);
        RegionalParam hectares = ctx.regional(f, "hectares", ZERO_HECTARES);
        Integer start = ctx.year(f, "start_year");
        Integer reached = ctx.year(f, "reached_in");
        RampShape ramp = ctx.ramp(f, "ramp");
        Integer midpoint = ctx.year(f, "midpoint_year");
        Double steepness = ctx.number(f, "steepness");
        boolean ok = true;
        if (start != null && ctx.horizonKnown() && start < ctx.baseYear) {
            ctx.problems.add(f.get("start_year").location(), Text.of("`intensification.start_year` {0} ligt vóór het basisjaar {1}",
                    "`intensification.start_year` {0} lies before the base year {1}", start, ctx.baseYear),
                    Text.of("de winst telt vanaf het basisjaar: start_year is het basisjaar of later (base_year op {0})",
                            "the gain is counted from the base year on: start_year is the base year or later (base_year at {0})", ctx.baseYearAt));
            ok = false;
        }
        if (start != null && reached != null && reached < start) {
            ctx.problems.add(f.get("reached_in").location(), Text.of("`intensification.reached_in` {0} komt vóór `start_year` {1}",
                    "`intensification.reached_in` {0} comes before `start_year` {1}", reached, start),
                    Text.of("de winst groeit van start_year (op {0}) tot reached_in", "the gain builds up from start_year (at {0}) to reached_in",
                            f.get("start_year").location()));
            ok = false;
        }
        if (basis != null && share != null && hectares != null) {
            // the figure the basis does not read must be empty: a value there would be ignored silently
            boolean byHectares = basis == IntensificationBasis.HECTARES;
            String unused = byHectares ? "share" : "hectares";
            if (!(byHectares ? share : hectares).regions().isEmpty() || (byHectares ? share : hectares).defaultValue() != null) {
                ctx.problems.add(f.get(unused).location(), Text.of("`intensification.{0}` is gezet, maar `intensification.basis` is {1},"
                        + " dat `{2}` leest", "`intensification.{0}` is set, but `intensification.basis` is {1}, which reads `{2}`", unused,
                        basis.code(), byHectares ? "hectares" : "share"),
                        byHectares ? Text.of("schrijf basis: need of basis: stock om het aandeel te gebruiken, of verwijder het aandeel",
                                "write basis: need or basis: stock to use the share, or remove the share")
                                : Text.of("schrijf basis: hectares om de hectares te gebruiken, of verwijder ze",
                                "write basis: hectares to use the hectares, or remove them"));
                ok = false;
            }
        }
        return !ok || basis == null || share == null || hectares == null || start == null || reached == null || ramp == null
                || midpoint == null || steepness == null ? null
                : new Intensification(basis, share, hectares, start, reached, ramp, midpoint, steepness);
    }

    private SupplySettings supply(Fields f, EventReader events) {
        if (!f.present()) {
            return null;
        }
        f.require("additions", ctx.problems);
        List<SupplyAddition> additions = events.additions(f.get("additions"));
        Param zacht = ctx.param(f, "zacht_realisation");
        Boolean seaports = f.get("seaports") == null ? Boolean.FALSE : ctx.values.bool(f.get("seaports"), f.label("seaports"));
        return additions == null || zacht == null || seaports == null ? null : new SupplySettings(additions, zacht, seaports);
    }

    private Constraints constraints(Fields f) {
        if (!f.present()) {
            return null;
        }
        for (String key : List.of("netcongestie", "stikstof", "water")) {
            f.require(key, ctx.problems);
        }
        Netcongestie grid = netcongestie(f.section("netcongestie"));
        PermitConstraint stikstof = permit(f.section("stikstof"));
        PermitConstraint water = permit(f.section("water"));
        return grid == null || stikstof == null || water == null ? null : new Constraints(grid, stikstof, water);
    }

    private Netcongestie netcongestie(Fields f) {
        if (!f.present()) {
            return null;
        }
        RegionalParam share = ctx.regional(f, "share", ZERO_SHARE);
        Param noCongestion = new Param.Point(ctx.baseYear == null ? 0 : ctx.baseYear,
                Origin.of("built-in fallback: relief at the base year (no congestion)"));
        RegionalParam relief = ctx.regional(f, "relief_year", noCongestion);
        Param delay = ctx.param(f, "relief_delay");
        Param directShare = ctx.param(f, "direct_share");
        f.require("weights", ctx.problems);
        Map<Werkmilieu, Double> weights = null;
        if (f.get("weights") instanceof Node.MapNode map) {
            weights = new EnumMap<>(Werkmilieu.class);
            for (Werkmilieu w : Werkmilieu.values()) {
                Node v = map.get(w.code());
                Double d = v == null ? Double.valueOf(0) : ctx.values.number(v, f.label("weights") + "." + w.code(), ScenarioFormat.SHARE);
                if (d == null) {
                    weights = null;
                    break;
                }
                weights.put(w, d);
            }
        }
        return share == null || relief == null || delay == null || directShare == null || weights == null ? null
                : new Netcongestie(share, relief, delay, directShare, weights);
    }

    private PermitConstraint permit(Fields f) {
        if (!f.present()) {
            return null;
        }
        Boolean enabled = ctx.bool(f, "enabled");
        RegionalParam share = ctx.regional(f, "share", ZERO_SHARE);
        Param hardShare = ctx.param(f, "hard_share");
        Param probability = ctx.param(f, "permit_probability");
        Param delay = ctx.param(f, "delay_years");
        return enabled == null || share == null || hardShare == null || probability == null || delay == null ? null
                : new PermitConstraint(enabled, share, hardShare, probability, delay);
    }

    private MonteCarlo monteCarlo(Fields f) {
        if (!f.present()) {
            return null;
        }
        Long draws = ctx.integer(f, "draws");
        Long seed = ctx.integer(f, "seed");
        f.require("percentiles", ctx.problems);
        List<Double> percentiles = null;
        if (f.get("percentiles") instanceof Node.ListNode list) {
            percentiles = new ArrayList<>();
            Double previous = null;
            String label = f.label("percentiles");
            for (Node item : list.items()) {
                Double p = ctx.values.number(item, label, ScenarioFormat.PERCENTILE);
                if (p == null) {
                    percentiles = null;
                    continue;
                }
                if (p <= 0 || p >= 100) {
                    ctx.problems.add(item.location(), Text.of("`{0}` moet strikt tussen 0 en 100 liggen, gevonden: {1}",
                            "`{0}` must lie strictly between 0 and 100, got {1}", label, ((Node.Scalar) item).text()),
                            Text.of("P0 en P100 zijn de uitersten van de trekkingen; gebruik bijv. 1 of 99",
                                    "P0 and P100 are the extremes of the draws; use e.g. 1 or 99"));
                    percentiles = null;
                } else if (previous != null && p <= previous) {
                    ctx.problems.add(item.location(), Text.of("`{0}` moet oplopen: {1} volgt op {2}", "`{0}` must ascend: {1} follows {2}",
                            label, Node.fmt(p), Node.fmt(previous)), Text.of("noem de percentielen van laag naar hoog, elk één keer,"
                            + " bijv. [10, 50, 90]", "list the percentiles from low to high, each once, e.g. [10, 50, 90]"));
                    percentiles = null;
                } else if (percentiles != null) {
                    percentiles.add(p);
                }
                previous = p;
            }
            if (list.items().isEmpty()) {
                ctx.problems.add(list.location(), Text.of("`{0}` is leeg", "`{0}` is empty", label),
                        Text.of("noem minstens één percentiel, bijv. [10, 50, 90]", "list at least one percentile, e.g. [10, 50, 90]"));
                percentiles = null;
            }
            if (list.items().size() > ScenarioFormat.MAX_PERCENTILES) {
                ctx.problems.add(list.location(), Text.of("`{0}` noemt {1} percentielen; hoogstens {2} passen in de banden en"
                        + " waaiergrafieken van de werkmap", "`{0}` lists {1} percentiles; at most {2} fit the workbook's bands and fan charts",
                        label, list.items().size(), ScenarioFormat.MAX_PERCENTILES),
                        Text.of("elk heel percentiel is 99 waarden; rapporteer er minder, bijv. [5, 10, 25, 50, 75, 90, 95]",
                                "every whole percentile is 99 entries; report fewer, e.g. [5, 10, 25, 50, 75, 90, 95]"));
                percentiles = null;
            }
        }
        return draws == null || seed == null || percentiles == null ? null : new MonteCarlo(draws.intValue(), seed, percentiles);
    }

    /** A text that names a file: one this system cannot take as a path (a NUL byte) is reported at its place. */
    private String path(Fields f, String key) {
        String text = ctx.string(f, key);
        if (text != null && !text.isEmpty()) {
            try {
                java.nio.file.Path.of(text);
            } catch (java.nio.file.InvalidPathException e) {
                ctx.problems.add(f.get(key).location(), Text.of("`{0}` is geen bruikbaar bestandspad ({1})", "`{0}` is not a usable file path ({1})",
                        f.label(key), e.getReason()), Text.of("geef een pad van gewone tekens", "give a path of ordinary characters"));
                return null;
            }
        }
        return text;
    }

    private OutputSettings output(Fields f) {
        if (!f.present()) {
            return null;
        }
        String file = path(f, "file");
        String template = path(f, "template");
        String language = ctx.choice(f, "language");
        f.require("formats", ctx.problems);
        List<String> formats = null;
        if (f.get("formats") instanceof Node.ListNode list) {
            Set<String> seen = new LinkedHashSet<>();
            boolean ok = true;
            for (Node item : list.items()) {
                String format = ctx.values.choice(item, f.label("formats"), ScenarioFormat.FORMATS);
                if (format == null) {
                    ok = false;
                } else if (!seen.add(format)) {
                    ctx.problems.add(item.location(), Text.of("`output.formats` noemt {0} twee keer", "`output.formats` lists {0} twice", format),
                            Text.of("noem elk formaat één keer", "list each format once"));
                    ok = false;
                }
            }
            if (list.items().isEmpty()) {
                ctx.problems.add(list.location(), Text.of("`output.formats` is leeg", "`output.formats` is empty"),
                        Text.of("noem minstens een van xlsx, csv, json", "list at least one of xlsx, csv, json"));
                ok = false;
            }
            formats = ok ? List.copyOf(seen) : null;
        }
        return file == null || template == null || language == null || formats == null ? null
                : new OutputSettings(file, template, formats, language);
    }
}
