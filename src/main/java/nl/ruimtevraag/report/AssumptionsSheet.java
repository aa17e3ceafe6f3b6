package nl.ruimtevraag.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.ruimtevraag.engine.InputResolver;
import nl.ruimtevraag.engine.Plausibility;
import nl.ruimtevraag.engine.Projection;
import nl.ruimtevraag.model.Circular;
import nl.ruimtevraag.model.CircularFraming;
import nl.ruimtevraag.model.Constraints;
import nl.ruimtevraag.model.Economy;
import nl.ruimtevraag.model.Figure;
import nl.ruimtevraag.model.GrowthRule;
import nl.ruimtevraag.model.Origin;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.PermitConstraint;
import nl.ruimtevraag.model.Period;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.RegionData;
import nl.ruimtevraag.model.RegionalParam;
import nl.ruimtevraag.model.Scenario;
import nl.ruimtevraag.model.Sector;
import nl.ruimtevraag.model.SupplyAddition;
import nl.ruimtevraag.model.SupplyItem;
import nl.ruimtevraag.model.TransformationEvent;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * One long table of everything the raming rests on: provenance (scenario file and its SHA-256,
 * data set and version, tool version, seed), every parameter of the scenario with its value or
 * distribution, where it was set and its source, and every data-set figure of the projected
 * regions with its quality and source IDs. Maps are iterated in a fixed order (enum order or
 * sorted keys): Map.copyOf's order changes from run to run, and the file must not.
 */
final class AssumptionsSheet {
    static final int HEADER = 3;
    static final int USED = 4;

    private final SheetWriter out;
    private final ReportContext ctx;
    private final Language lang;
    private final List<RegionData> regions;
    private int row = HEADER + 1;
    /** the row of every source ID on the sources sheet (written sorted by ID) */
    private final Map<String, Integer> sourceRows = new java.util.HashMap<>();
    /** while true, parameter values are shares and get the percent format */
    private boolean shares;

    /** the compensation input cell's name by the event's number in the scenario (events compensated in the projection) */
    private final Map<Integer, String> compensationNames = new java.util.HashMap<>();

    private AssumptionsSheet(SheetWriter out, ReportContext ctx, List<InputSheet.Event> events) {
        for (InputSheet.Event e : events) {
            compensationNames.put(e.number(), e.name());
        }
        this.out = out;
        this.ctx = ctx;
        this.lang = ctx.language();
        this.regions = InputResolver.selectedRegions(ctx.scenario(), ctx.data());
        int at = SourcesSheet.HEADER + 1;
        for (String id : new TreeMap<>(ctx.data().sources()).keySet()) {
            sourceRows.put(id, at++);
        }
    }

    /**
     * Writes the sheet. The values used of the inputs on Invoer (planreserve, zacht_realisatie, each event's
     * compensation) link to their input cells, so they show what the workbook computes with.
     */
    static void write(SheetWriter out, ReportContext ctx, List<InputSheet.Event> events) {
        AssumptionsSheet s = new AssumptionsSheet(out, ctx, events);
        out.text(0, 0, ctx.label(Label.TITLE_ASSUMPTIONS), out.styles.title);
        out.header(HEADER, List.of(ctx.label(Label.KIND), ctx.label(Label.SUBJECT), ctx.label(Label.REGION),
                ctx.label(Label.VALUE_TEXT), ctx.label(Label.VALUE_USED), ctx.label(Label.QUALITY),
                ctx.label(Label.SOURCE), ctx.label(Label.LOCATION), ctx.label(Label.NOTE)));
        s.provenance();
        s.parameters();
        s.warnings();
        s.figures();
        out.widths(10, 30, 6, 18, 10, 10, 16, 20, 40);
        out.wrapColumns(HEADER + 1, s.row - 1, 1, 3, 6, 7, 8);
        out.table(HEADER, 2, s.row - 1, 8);
        out.name("aannames", HEADER, 0, s.row - 1, 8);
    }

    /** The value used of the row just written as a link to an input cell of Invoer. */
    private void linkUsed(String name, double cached) {
        out.formula(row - 1, USED, name, cached, out.styles.percent);
    }

    private String t(String nl, String en) {
        return lang == Language.EN ? en : nl;
    }

