package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.DemandMethod;
import nl.ruimtevraag.model.IntensificationBasis;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyKind;
import nl.ruimtevraag.model.TqBasis;
import nl.ruimtevraag.model.Werkmilieu;
import nl.ruimtevraag.scenario.Spec.Bounds;
import nl.ruimtevraag.scenario.Spec.Key;
import nl.ruimtevraag.scenario.Spec.KeyKind;
import nl.ruimtevraag.scenario.Spec.Leaf;
import nl.ruimtevraag.scenario.Spec.ListOf;
import nl.ruimtevraag.scenario.Spec.MapOf;
import nl.ruimtevraag.scenario.Spec.OneOf;
import nl.ruimtevraag.scenario.Spec.Regional;
import nl.ruimtevraag.scenario.Spec.Section;
import nl.ruimtevraag.scenario.Spec.Type;

/**
 * The scenario format's key table: every key a scenario may hold, its form and its bounds. This is
 * the single source of truth for the set of keys (see {@link Spec}); docs/scenario-format.md
 * describes each one, and a test fails when a key here is missing from the docs or the schema.
 */
final class ScenarioFormat {
    private ScenarioFormat() {
    }

    // bounds of numbers; percent = may be written as "12%"
    static final Bounds SHARE = new Bounds(0, 1, true, Text.of("een aandeel", "a share"));
    /** a CE share of demand: at most 90%, since the CE part is the share's odds (s / (1 - s)) times the rest */
    static final Bounds CE_SHARE = new Bounds(0, 0.9, true, Text.of("een aandeel van de vraag", "a share of demand"));
    static final Bounds GROWTH_RATE = new Bounds(-0.5, 0.5, true, Text.of("een jaarlijks groeipercentage", "a yearly growth rate"));
    static final Bounds TQ = new Bounds(0, 1, false, Text.of("hectares per baan", "hectares per job"));
    static final Bounds YEARLY_CHANGE = new Bounds(-0.2, 0.2, true, Text.of("een jaarlijkse relatieve verandering", "a yearly relative change"));
    static final Bounds MULTIPLIER = new Bounds(0, 10, true, Text.of("een vermenigvuldiger", "a multiplier"));
    static final Bounds DIVERGENCE = new Bounds(1, 100, false, Text.of("een factor", "a factor"));
    static final Bounds STEEPNESS = new Bounds(0.001, 10, false, Text.of("een steilheid per jaar", "a steepness per year"));
    static final Bounds INTENSITY = new Bounds(0, 10, true, Text.of("een relatieve intensiteit", "a relative intensity"));
    static final Bounds VERKLEINEN = new Bounds(-2, 2, true, Text.of("een factor", "a factor"));
    static final Bounds HECTARES = new Bounds(0, 1_000_000, false, Text.of("hectares", "hectares"));
    static final Bounds DELAY = new Bounds(0, 50, false, Text.of("een aantal jaren", "a number of years"));
    static final Bounds YEAR = new Bounds(1900, 2200, false, Text.of("een jaar", "a year"));
    static final Bounds DURATION = new Bounds(0, 100, false, Text.of("een aantal jaren", "a number of years"));
    static final Bounds DRAWS = new Bounds(0, 1_000_000, false, Text.of("een aantal trekkingen", "a number of draws"));
    static final Bounds SEED = new Bounds(Long.MIN_VALUE, Long.MAX_VALUE, false, Text.of("een startwaarde (seed)", "a seed"));
    static final Bounds PERCENTILE = new Bounds(0, 100, false, Text.of("een percentiel", "a percentile"));
    /**
     * The most percentiles a scenario may ask for: every whole percentile fits. The workbook gives each
     * a column of every output on the Banden sheet (16,384 columns allow about 5,400) and a series of
     * the fan chart (a chart holds at most 255), and compare two columns per scenario.
     */
    public static final int MAX_PERCENTILES = 100;
    static final Bounds WEIGHT = new Bounds(0, 1_000_000, false, Text.of("een gewicht", "a weight"));