    // ---- provenance ------------------------------------------------------------------------

    private void provenance() {
        Scenario sc = ctx.scenario();
        Projection pr = ctx.projection();
        String kind = ctx.label(Label.KIND_PROVENANCE);
        fact(kind, Label.SCENARIO, sc.name());
        fact(kind, Label.DESCRIPTION, sc.description());
        fact(kind, Label.SCENARIO_FILE, ctx.scenarioFile().isEmpty() ? sc.origin().file() : ctx.scenarioFile());
        fact(kind, Label.SCENARIO_SHA, sc.sha256());
        fact(kind, Label.DATASET, ctx.data().name());
        fact(kind, Label.DATASET_VERSION, ctx.data().version());
        fact(kind, Label.TOOL_VERSION, ctx.toolVersion());
        fact(kind, Label.SEED, Long.toString(sc.monteCarlo().seed()));
        fact(kind, Label.DRAWS, Integer.toString(sc.monteCarlo().draws()));
        fact(kind, Label.HORIZON, pr.horizon().baseYear() + "-" + pr.horizon().endYear());
        List<String> periods = new ArrayList<>();
        for (Period p : pr.periods()) {
            periods.add(p.label());
        }
        fact(kind, Label.PERIODS, String.join(", ", periods));
        String preset = sc.economy().preset().isEmpty() ? "" : " (" + sc.economy().preset() + ")";
        fact(kind, Label.METHOD, sc.economy().method().code() + preset);
        if (ctx.stamp()) {
            fact(kind, Label.GENERATED, java.time.OffsetDateTime.now().withNano(0).toString());
        }
    }

    private void fact(String kind, Label subject, String value) {
        out.text(row, 0, kind);
        out.text(row, 1, ctx.label(subject));
        out.text(row, 3, value);
        row++;
    }

    // ---- parameters ------------------------------------------------------------------------

    private void parameters() {
        Scenario sc = ctx.scenario();
        Economy eco = sc.economy();
        shares = true;
        for (GrowthRule rule : eco.growth()) {
            String sector = rule.sector() == null ? t("alle sectoren", "all sectors") : rule.sector().code();
            String region = rule.region() == null ? t("alle", "all") : rule.region();
            Origin origin = rule.rate().origin().location().isEmpty() ? rule.origin() : rule.rate().origin();
            param(t("Groei banen op bedrijventerreinen per jaar, ", "Yearly growth of jobs on estates, ") + sector + " "
                    + rule.fromYear() + "-" + rule.toYear(), region, rule.rate(), origin);
        }
        shares = false;
        for (Sector k : Sector.values()) {
            param(t("Terreinquotiënt (netto ha per baan), ", "Terreinquotiënt (net ha per job), ") + k.code(), "",
                    eco.terreinquotient().get(k));
        }
        text(t("Terreinquotiënten per regio (regional: geschaald naar voorraad per baan; national: zoals gegeven)",
                "Terreinquotiënten per region (regional: scaled to the stock per job; national: as given)"), eco.tqBasis().code());
        shares = true;
        param(t("Jaarlijkse trend terreinquotiënt, op alle banen", "Yearly trend of the terreinquotiënt, on all jobs"), "",
                eco.tqTrend());
        shares = false;
        shares = true;
        for (Sector k : Sector.values()) {
            for (Werkmilieu w : Werkmilieu.values()) {
                plain(t("Aandeel nieuwe ruimte van ", "Share of new space of ") + k.code() + " in " + w.code(), "",
                        eco.mix().get(k).getOrDefault(w, 0.0));
            }
        }
        shares = false;
        shares = true;
        param(t("Teruggave grond krimpende sectoren (rho)", "Land returned by shrinking sectors (rho)"), "",
                eco.shrinkReturn());
        shares = false;
        for (Map.Entry<Integer, Param> e : eco.trendMultiplier().entrySet()) {
            param(t("Vermenigvuldiger trendmethode f(t), ", "Trend method multiplier f(t), ") + e.getKey(), "", e.getValue());
        }
        plain(t("Factor waarboven de twee methoden als afwijkend gelden", "Factor above which the two methods diverge"), "",
                eco.divergenceFactor());

        Circular ce = sc.circular();
        text(t("Circulaire economie: vorm (share-of-demand: aandeel van de vraag; extra-space: extra ruimte op de voorraad)",
                "Circular economy: framing (share-of-demand: share of demand; extra-space: extra space on the stock)"),
                ce.framing().kind().code());
        shares = true;
        param(t("CE-aandeel al in de gekalibreerde uitbreidingsvraag (s_cal), niet dubbel geteld",
                "CE share already in the calibrated expansion demand (s_cal), not counted twice"), "", ce.framing().embeddedShare());
        shares = false;
        if (ce.framing().kind() == CircularFraming.Kind.SHARE_OF_DEMAND) {
            shares = true;
            for (Map.Entry<Integer, Param> e : ce.framing().demandShare().entrySet()) {
                param(t("CE-aandeel van de ruimtevraag s(t), ", "CE share of space demand s(t), ") + e.getKey(), "", e.getValue());
            }
            shares = false;
        } else {
            shares = true;
            param(t("Circulaire extra ruimte (x_CE), bereikt in ", "Circular extra space (x_CE), reached in ") + ce.reachedIn(), "",
                    ce.extraShare());
            shares = false;
            text(t("Opbouw circulaire vraag", "Circular build-up shape"), ce.ramp().code());
            plain(t("Middenjaar s-curve circulair", "Circular s-curve midpoint year"), "", ce.midpointYear());
            plain(t("Steilheid s-curve circulair", "Circular s-curve steepness"), "", ce.steepness());
            double[] kappa = ctx.projection().input().circular().kappa();
            for (int r = 0; r < regions.size(); r++) {
                RegionData region = regions.get(r);
                Param p = InputResolver.regional(ce.intensity(), region, InputResolver.CE_INTENSITY);
                param(t("Circulaire intensiteit (kappa)", "Circular intensity (kappa)"), region.code(), p, p.origin(),
                        t("genormaliseerd: ", "normalised: ") + round(kappa[r]));
            }
        }
        shares = true;
        for (RStrategy j : RStrategy.values()) {
            param(t("Aandeel R-strategiegroep ", "Share of R-strategy group ") + j.code(), "", ce.strategyShares().get(j));
        }
        shares = false;
        shares = true;
        for (RStrategy j : RStrategy.values()) {
            for (Werkmilieu w : Werkmilieu.values()) {
                plain(t("Aandeel ruimte van ", "Share of space of ") + j.code() + " in " + w.code(), "",
                        ce.mapping().get(j).getOrDefault(w, 0.0));
            }
        }
        for (RegionData region : regions) {
            String code = region.code();
            if (!ce.profiles().containsKey(code)) {
                continue;
            }
            if (ce.sharesFromProfile(code)) {
                for (RStrategy j : RStrategy.values()) {
                    param(t("Aandeel R-strategiegroep ", "Share of R-strategy group ") + j.code()
                            + t(" (regioprofiel)", " (regional profile)"), code, ce.strategySharesOf(code).get(j));
                }
            }
            for (RStrategy j : RStrategy.values()) {
                if (ce.mappingFromProfile(code, j)) {
                    for (Werkmilieu w : Werkmilieu.values()) {
                        plain(t("Aandeel ruimte van ", "Share of space of ") + j.code() + " in " + w.code()
                                + t(" (regioprofiel)", " (regional profile)"), code, ce.mappingOf(code, j).getOrDefault(w, 0.0));
                    }
                }
            }
        }
        shares = false;
        param(t("Factor verkleinen", "Verkleinen factor"), "", ce.verkleinenFactor());
        double[][] factorUsed = ctx.projection().input().circular().strategyFactor();
        for (int r = 0; r < regions.size(); r++) {
            double used = factorUsed[r][RStrategy.VERKLEINEN.ordinal()];
            if (used != ce.verkleinenFactor().central()) {
                plain(t("Factor verkleinen gebruikt: verhoogd zodat de circulaire vraag niet negatief is",
                        "Verkleinen factor used: raised so that the circular demand is not negative"), regions.get(r).code(), used);
            }
        }
        shares = true;
        param(t("Dubbel ruimtegebruik: aandeel (d)", "Double space use: share (d)"), "", ce.doubleUseShare());
        shares = false;
        plain(t("Dubbel ruimtegebruik: jaren (y_d)", "Double space use: years (y_d)"), "", ce.doubleUseYears());

        int number = 0;
        for (TransformationEvent e : sc.transformation()) {
            number++;
            String what = t("Transformatie ", "Transformation ") + e.werkmilieu().code() + " " + e.fromYear() + "-"
                    + e.toYear();
            param(what + t(" (ha)", " (ha)"), e.region(), e.hectares(), origin(e.hectares(), e.origin()));
            boolean elsewhere = !e.compensationRegion().equals(e.region()) || e.compensationWerkmilieu() != e.werkmilieu();
            param(what + t(": compensatie", ": compensation") + (elsewhere ? t(" in ", " in ") + e.compensationRegion() + " "
                    + e.compensationWerkmilieu().code() : ""), e.region(), e.compensation(), origin(e.compensation(), e.origin()));
            if (compensationNames.containsKey(number)) {
                linkUsed(compensationNames.get(number), e.compensation().central());
            }
        }
        shares = true;
        regional(t("Onttrekking door veroudering per jaar (o)", "Yearly withdrawal by ageing (o)"),
                sc.replacement().withdrawalRate(), InputResolver.WITHDRAWAL_RATE);
        shares = false;
        shares = true;
        param(t("Vervangingsvraag als aandeel van de uitbreidingsvraag", "Replacement demand as a share of expansion"), "",
                sc.replacement().shareOfExpansion());
        shares = false;
        var in = sc.intensification();
        text(t("Intensivering: grondslag", "Intensification: basis"), in.basis().code());
        switch (in.basis()) {
            case NEED -> {
                shares = true;
                regional(t("Intensivering: ruimtewinst als aandeel van de behoefte (i)",
                        "Intensification: space gain as a share of the need (i)"), in.share(), null);
                shares = false;
            }
            case STOCK -> {
                shares = true;
                regional(t("Intensivering: ruimtewinst als aandeel van de voorraad (i)",
                        "Intensification: space gain as a share of the stock (i)"), in.share(), null);
                shares = false;
            }
            case HECTARES -> regional(t("Intensivering: ruimtewinst in netto ha (H)", "Intensification: space gain in net ha (H)"),
                    in.hectares(), null);
        }
        plain(t("Intensivering: laatste jaar zonder winst", "Intensification: last year without gain"), "", in.startYear());
        plain(t("Intensivering: volledig bereikt in", "Intensification: fully reached in"), "", in.reachedIn());
        text(t("Opbouw intensivering", "Intensification build-up shape"), in.ramp().code());
        plain(t("Middenjaar s-curve intensivering", "Intensification s-curve midpoint year"), "",
                sc.intensification().midpointYear());
        plain(t("Steilheid s-curve intensivering", "Intensification s-curve steepness"), "",
                sc.intensification().steepness());

        for (SupplyAddition a : sc.supply().additions()) {
            param(t("Aanbod ", "Supply ") + a.kind().code() + " " + a.werkmilieu().code() + " " + t("vanaf ", "from ")
                    + a.availableYear() + (a.replace() ? t(" (vervangt dataset)", " (replaces data set)") : "") + " (ha)",
                    a.region(), a.hectares(), origin(a.hectares(), a.origin()));
        }
        shares = true;
        param(t("Realisatiekans zachte plancapaciteit (p_Z)", "Realisation probability of soft plan capacity (p_Z)"), "",
                sc.supply().zachtRealisation());
        linkUsed(InputSheet.ZACHT, ctx.projection().input().supply().zachtRealisation());
        shares = false;

        Constraints c = sc.constraints();
        shares = true;
        regional(t("Netcongestie: aandeel aanbod achter vol net (beta)", "Grid congestion: share of supply behind a full grid (beta)"),
                c.netcongestie().share(), InputResolver.GRID_SHARE);
        shares = false;
        regional(t("Netcongestie: jaar van netverzwaring (Y)", "Grid congestion: relief year (Y)"),
                c.netcongestie().reliefYear(), InputResolver.GRID_RELIEF);
        param(t("Netcongestie: extra vertraging (jaren)", "Grid congestion: extra delay (years)"), "",
                c.netcongestie().reliefDelay());
        shares = true;
        param(t("Netcongestie: deel dat ook direct uitgeefbaar aanbod tegenhoudt", "Grid congestion: part that holds back direct supply too"),
                "", c.netcongestie().directShare());
        shares = false;
        for (Werkmilieu w : Werkmilieu.values()) {
            plain(t("Netcongestie: gewicht (e) ", "Grid congestion: weight (e) ") + w.code(), "",
                    c.netcongestie().weights().getOrDefault(w, 0.0));
        }
        permit("stikstof", t("Stikstof", "Nitrogen"), c.stikstof(), InputResolver.STIKSTOF_SHARE);
        permit("water", "Water", c.water(), InputResolver.WATER_SHARE);

        shares = true;
        param(ctx.label(Label.PLANNING_RESERVE) + " (f_res)", "", sc.planningReserve());
        shares = false;
        linkUsed(InputSheet.RESERVE, ctx.projection().input().planningReserve());

        List<String> percentiles = new ArrayList<>();
        for (double q : sc.monteCarlo().percentiles()) {
            percentiles.add(round(q));
        }
        text(t("Percentielen (Monte Carlo)", "Percentiles (Monte Carlo)"), String.join(", ", percentiles));
    }