    static final List<String> SECTORS = codes(Sector.values());
    static final List<String> WERKMILIEUS = codes(Werkmilieu.values());
    static final List<String> STRATEGIES = codes(RStrategy.values());
    static final List<String> METHODS = codes(DemandMethod.values());
    static final List<String> KINDS = codes(SupplyKind.values());
    static final List<String> RAMPS = List.of("linear", "s-curve");
    static final List<String> TQ_BASES = codes(TqBasis.values());
    static final List<String> FRAMINGS = codes(CircularFraming.Kind.values());
    static final List<String> INTENSIFICATION_BASES = codes(IntensificationBasis.values());
    static final List<String> FORMATS = List.of("xlsx", "csv", "json");
    static final List<String> LANGUAGES = List.of("nl", "en");

    /** Keys of a distribution or an annotated point; see {@link ValueReader}. */
    static final List<String> DISTRIBUTION_KEYS = List.of("value", "min", "mode", "max", "shape", "low", "high",
            "mean", "sd", "lower", "upper", "source");
    static final List<String> SHAPES = List.of("triangular", "pert");
    static final List<String> REGIONAL_KEYS = List.of("default", "regions");

    static Leaf param(String doc, Bounds b) {
        return new Leaf(doc, Type.PARAM, b, List.of());
    }

    static Leaf number(String doc, Bounds b) {
        return new Leaf(doc, Type.NUMBER, b, List.of());
    }

    static Leaf integer(String doc, Bounds b) {
        return new Leaf(doc, Type.INTEGER, b, List.of());
    }

    static Leaf string(String doc) {
        return new Leaf(doc, Type.STRING, Bounds.NONE, List.of());
    }

    static Leaf bool(String doc) {
        return new Leaf(doc, Type.BOOLEAN, Bounds.NONE, List.of());
    }

    static Leaf choice(String doc, List<String> values) {
        return new Leaf(doc, Type.ENUM, Bounds.NONE, values);
    }

    static Leaf year(String doc) {
        return new Leaf(doc, Type.YEAR, YEAR, List.of());
    }

    static Leaf of(String doc, Type type) {
        return new Leaf(doc, type, type == Type.YEAR_RANGE || type == Type.PERIOD ? YEAR : Bounds.NONE, List.of());
    }

    static Key key(String name, Spec spec) {
        return new Key(name, spec, false);
    }

    static Key required(String name, Spec spec) {
        return new Key(name, spec, true);
    }

    static Section section(String doc, Key... keys) {
        return new Section(doc, Arrays.asList(keys));
    }

    private static MapOf row(String doc, List<String> columns) {
        return new MapOf(doc, KeyKind.FIXED, columns, number("a share", SHARE), true);
    }

    private static Regional regional(String doc, Leaf value) {
        return new Regional(doc, value);
    }

    static final Leaf REGION_LIST_ITEM = of("a region code or group name", Type.REGION_OR_GROUP);
    static final MapOf GROUPS = new MapOf("named groups of region codes", KeyKind.NAME, List.of(),
            new ListOf("region codes", of("a region code", Type.REGION)), false);

    static final Section GROWTH_RULE = section("a growth rule: jobs grow by `rate` a year in `years`",
            key("region", new Leaf("a region code, a group name, or all (default)", Type.REGION_OR_GROUP, Bounds.NONE,
                    List.of("all"))),
            key("sector", choice("a sector, or all (default)", concat(SECTORS, List.of("all")))),
            required("years", of("a year (2027) or an inclusive range (2026-2030)", Type.YEAR_RANGE)),
            required("rate", param("yearly growth rate of jobs", GROWTH_RATE)));

    static final Section TRANSFORMATION_EVENT = section("estate land converted to another use",
            required("region", of("a region code", Type.REGION)),
            required("werkmilieu", choice("the kind of estate transformed", WERKMILIEUS)),
            required("hectares", param("netto hectares transformed", HECTARES)),
            required("years", of("a year (2027) or an inclusive range (2026-2032)", Type.YEAR_RANGE)),
            key("compensation", param("share of the displaced firms that need new estate land"
                    + " (default 50%; the method's range is 30%-100%)", SHARE)),
            key("compensation_region", of("the region where the compensation demand lands (default: the event's region)",
                    Type.REGION)),
            key("compensation_werkmilieu", choice("the werkmilieu where the compensation demand lands"
                    + " (default: the event's werkmilieu)", WERKMILIEUS)),
            key("profile", new ListOf("relative weights, one per year of the event", number("a weight", WEIGHT))));

    static final Section SUPPLY_ADDITION = section("a change to the data set's planned supply",
            required("region", of("a region code", Type.REGION)),
            required("werkmilieu", choice("the kind of estate", WERKMILIEUS)),
            required("kind", choice("direct uitgeefbaar, harde or zachte plancapaciteit", KINDS)),
            required("hectares", param("netto hectares", HECTARES)),
            required("year", year("the year from which the plan can be issued")),
            key("replace", bool("drop the data set's supply of this region, werkmilieu and kind first (default false)")));

    private static Section permit(String doc, String shareDoc) {
        return section(doc,
                key("enabled", bool("whether the constraint applies")),
                key("share", regional(shareDoc, param("a share", SHARE))),
                key("hard_share", param("share of hard plan capacity that needs the permit as well", SHARE)),
                key("permit_probability", param("probability that the permit is granted", SHARE)),
                key("delay_years", param("years until the permit is granted", DELAY)));
    }

    static final MapOf STRATEGY_SHARES = new MapOf("shares of the build-up per R-strategy group; sum to 1",
            KeyKind.FIXED, STRATEGIES, param("a share", SHARE), true);

    static final Section PROFILE = section("a region's own R-strategy profile; what it leaves out is the national value",
            key("strategy_shares", STRATEGY_SHARES),
            key("mapping", new MapOf("rows of werkmilieu shares for the groups the profile changes", KeyKind.FIXED,
                    STRATEGIES, row("shares per werkmilieu; sums to 1", WERKMILIEUS), false)));