    private void permit(String code, String name, PermitConstraint p, String dataParameter) {
        text(name + t(": meegenomen", ": applied"), p.enabled() ? t("ja", "yes") : t("nee", "no"));
        shares = true;
        regional(name + t(": aandeel dat een vergunning nodig heeft", ": share that needs a permit"), p.share(), dataParameter);
        param(name + t(": aandeel harde plannen dat een vergunning nodig heeft", ": share of hard plans that needs a permit"), "",
                p.hardShare());
        param(name + t(": kans op vergunning", ": permit probability"), "", p.permitProbability());
        shares = false;
        param(name + t(": vertraging (jaren)", ": delay (years)"), "", p.delayYears());
    }

    private void regional(String subject, RegionalParam p, String dataParameter) {
        for (RegionData region : regions) {
            param(subject, region.code(), InputResolver.regional(p, region, dataParameter));
        }
    }

    private static Origin origin(Param p, Origin fallback) {
        return p.origin().location().isEmpty() && p.origin().source().isEmpty() ? fallback : p.origin();
    }

    private void param(String subject, String region, Param p) {
        param(subject, region, p, p.origin(), "");
    }

    private void param(String subject, String region, Param p, Origin origin) {
        param(subject, region, p, origin, "");
    }

    private void param(String subject, String region, Param p, Origin origin, String note) {
        out.text(row, 0, ctx.label(Label.KIND_PARAMETER));
        out.text(row, 1, subject);
        out.text(row, 2, region);
        out.text(row, 3, Label.distribution(p, ctx.language()));
        out.number(row, USED, p.central(), usedStyle(p.central()));
        source(Label.sourceText(origin.source(), lang));
        out.text(row, 7, origin.location().isEmpty() ? t("ingebouwd", "built in") : origin.location());
        out.text(row, 8, note);
        row++;
    }