    /** The whole format. */
    static final Section ROOT = section("a ruimtevraag scenario",
            key("name", string("the scenario's name (default: the file name without .yaml); not inherited")),
            key("description", string("what the scenario assumes; not inherited")),
            key("extends", string("the scenario this one builds on: a built-in name (basis) or a path relative to this file;"
                    + " default basis")),
            key("horizon", section("base year, end year and reporting periods",
                    key("base_year", year("t0: stock and supply as known at the end of this year")),
                    key("end_year", year("the horizon")),
                    key("periods", new ListOf("reporting periods, ascending inside the horizon",
                            of("a period, e.g. 2025-2030 (sums the years 2026-2030)", Type.PERIOD))))),
            key("regions", new OneOf("which regions to project", List.of(
                    choice("every region of the data set", List.of("all")),
                    new ListOf("region codes and group names", REGION_LIST_ITEM),
                    GROUPS))),
            key("groups", GROUPS),
            key("economy", section("uitbreidingsvraag (expansion demand)",
                    key("method", choice("the uitbreidingsvraag the confrontation uses", METHODS)),
                    key("growth", new OneOf("yearly job growth: a preset or a list of rules", List.of(
                            choice("a growth preset", GrowthPresets.names()),
                            new ListOf("growth rules; later rules override earlier ones", GROWTH_RULE)))),
                    key("terreinquotient", new MapOf("netto hectares per job, per sector", KeyKind.FIXED, SECTORS,
                            param("hectares per job", TQ), false)),
                    key("terreinquotient_basis", choice("regional: each region scales the sector profile to its own land per"
                            + " job; national: the terreinquotienten as given, in every region", TQ_BASES)),
                    key("terreinquotient_trend", param("yearly relative change of every terreinquotient, on all jobs",
                            YEARLY_CHANGE)),
                    key("mix", new MapOf("share of a sector's new space per werkmilieu", KeyKind.FIXED, SECTORS,
                            row("shares per werkmilieu; sums to 1", WERKMILIEUS), false)),
                    key("shrink_return", param("share of shrinking sectors' land that returns to the market", SHARE)),
                    key("trend", section("the trend method (historic uitgifte)",
                            key("multiplier", new OneOf("f(t): a number, or year: multiplier points", List.of(
                                    param("a multiplier for every year", MULTIPLIER),
                                    new MapOf("year: multiplier points, interpolated linearly", KeyKind.YEAR, List.of(),
                                            param("a multiplier", MULTIPLIER), true)))))),
                    key("divergence_factor", number("flag regions where the two methods differ by more than this factor",
                            DIVERGENCE)))),
            key("circular", section("circular-economy demand",
                    key("framing", choice("how CE enters demand: share-of-demand (a path of CE shares of demand) or"
                            + " extra-space (a share of the stock on top)", FRAMINGS)),
                    key("embedded_share", param("the CE share of demand already in the calibrated uitbreidingsvraag;"
                            + " never added again", SHARE)),
                    key("demand_share", new MapOf("share-of-demand: the CE share of space demand as year: share points,"
                            + " interpolated linearly", KeyKind.YEAR, List.of(), param("a share", CE_SHARE), true)),
                    key("extra_share", param("extra-space: extra space share of the estate stock reached in reached_in",
                            SHARE)),
                    key("reached_in", year("extra-space: the year the extra share is reached")),
                    key("ramp", choice("build-up shape", RAMPS)),
                    key("midpoint_year", year("s-curve: the year half the build-up is reached")),
                    key("steepness", number("s-curve: logistic steepness per year", STEEPNESS)),
                    key("intensity", regional("regional CE intensity relative to the national share",
                            param("an intensity", INTENSITY))),
                    key("strategy_shares", STRATEGY_SHARES),
                    key("mapping", new MapOf("share of each R-strategy group's space per werkmilieu", KeyKind.FIXED,
                            STRATEGIES, row("shares per werkmilieu; sums to 1", WERKMILIEUS), false)),
                    key("verkleinen_factor", param("multiplies the verkleinen group's space; may be negative", VERKLEINEN)),
                    key("profiles", new MapOf("regional R-strategy profiles by region code or group name; replaced as a whole"
                            + " by a scenario that sets it", KeyKind.REGION, List.of(), PROFILE, true)),
                    key("double_use", section("double space use during the transition",
                            key("share", param("share of the build-up needed on top", SHARE)),
                            key("years", integer("how long the double use lasts", DURATION)))))),
            key("transformation", new ListOf("transformation events", TRANSFORMATION_EVENT)),
            key("replacement", section("vervangingsvraag besides transformation",
                    key("withdrawal_rate", regional("yearly share of the stock withdrawn by ageing", param("a share", SHARE))),
                    key("share_of_expansion", param("vervangingsvraag as a share of the uitbreidingsvraag", SHARE)))),
            key("intensification", section("space gained on existing estates (counts as supply)",
                    key("basis", choice("what the gain is of: need (a share of the demand to date), stock (a share of"
                            + " the base-year stock) or hectares (netto ha per region)", INTENSIFICATION_BASES)),
                    key("share", regional("space gained by reached_in: a share of the need or of the stock",
                            param("a share", SHARE))),
                    key("hectares", regional("space gained by reached_in in netto ha (basis hectares)",
                            param("hectares", HECTARES))),
                    key("start_year", year("the ramp is 0 up to and including this year")),
                    key("reached_in", year("the full gain is reached in this year and kept after it")),
                    key("ramp", choice("build-up shape between start_year and reached_in", RAMPS)),
                    key("midpoint_year", year("s-curve: the year half the gain is reached")),
                    key("steepness", number("s-curve: logistic steepness per year", STEEPNESS)))),
            key("supply", section("changes to the planned supply",
                    key("additions", new ListOf("supply changes", SUPPLY_ADDITION)),
                    key("zacht_realisation", param("probability that zachte plancapaciteit is realised", SHARE)),
                    key("seaports", bool("add the data set's seaport estates (seaports.csv) to the zwaar stock (default false)")))),
            key("constraints", section("constraints on realising supply",
                    key("netcongestie", section("grid congestion",
                            key("share", regional("share of new supply behind a congested grid", param("a share", SHARE))),
                            key("relief_year", regional("the year the grid congestion is relieved",
                                    param("a year", YEAR))),
                            key("relief_delay", param("years added to every relief year", DELAY)),
                            key("direct_share", param("part of the congested share that holds back direct plots too",
                                    SHARE)),
                            key("weights", new MapOf("how grid-heavy each werkmilieu's users are", KeyKind.FIXED,
                                    WERKMILIEUS, number("a weight", SHARE), false)))),
                    key("stikstof", permit("nitrogen permits", "share of supply that needs a nitrogen permit")),
                    key("water", permit("water permits", "share of supply that needs a water permit")))),
            key("planning_reserve", param("flexibility margin on demand", SHARE)),
            key("monte_carlo", section("uncertainty analysis",
                    key("draws", integer("number of Monte Carlo draws; 0 runs on the central values", DRAWS)),
                    key("seed", integer("random seed", SEED)),
                    key("percentiles", new ListOf("percentiles to report, ascending, each in (0, 100), at most "
                            + MAX_PERCENTILES, number("a percentile", PERCENTILE), MAX_PERCENTILES)))),
            key("output", section("what to write",
                    key("file", string("output path; \"\" writes out/<name>.xlsx")),
                    key("template", string("house-style template path; \"\" uses the built-in one")),
                    key("formats", new ListOf("output formats", choice("an output format", FORMATS))),
                    key("language", choice("language of the workbook and the console output (run, compare, sweep)", LANGUAGES)))));