    /** A scenario number without its own origin (mix shares, years, factors). */
    private void plain(String subject, String region, double value) {
        out.text(row, 0, ctx.label(Label.KIND_PARAMETER));
        out.text(row, 1, subject);
        out.text(row, 2, region);
        out.text(row, 3, round(value));
        out.number(row, USED, value, usedStyle(value));
        out.text(row, 7, ctx.scenario().name());
        row++;
    }

    private void text(String subject, String value) {
        out.text(row, 0, ctx.label(Label.KIND_PARAMETER));
        out.text(row, 1, subject);
        out.text(row, 3, value);
        out.text(row, 7, ctx.scenario().name());
        row++;
    }

    // ---- plausibility warnings --------------------------------------------------------------

    private void warnings() {
        for (Plausibility.Warning w : Plausibility.check(ctx.scenario(), ctx.data(), ctx.projection())) {
            out.text(row, 0, ctx.label(Label.KIND_WARNING));
            out.text(row, 1, ctx.label(Label.PLAUSIBILITY));
            out.text(row, 2, w.region());
            out.text(row, 3, PlausibilityText.text(w, lang));
            out.text(row, 7, w.location());
            row++;
        }
    }

    // ---- data-set figures ------------------------------------------------------------------

    private void figures() {
        for (RegionData region : regions) {
            for (Werkmilieu w : Werkmilieu.values()) {
                figure(t("Voorraad in gebruik (netto ha), ", "Stock in use (net ha), ") + w.code(), region, region.stock().get(w));
            }
            for (Sector k : Sector.values()) {
                figure(t("Banen op bedrijventerreinen, ", "Jobs on business estates, ") + k.code(), region, region.jobs().get(k));
            }
            figure(t("Gemiddelde uitgifte (netto ha per jaar)", "Average issuance (net ha per year)"), region, region.uitgifte());
            for (SupplyItem item : region.supply()) {
                figure(t("Aanbod ", "Supply ") + item.kind().code() + " " + item.werkmilieu().code() + " "
                        + t("vanaf ", "from ") + item.availableYear() + " (ha)", region, item.hectares(), adjustment(item));
            }
            for (Map.Entry<String, Figure> e : new TreeMap<>(region.params()).entrySet()) {
                figure(e.getKey(), region, e.getValue());
            }
        }
    }

    /**
     * How a supply row was brought to the reference date (the end of the base year): its count, the
     * uitgifte deducted since and a clamp to 0; empty for a row without a record of its count.
     */
    private String adjustment(SupplyItem item) {
        int base = ctx.projection().horizon().baseYear();
        if (item.figureYear() <= 0 || item.figureYear() >= base) {
            return ""; // no count, or an estimate made for the reference date itself
        }
        String count = t("telling ", "count ") + item.figureYear() + ": " + hectares(item.figureHectares()) + " ha";
        if (!item.adjusted()) {
            return count + (item.kind() == nl.ruimtevraag.model.SupplyKind.ZACHT
                    ? t(" (zacht: niet bijgewerkt)", " (zacht: not brought forward)") : "");
        }
        String text = count + " \u2212 " + t("uitgifte ", "issuance ") + item.figureYear() + "-" + base + ": "
                + hectares(item.deductedHectares()) + " ha";
        return item.hectares().value() <= 0 ? text + t(" (afgetopt op 0)", " (clamped at 0)") : text;
    }

    private String hectares(double v) {
        return String.format(lang == Language.EN ? java.util.Locale.UK : java.util.Locale.forLanguageTag("nl-NL"), "%.1f", v);
    }

    private void figure(String subject, RegionData region, Figure f) {
        figure(subject, region, f, "");
    }

    private void figure(String subject, RegionData region, Figure f, String valueText) {
        out.text(row, 0, ctx.label(Label.KIND_FIGURE));
        out.text(row, 1, subject);
        out.text(row, 2, region.code());
        if (!valueText.isEmpty()) {
            out.text(row, 3, valueText);
        }
        out.number(row, USED, f.value(), usedStyle(f.value()));
        out.text(row, 5, Label.quality(f.quality(), lang));
        source(Label.sourceText(f.source(), lang));
        out.text(row, 7, f.location());
        out.text(row, 8, f.note());
        row++;
    }

    /**
     * The source column: the text, a link to the Bronnen row of the first source ID it names (a
     * cell holds one link; the other IDs are on the same sheet, sorted).
     */
    private void source(String text) {
        String target = null;
        for (String token : text.split("[;,()\\s]+")) {
            Integer at = sourceRows.get(token);
            if (at != null) {
                target = SheetWriter.ref(ctx.label(Label.SHEET_SOURCES), at, 0);
                break;
            }
        }
        if (target == null) {
            out.text(row, 6, text);
        } else {
            out.internalLink(row, 6, text, target);
        }
    }

    /** Whole numbers (years, jobs, delays) without decimals; shares and factors with up to four. */
    private org.apache.poi.xssf.usermodel.XSSFCellStyle usedStyle(double v) {
        if (shares) {
            return out.styles.percent;
        }
        return v == Math.rint(v) ? out.styles.integer : out.styles.number;
    }

    static String round(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
    }
}