    /** Top-level keys a scenario does not inherit from the one it extends. */
    static final List<String> NOT_INHERITED = List.of("name", "description", "extends");

    /**
     * Every key path the format accepts, e.g. {@code circular.double_use.share} and
     * {@code transformation[].compensation}; the keys of distributions and per-region values are
     * listed once, as {@code <distribution>.min} and {@code <regional>.default}.
     */
    static List<String> keyPaths() {
        List<String> paths = new ArrayList<>();
        collect(ROOT, "", paths);
        for (String k : DISTRIBUTION_KEYS) {
            paths.add("<distribution>." + k);
        }
        for (String k : REGIONAL_KEYS) {
            paths.add("<regional>." + k);
        }
        return paths;
    }

    private static void collect(Spec spec, String prefix, List<String> paths) {
        if (spec instanceof Section s) {
            for (Key k : s.keys()) {
                String path = prefix.isEmpty() ? k.name() : prefix + "." + k.name();
                paths.add(path);
                collect(k.spec(), path, paths);
            }
        } else if (spec instanceof ListOf l) {
            collect(l.item(), prefix + "[]", paths);
        } else if (spec instanceof OneOf o) {
            for (Spec a : o.alternatives()) {
                collect(a, prefix, paths);
            }
        }
    }

    /** Where a key of this name is accepted (paths), for "this key belongs under ..." hints. */
    static List<String> pathsOfKey(String name) {
        List<String> found = new ArrayList<>();
        for (String p : keyPaths()) {
            if (!p.startsWith("<") && (p.equals(name) || p.endsWith("." + name))) {
                found.add(p);
            }
        }
        return found;
    }

    private static List<String> codes(Enum<?>[] values) {
        List<String> codes = new ArrayList<>();
        for (Enum<?> e : values) {
            String c = e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            codes.add(c);
        }
        return List.copyOf(codes);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
