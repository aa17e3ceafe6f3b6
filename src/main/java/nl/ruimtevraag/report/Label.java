package nl.ruimtevraag.report;

import java.math.BigDecimal;
import java.math.MathContext;
import nl.ruimtevraag.engine.Measure;
import nl.ruimtevraag.model.Param;
import nl.ruimtevraag.model.RStrategy;
import nl.ruimtevraag.model.Werkmilieu;

/**
 * Every fixed text of the workbook and console table, in Dutch and English. Domain terms with no
 * good English equivalent keep their Dutch word in brackets, so an English reader can match them
 * with the method.
 */
public enum Label {
    // sheet names (at most 31 characters, no []:*?/\)
    SHEET_SUMMARY("Samenvatting", "Summary"),
    SHEET_DEMAND("Vraag", "Demand"),
    SHEET_SUPPLY("Aanbod en knelpunten", "Supply and constraints"),
    SHEET_CONFRONTATION("Confrontatie", "Demand vs supply"),
    SHEET_CIRCULAR("Circulair", "Circular"),
    SHEET_PHASING("Fasering", "Phasing"),
    SHEET_TIMELINE("Tijdlijn", "Timeline"),
    SHEET_ASSUMPTIONS("Aannames en bronnen", "Assumptions and sources"),
    SHEET_SOURCES("Bronnen", "Sources"),
    SHEET_EXPLANATION("Toelichting", "Read me"),
    SHEET_WATERFALL("Uitleg", "Explained"),
    SHEET_BANDS("Bandbreedte", "Uncertainty bands"),
    SHEET_TORNADO("Gevoeligheid", "Sensitivity"),
    TITLE_TORNADO("Gevoeligheid van de extra hectares (strikt) t/m %d: %s", "Sensitivity of the extra hectares (strict) up to %d: %s"),
    NOTE_TORNADO("Elke onzekere parameter tussen zijn lage en hoge waarde, de andere op hun centrale waarde; centraal resultaat %s ha. Gerangschikt naar zwaai.",
            "Each uncertain parameter between its low and high value, the others at their central value; central result %s ha. Ranked by swing."),
    TITLE_TORNADO_CHART("Tornado: afwijking van het centrale resultaat (ha), %s", "Tornado: deviation from the central result (ha), %s"),
    RANK("Rang", "Rank"),
    PARAMETER("Parameter", "Parameter"),
    PATH("Pad in het scenario", "Path in the scenario"),
    AXIS_HECTARES("netto ha", "net ha"),
    AXIS_REGION("regio", "region"),
    AXIS_YEAR("jaar", "year"),
    AXIS_DEVIATION("afwijking van het centrale resultaat (ha)", "deviation from the central result (ha)"),
    DISTRIBUTION("Verdeling", "Distribution"),
    LOW("Laag", "Low"),
    HIGH("Hoog", "High"),
    AT_LOW("Extra ha bij laag", "Extra ha at low"),
    AT_HIGH("Extra ha bij hoog", "Extra ha at high"),
    SWING("Zwaai", "Swing"),
    DELTA_LOW("Afwijking bij laag", "Deviation at low"),
    DELTA_HIGH("Afwijking bij hoog", "Deviation at high"),
    TITLE_BANDS("Onzekerheid: bandbreedte van vraag, aanbod en extra hectares (Monte Carlo)",
            "Uncertainty: bands of demand, supply and extra hectares (Monte Carlo)"),
    NOTE_BANDS("Cumulatief t/m het jaar; %d trekkingen met seed %d over %d onzekere parameters. Puntwaarde = de centrale waarden (zoals op de andere bladen); percentielen van regio- en landstotalen zijn per trekking opgeteld.",
            "Cumulative up to the year; %d draws with seed %d over %d uncertain parameters. Point = the central values (as on the other sheets); percentiles of region and national totals are summed per draw."),
    POINT("punt", "point"),
    FAN_TITLE("Extra ha nodig (strikt), P10-P90: %s", "Extra ha needed (strict), P10-P90: %s"),
    TITLE_WATERFALL("Uitleg van de uitkomst, stap voor stap", "The result explained, step by step"),
    NOTE_WATERFALL("Per werkmilieu: van uitbreidingsvraag tot saldo, netto ha opgeteld vanaf %d t/m het eind van de periode. Dezelfde stappen als 'ruimtevraag explain'; de formules staan in docs/method.md.",
            "Per estate type: from expansion demand to balance, net ha summed from %d up to the end of the period. The same steps as 'ruimtevraag explain'; the formulas are in docs/method.md."),
    FORMULA("Formule", "Formula"),
    INPUT("Invoer", "Input"),
    VALUE("Waarde", "Value"),
    SOURCE_LOCATION("Bron / vindplaats", "Source / location"),
    DIVERGENCE("Verhouding werkgelegenheids- / trendmethode", "Ratio employment / trend method"),
    DIVERGENT("wijkt af", "diverges"),
    METHOD_USED("Methode uitbreidingsvraag", "Expansion demand method"),

    // column headers
    REGION_CODE("Regiocode", "Region code"),
    REGION("Regio", "Region"),
    WERKMILIEU("Werkmilieu", "Estate type (werkmilieu)"),
    PERIOD("Periode", "Period"),
    UP_TO("T/m jaar", "Up to year"),
    YEAR("Jaar", "Year"),
    TOTAL("totaal", "total"),
    NATIONAL("Nederland (som van de regio's)", "Netherlands (sum of the regions)"),
    VRAAG_CUM("Vraag t/m", "Demand up to"),
    AANBOD_CUM("Realiseerbaar aanbod t/m", "Realisable supply up to"),
    SALDO("Saldo", "Balance (saldo)"),
    EXTRA_HA("Extra ha nodig", "Extra ha needed"),
    EXTRA_HA_NETTED("Extra ha nodig (gesaldeerd)", "Extra ha needed (netted)"),
    EXTRA_HA_STRICT("Extra ha nodig (strikt)", "Extra ha needed (strict)"),
    VRAAG("Vraag", "Demand"),
    AANBOD("Realiseerbaar aanbod", "Realisable supply"),
    VRAAG_YEAR("Vraag in het jaar", "Demand in the year"),
    VRAAG_CUMULATIVE("Vraag cumulatief", "Cumulative demand"),
    STRATEGY_TOTAL("Circulair totaal", "Circular total"),
    CIRCULAR_EMBEDDED("Al in de uitbreidingsvraag (s_cal · U)", "Already in expansion demand (s_cal · U)"),
    CIRCULAR_SHARE("CE-aandeel van de vraag", "CE share of demand"),
    STRATEGY_PROFILE("Herkomst aandelen en verdeling", "Origin of shares and mapping"),
    PROFILE_NATIONAL("landelijk", "national"),
    PROFILE_REGIONAL("regioprofiel", "regional profile"),
    PROFILE_PARTLY("regioprofiel (rest landelijk)", "regional profile (rest national)"),
    VERKLEINEN_USED("Factor verkleinen gebruikt", "Verkleinen factor used"),

    // titles and notes
    CAVEATS("Kanttekeningen", "Caveats"),
    CAVEAT_ESTIMATED("%s van de gegevens (%d van %d) in de dataset zijn schattingen, geen gepubliceerde cijfers (kwaliteit 'geschat' op Aannames en bronnen): gebruik eigen gegevens (--data) voordat u een getal citeert.",
            "%s of the figures (%d of %d) in the data set are estimates, not published figures (quality 'estimated' on Assumptions and sources): use your own data (--data) before quoting a number."),
    CAVEAT_SEAPORTS("Zeehaventerreinen tellen niet mee: de voorraad in de dataset laat ze buiten beschouwing, dus deze raming gaat niet over havengebonden ruimte.",
            "Seaport estates are excluded: the data set's stock leaves them out, so this forecast does not cover port-related space."),
    CAVEAT_SUPPLY("Het laatste jaar met gepland aanbod in de dataset is %d: een tekort in %d-%d is grotendeels een planningsgat (voor die jaren is nog geen aanbod gepland), niet per se een gebrek aan ruimte.",
            "The last year with planned supply in the data set is %d: a shortage in %d-%d is largely a planning gap (no supply is planned yet for those years), not necessarily a lack of space."),
    CAVEAT_METHODS("In %d van de %d regio's verschillen de werkgelegenheids- en de trendmethode meer dan een factor %s (%s): daar hangt de uitbreidingsvraag sterk af van de methode (zie Vraag).",
            "In %d of the %d regions the employment and the trend method differ by more than a factor %s (%s): there the expansion demand depends strongly on the method (see Demand)."),
    CAVEAT_BAND("Onzekerheid: het centrale resultaat t/m %d (%s ha extra nodig) ligt %s van de %d trekkingen (zie Bandbreedte).",
            "Uncertainty: the central result up to %d (%s extra ha needed) lies %s of the %d draws (see Uncertainty bands)."),
    CHART_SOURCE("Bron: ruimtevraag, blad %s (netto ha).", "Source: ruimtevraag, sheet %s (net ha)."),
    TOTAL_SUBSET("Totaal (%s)", "Total (%s)"),
    QUALITY_REPORTED("gerapporteerd", "reported"),
    QUALITY_DERIVED("afgeleid", "derived"),
    QUALITY_ESTIMATED("geschat", "estimated"),
    TITLE_SUMMARY("Behoefteraming bedrijventerreinen", "Demand forecast for business estates"),
    NOTE_SUMMARY("Netto hectares. Vraag en realiseerbaar aanbod cumulatief vanaf %d t/m het eind van de periode; "
            + "extra ha nodig = som van de tekorten per werkmilieu (een overschot van het ene werkmilieu vult geen tekort van een ander).",
            "Net hectares. Demand and realisable supply cumulative from %d up to the end of the period; "
            + "extra ha needed = sum of the shortages per estate type (a surplus of one type does not fill a shortage of another)."),
    NOTE_HEADLINE("Extra ha nodig: mediaan en %3$s van %1$d Monte Carlo-trekkingen over %2$d onzekere parameters, "
            + "naast de uitkomst bij centrale waarden (elke parameter op zijn centrale waarde; de tabel daaronder).",
            "Extra ha needed: median and %3$s of %1$d Monte Carlo draws over %2$d uncertain parameters, "
            + "beside the result at central values (every parameter at its central value; the table below)."),
    TITLE_CENTRAL("Centrale waarden: vraag tegen realiseerbaar aanbod en tegen hard aanbod",
            "Central values: demand against realisable supply and against hard supply"),
    NOTE_TIMELINE("Netto hectares, per regio en jaar aan het eind van het jaar: vraag cumulatief vanaf %d, hard aanbod "
            + "(direct + hard, zonder knelpunten) en het tekort daartegen, wat de knelpunten tegenhouden, realiseerbaar aanbod, "
            + "saldo en extra ha nodig (strikt). Een knelpunt telt in zijn eigen jaar. Hectarejaren = som over de jaren van "
            + "het tekort.",
            "Net hectares, per region and year at the end of the year: demand cumulative from %d, hard supply (direct + hard, "
            + "before constraints) and the shortage against it, what the constraints hold back, realisable supply, balance and "
            + "extra ha needed (strict). A constraint counts in its own year. Hectare-years = the shortage summed over the years."),
    TITLE_TIMELINE_SUMMARY("Tekort over de jaren, per regio", "Shortage over the years, per region"),
    HELD_BY_CONSTRAINTS("Tegengehouden door knelpunten", "Held back by constraints"),
    FIRST_SHORTAGE_YEAR("Eerste tekortjaar", "First year of shortage"),
    PEAK_SHORTAGE("Piektekort", "Peak shortage"),
    PEAK_YEAR("Piekjaar", "Peak year"),
    HECTARE_YEARS("Hectarejaren tekort", "Hectare-years unmet"),
    FIRST_SHORTAGE_YEAR_HARD("Eerste tekortjaar t.o.v. hard aanbod", "First year of shortage against hard supply"),
    PEAK_SHORTAGE_HARD("Piektekort t.o.v. hard aanbod", "Peak shortage against hard supply"),
    PEAK_YEAR_HARD("Piekjaar t.o.v. hard aanbod", "Peak year against hard supply"),
    HECTARE_YEARS_HARD("Hectarejaren tekort t.o.v. hard aanbod", "Hectare-years unmet against hard supply"),
    TITLE_COMPONENTS("Vraag naar component, %d-%d (som van de perioden)", "Demand by component, %d-%d (sum of the periods)"),
    TITLE_MAP("Extra ha nodig t/m %d", "Extra ha needed up to %d"),
    MAP_SOURCE("Bron kaart: %s", "Map source: %s"),
    CHART_COMPONENTS("Vraag naar component per regio, %d-%d (ha)", "Demand by component per region, %d-%d (ha)"),
    CHART_EXTRA("Extra ha nodig per regio (ha)", "Extra ha needed per region (ha)"),
    CHART_PHASING("Nederland: cumulatieve vraag en realiseerbaar aanbod (ha)", "Netherlands: cumulative demand and realisable supply (ha)"),
    NOTE_DEMAND("Netto hectares die in de periode ontstaan (som van de jaren start+1 t/m eind): de componenten zijn sommen over Vraag per jaar, "
            + "de uitbreidingsvraag per methode waarden van de rekenkern. Vervangingsvraag, planreserve en totale vraag zijn formules.",
            "Net hectares arising in the period (sum of the years start+1 to end): the components are sums over Demand by year, the "
            + "expansion demand per method the engine's values. Replacement demand, reserve and total demand are formulas."),
    NOTE_SUPPLY("Netto hectares beschikbaar aan het eind van het jaar. Realiseerbaar = direct + hard + zacht - niet gerealiseerd - tegengehouden "
            + "+ intensivering. Niet gerealiseerd en tegengehouden zijn formules van zacht_realisatie (Invoer) en de factoren rechts "
            + "(de rekenkern): netcongestie = direct × (1 - factor direct) + (hard + zacht × p_Z) × (1 - factor plannen); stikstof = "
            + "p_Z × factor × (zacht - zacht door stikstof) + factor × (hard - hard door stikstof); water idem met de watervergunning.",
            "Net hectares available at the end of the year. Realisable = direct + hard + soft - not realised - held back + intensification. "
            + "Not realised and held back are formulas of the realisation probability p_Z (Inputs) and the factors on the right (the engine): grid "
            + "congestion = direct × (1 - factor direct) + (hard + soft × p_Z) × (1 - factor plans); nitrogen = p_Z × factor × (soft - "
            + "soft through nitrogen) + factor × (hard - hard through nitrogen); water likewise with the water permit."),
    NOTE_CONFRONTATION("Cumulatief vanaf %d t/m het eind van de periode. Saldo = aanbod - vraag; extra ha = MAX(0; -saldo). "
            + "Regiototaal: strikt (som van de tekorten) en gesaldeerd (MAX(0; -som van de saldi)). "
            + "Hard aanbod = direct uitgeefbaar + harde plannen, zonder knelpunten en zonder zachte plannen.",
            "Cumulative from %d up to the end of the period. Balance = supply - demand; extra ha = MAX(0; -balance). "
            + "Region total: strict (sum of shortages) and netted (MAX(0; -sum of balances)). "
            + "Hard supply = direct + hard plans, before constraints and without soft plans."),
    TITLE_STRATEGY_SHARES("Aandelen R-strategiegroepen per regio (a_j(r), centrale waarden, som 1)",
            "Shares of the R-strategy groups per region (a_j(r), central values, sum 1)"),

    NOTE_CIRCULAR("Vraag van de circulaire economie in de periode naar groep R-strategieën (netto ha), min het deel dat al in de"
            + " gekalibreerde uitbreidingsvraag zit (niet dubbel geteld). CE-aandeel van de vraag = (s_cal · U + circulair) / (U + circulair).",
            "Circular-economy demand in the period by group of R-strategies (net ha), less the part already in the calibrated"
            + " expansion demand (not counted twice). CE share of demand = (s_cal · U + circular) / (U + circular)."),
    NOTE_PHASING("%s per jaar, daarnaast per regio de cumulatieve vraag en het realiseerbaar aanbod.",
            "%s per year, then per region the cumulative demand and the realisable supply."),
    PLANNING_RESERVE("Planreserve", "Planning reserve"),

    // assumptions sheet
    KIND("Soort", "Kind"),
    SUBJECT("Onderwerp", "Subject"),
    VALUE_TEXT("Waarde of verdeling", "Value or distribution"),
    VALUE_USED("Gebruikte waarde", "Value used"),
    QUALITY("Kwaliteit", "Quality"),
    SOURCE("Bron", "Source"),
    LOCATION("Vindplaats", "Set in"),
    NOTE("Toelichting", "Note"),
    KIND_PROVENANCE("herkomst", "provenance"),
    KIND_PARAMETER("parameter", "parameter"),
    KIND_FIGURE("gegeven", "data figure"),
    KIND_WARNING("waarschuwing", "warning"),
    PLAUSIBILITY("Plausibiliteit", "Plausibility"),
    SCENARIO("Scenario", "Scenario"),
    DESCRIPTION("Omschrijving", "Description"),
    SCENARIO_FILE("Scenariobestand", "Scenario file"),
    SCENARIO_SHA("SHA-256 van het scenariobestand", "SHA-256 of the scenario file"),
    DATASET("Dataset", "Data set"),
    DATASET_VERSION("Versie van de dataset", "Data set version"),
    TOOL_VERSION("Versie van ruimtevraag", "ruimtevraag version"),
    SEED("Seed (Monte Carlo)", "Seed (Monte Carlo)"),
    DRAWS("Aantal trekkingen (Monte Carlo)", "Number of draws (Monte Carlo)"),
    HORIZON("Basisjaar en horizon", "Base year and horizon"),
    PERIODS("Perioden", "Periods"),
    METHOD("Methode uitbreidingsvraag", "Expansion demand method"),
    GENERATED("Gemaakt op", "Generated on"),
    TITLE_ASSUMPTIONS("Aannames en bronnen: elke parameter en elk gegeven dat de raming gebruikt",
            "Assumptions and sources: every parameter and data figure the forecast uses"),
    SOURCE_ID("Bron-ID", "Source ID"),
    SOURCE_TITLE("Titel", "Title"),
    PUBLISHER("Uitgever", "Publisher"),
    SOURCE_YEAR("Jaar", "Year"),
    URL("Vindplaats (URL)", "URL"),
    TITLE_SOURCES("Bronnen van de dataset (ID's in de kolom Bron van Aannames en bronnen)",
            "Sources of the data set (IDs in the Source column of Assumptions and sources)"),

    // compare: workbook (ComparisonWorkbook) and console table (ComparisonTable)
    SHEET_COMPARISON("Vergelijking", "Comparison"),
    SHEET_CHART("Grafiek", "Chart"),
    SHEET_SCENARIOS("Scenario's", "Scenarios"),
    TITLE_COMPARISON("Vergelijking van scenario's: %s", "Comparison of scenarios: %s"),
    NOTE_COMPARISON("Netto ha, cumulatief vanaf het basisjaar t/m het eind van de periode. Extra ha nodig = som van de "
            + "tekorten per werkmilieu (strikt). Δ = scenario min [1] %s (formules). Een lege cel: het scenario raamt die regio of periode niet.",
            "Net ha, cumulative from the base year up to the end of the period. Extra ha needed = sum of the "
            + "shortages per estate type (strict). Δ = scenario minus [1] %s (formulas). An empty cell: the scenario does not project that region or period."),
    NOTE_SAME_REGIONS("Alle scenario's ramen dezelfde regio's; de laatste rijen zijn het totaal van die regio's.",
            "All scenarios project the same regions; the last rows are the total of those regions."),
    NOTE_NO_COMMON_REGION("De scenario's hebben geen regio gemeen: er is geen totaal om te vergelijken.",
            "The scenarios have no region in common: there is no total to compare."),
    TOTAL_COMMON("Totaal", "Total"),
    NO_COMMON_REGION("geen regio in alle scenario's", "no region in every scenario"),
    EXTRA_HA_PERCENTILE("Extra ha %s", "Extra ha %s"),
    DELTA_VRAAG("Δ vraag", "Δ demand"),
    DELTA_AANBOD("Δ aanbod", "Δ supply"),
    DELTA_EXTRA_HA("Δ extra ha", "Δ extra ha"),
    DELTA_EXTRA_HA_PERCENTILE("Δ extra ha %s", "Δ extra ha %s"),
    DELTA_TO_FIRST(" (Δ = min [1])", " (Δ = minus [1])"),
    DELTA_PAIR("Δ extra ha [%d] min [%d]", "Δ extra ha [%d] minus [%d]"),
    DELTA_PAIR_PERCENTILE("Δ extra ha [%d] min [%d] %s", "Δ extra ha [%d] minus [%d] %s"),
    PAIR_GROUP("[%d] %s min [%d] %s", "[%d] %s minus [%d] %s"),
    COMPARISON_CHART("Extra ha nodig per regio t/m %d (ha)", "Extra ha needed per region up to %d (ha)"),
    TITLE_COMPARED("De vergeleken scenario's", "The compared scenarios"),
    NUMBER("Nr", "No."),
    REGIONS("Regio's", "Regions"),
    CALCULATION("Berekening", "Calculation"),
    CALCULATION_MONTE_CARLO("Monte Carlo, %d trekkingen, seed %d; elk scenario krijgt dezelfde trekking voor elke parameter "
            + "die de scenario's delen (zelfde pad), en de verschillen zijn per trekking berekend",
            "Monte Carlo, %d draws, seed %d; every scenario gets the same draw for every parameter "
            + "the scenarios share (same path), and the differences are computed per draw"),
    CALCULATION_DETERMINISTIC("deterministisch: elke parameter op zijn centrale waarde",
            "deterministic: every parameter at its central value"),
    CONSOLE_COMPARISON("Vergelijking van %d scenario's; verschil (Δ) = scenario min [1] %s",
            "Comparison of %d scenarios; difference (Δ) = scenario minus [1] %s"),
    CONSOLE_UP_TO("T/m", "Up to"),
    CONSOLE_AANBOD("Aanbod", "Supply"),
    CONSOLE_EXTRA_HA("Extra ha", "Extra ha"),
    CONSOLE_COMPARISON_NOTE("vraag en aanbod cumulatief t/m het eind van de periode (ha); extra ha = som van de tekorten per werkmilieu (strikt)",
            "demand and supply cumulative up to the end of the period (ha); extra ha = sum of the shortages per estate type (strict)"),
    CONSOLE_CENTRAL("; centrale waarden", "; central values"),
    CONSOLE_COMPARISON_DRAWS("Monte Carlo: %d trekkingen, seed %d, dezelfde trekkingen voor gedeelde parameters%n",
            "Monte Carlo: %d draws, seed %d, the same draws for shared parameters%n"),
    CONSOLE_COMPARISON_BANDS("extra ha (strikt), %s: P10 / P50 / P90; Δ per trekking berekend",
            "extra ha (strict), %s: P10 / P50 / P90; Δ computed per draw"),
    CONSOLE_EXTRA_HA_LOWER("extra ha", "extra ha"),

    // sweep: workbook (SweepTable) and console table (SweepCommand)
    SHEET_SWEEP("Sweep", "Sweep"),
    SHEET_SWEPT_SCENARIO("Scenario", "Scenario"),
    TITLE_SWEEP("Sweep van scenario %s: %d varianten", "Sweep of scenario %s: %d variants"),
    VARIANT("Variant", "Variant"),
    MEASURE_UP_TO("%s t/m %d", "%s up to %d"),
    TITLE_SWEPT("Het gevarieerde scenario", "The varied scenario"),
    VARIED("Gevarieerd", "Varied"),
    VARIANT_COUNT("Aantal varianten", "Number of variants"),
    DOCUMENT_SWEEP("Sweep van scenario %s", "Sweep of scenario %s"),
    VARIANT_ONE("variant", "variant"),
    VARIANT_MANY("varianten", "variants"),
    CONSOLE_SWEEP_UP_TO("t/m %d", "up to %d"),
    CONSOLE_MORE_ROWS("... %d rijen meer in het bestand", "... %d more rows in the file"),

    // console
    CONSOLE_WRITTEN("geschreven: %s", "written: %s"),
    CONSOLE_WARNING("waarschuwing: %s", "warning: %s"),
    CONSOLE_DRAWS("trekkingen", "draws"),
    CONSOLE_BANDS("Monte Carlo: %d trekkingen, seed %d, %d onzekere parameters%n",
            "Monte Carlo: %d draws, seed %d, %d uncertain parameters%n"),
    CONSOLE_BANDS_UP_TO("  extra ha (strikt) t/m %d:", "  extra ha (strict) up to %d:"),
    CONSOLE_NOTE("vraag en aanbod cumulatief t/m het eind van de periode; extra ha = som van de tekorten per werkmilieu; "
            + "hard aanbod = direct + hard, zonder knelpunten",
            "demand and supply cumulative up to the end of the period; extra ha = sum of shortages per estate type; "
            + "hard supply = direct + hard, before constraints"),
    CONSOLE_NOTE_HEADLINE("extra ha P50 (mediaan) en %s: Monte Carlo over de onzekere parameters; de andere kolommen: "
            + "centrale waarden (elke parameter op zijn centrale waarde)",
            "extra ha P50 (median) and %s: Monte Carlo over the uncertain parameters; the other columns: "
            + "central values (every parameter at its central value)"),
    HARD_SUPPLY("Hard aanbod", "Hard supply"),
    HARD_SUPPLY_CUM("Hard aanbod t/m", "Hard supply up to"),
    SALDO_HARD("Saldo t.o.v. hard aanbod", "Balance against hard supply"),
    EXTRA_HA_HARD("Extra ha t.o.v. hard aanbod", "Extra ha against hard supply"),
    CONSOLE_EXTRA_HA_HARD("Extra ha hard", "Extra ha hard"),
    EXTRA_HA_MEDIAN("Extra ha mediaan", "Extra ha median"),
    CONSOLE_EXTRA_HA_MEDIAN("Extra ha P50", "Extra ha P50"),
    EXTRA_HA_CENTRAL("Extra ha (centrale waarden)", "Extra ha (central values)"),
    CONSOLE_MONTE_CARLO("Monte Carlo", "Monte Carlo"),
    CONSOLE_CENTRAL_VALUES("centrale waarden", "central values"),

    // the live chain: Invoer and Vraag per jaar
    SHEET_INPUTS("Invoer", "Inputs"),
    SHEET_DEMAND_YEARLY("Vraag per jaar", "Demand by year"),
    TITLE_INPUTS("Invoer: wat-als zonder nieuwe run", "Inputs: what-if without a rerun"),
    NOTE_INPUTS("Wijzig een gele cel en laat herberekenen (F9): de vraag, het aanbod, het saldo en de extra hectares op Samenvatting "
            + "(centrale waarden), Vraag, Vraag per jaar, Aanbod en knelpunten, Confrontatie, Fasering, Tijdlijn en hun grafieken rekenen "
            + "door en geven dezelfde getallen als een nieuwe run met die waarde. Niet live: de reeksen van de rekenkern "
            + "(uitbreidingsvraag, circulaire vraag, plancapaciteit, knelpuntfactoren), de Monte Carlo-banden (Bandbreedte, de kop "
            + "van Samenvatting), Gevoeligheid, Uitleg, Circulair, de kaart en de kanttekeningen: die gelden voor de waarden van de run "
            + "(Aannames en bronnen).",
            "Change a yellow cell and recalculate (F9): demand, supply, balance and extra hectares on Summary (central values), Demand, "
            + "Demand by year, Supply and constraints, Demand vs supply, Phasing, Timeline and their charts follow and give the same "
            + "numbers as a rerun with that value. Not live: the engine's series (expansion demand, circular demand, plan capacity, "
            + "constraint factors), the Monte Carlo bands (Uncertainty bands, the head of Summary), Sensitivity, Explained, Circular, "
            + "the map and the caveats: they hold for the run's values (Assumptions and sources)."),
    INPUT_SUBJECT("Invoer", "Input"),
    INPUT_VALUE("Waarde", "Value"),
    INPUT_NAME("Naam in de werkmap", "Name in the workbook"),
    INPUT_MEANING("Betekenis", "Meaning"),
    INPUT_RESERVE_MEANING("Flexibiliteitsmarge op de vraag: planreserve = (uitbreiding + vervanging + circulair) × dit aandeel (0-100%)",
            "Flexibility margin on demand: reserve = (expansion + replacement + circular) × this share (0-100%)"),
    INPUT_ZACHT("Realisatiekans zacht aanbod (p_Z)", "Realisation probability of soft supply (p_Z)"),
    INPUT_ZACHT_MEANING("Deel van de zachte plancapaciteit dat gerealiseerd wordt: niet gerealiseerd = zacht × (1 − p_Z) (0-100%)",
            "Share of soft plan capacity that is realised: not realised = soft × (1 − p_Z) (0-100%)"),
    TITLE_INPUT_EVENTS("Transformaties: compensatie per gebeurtenis", "Transformations: compensation per event"),
    NOTE_INPUT_EVENTS("Vervangingsvraag transformatie = getransformeerde ha × compensatie, in de regio en het werkmilieu van de compensatie.",
            "Replacement demand from transformation = hectares transformed × compensation, in the compensation's region and estate type."),
    NO_INPUT_EVENTS("Het scenario heeft geen transformaties.",
            "The scenario has no transformations."),
    EVENT_NUMBER("Nr. in het scenario", "No. in the scenario"),
    EVENT_YEARS("Jaren", "Years"),
    EVENT_HECTARES("Hectares getransformeerd", "Hectares transformed"),
    EVENT_COMPENSATION("Compensatie", "Compensation"),
    EVENT_COMPENSATED_IN("Gecompenseerd in", "Compensated in"),
    EVENT_SCENARIO_VALUE("In het scenario", "In the scenario"),
    EVENT_OUTSIDE("%s: buiten deze run, in geen enkel getal", "%s: outside this run, in no figure"),
    VALIDATION_TITLE("Aandeel tussen 0% en 100%", "Share between 0% and 100%"),
    VALIDATION_SHARE("Vul een aandeel in tussen 0 en 1 (0% en 100%).", "Enter a share between 0 and 1 (0% and 100%)."),
    NOTE_DEMAND_YEARLY("Netto hectares per regio, werkmilieu en jaar, dan per regio het totaal en de som van de regio's. De componenten "
            + "van de rekenkern zijn waarden; transformatie (ha × compensatie op Invoer), planreserve, vraag, de cumulatieve vraag, "
            + "saldo en extra ha zijn formules. Aanbod komt uit Aanbod en knelpunten (eind van het jaar).",
            "Net hectares per region, estate type and year, then per region the total and the sum of the regions. The engine's "
            + "components are values; transformation (ha × compensation on Inputs), reserve, demand, cumulative demand, balance and "
            + "extra ha are formulas. Supply comes from Supply and constraints (end of year)."),
    GRID_FACTOR("Netcongestie: factor plannen", "Grid congestion: factor plans"),
    GRID_DIRECT_FACTOR("Netcongestie: factor direct", "Grid congestion: factor direct"),
    ZACHT_AFTER_STIKSTOF("Zacht door stikstof", "Soft through nitrogen"),
    ZACHT_AFTER_PERMITS("Zacht door stikstof en water", "Soft through nitrogen and water"),
    HARD_AFTER_STIKSTOF("Hard door stikstof", "Hard through nitrogen"),
    HARD_AFTER_PERMITS("Hard door stikstof en water", "Hard through nitrogen and water"),
    SHORTAGE_YEAR("Jaar met tekort", "Year with shortage"),
    SHEET_BANDS_YEARLY("Bandbreedte per jaar", "Bands by year"),
    TITLE_BANDS_YEARLY("Extra ha nodig (strikt) per jaar, met bandbreedte", "Extra ha needed (strict) per year, with bands"),
    SHORTAGE_YEAR_HARD("Jaar met tekort t.o.v. hard aanbod", "Year with shortage against hard supply"),
    INTENSIFICATION_OF_NEED("Intensivering: deel van de vraag (i × ramp)", "Intensification: share of demand (i × ramp)"),

    // explain (console)
    EXPLAIN_TITLE("%s (%s), werkmilieu %s, periode %s — scenario %s%n", "%s (%s), estate type %s, period %s — scenario %s%n"),
    EXPLAIN_NOTE("Alle bedragen in netto ha, opgeteld vanaf %d t/m %d.%n%n", "All amounts in net ha, summed from %d up to %d.%n%n"),
    EXPLAIN_FORMULA("      formule: %s%n", "      formula: %s%n"),
    EXPLAIN_INFO("  ter vergelijking)", "  for comparison)"),

    // compare and sweep: shared regions, a chart per period end (ComparisonWorkbook, ComparisonTable, SweepTable)
    NOTE_SHARED_REGIONS("De scenario's ramen verschillende regio's: tabellen en grafieken tonen alleen de regio's die elk "
            + "scenario raamt (%s), en het totaal telt alleen die, zodat het gelijke met gelijke vergelijkt.",
            "The scenarios project different regions: tables and charts show only the regions every scenario "
            + "projects (%s), and the total counts only those, so it compares like with like."),
    NOTE_LEFT_OUT("Weggelaten omdat niet elk scenario ze raamt: %s.", "Left out because not every scenario projects them: %s."),
    LEFT_OUT_GROUP("%s (niet in %s)", "%s (not in %s)"),
    CONSOLE_SHARED_REGIONS("  regio's verschillen per scenario: alleen de regio's die elk scenario raamt staan naast elkaar; %s",
            "  regions differ per scenario: only the regions every scenario projects are side by side; %s"),
    CONSOLE_LEFT_OUT("  weggelaten: %s", "  left out: %s"),
    TITLE_COMPARISON_CHARTS("Extra ha nodig (strikt) per regio en scenario, per periode-eind",
            "Extra ha needed (strict) per region and scenario, per period end"),
    NOTE_COMPARISON_CHARTS("Formules naar het blad %s. Onder de tabel een grafiek per periode-eind; een scenario zonder "
            + "periode die dan eindigt, ontbreekt in die grafiek (lege cellen).",
            "Formulas to the sheet %s. Below the table a chart per period end; a scenario without a period "
            + "ending then is missing from that chart (empty cells)."),
    GROUP_UP_TO("t/m %d", "up to %d"),
    SHEET_SWEEP_CHART("Grafiek", "Chart"),
    TITLE_SWEEP_CHARTS("Extra ha nodig (strikt) per variant, per periode-eind", "Extra ha needed (strict) per variant, per period end"),
    NOTE_SWEEP_CHARTS("Formules naar het blad %s; een variant heet naar zijn nummer en gevarieerde waarden. Onder de tabel "
            + "een grafiek per periode-eind.",
            "Formulas to the sheet %s; a variant is named by its number and varied values. Below the table a chart "
            + "per period end."),
    NOTE_SWEEP_NO_CHARTS("%d varianten zijn te veel voor een leesbare grafiek (hoogstens %d): filter of sorteer het blad %s.",
            "%d variants are too many for a readable chart (at most %d): filter or sort the sheet %s."),
    SWEEP_CHART("Extra ha nodig per variant t/m %d (ha)", "Extra ha needed per variant up to %d (ha)"),
    AXIS_VARIANT("variant", "variant"),
    NOTE_SWEEP_OF("%s, netto ha, cumulatief vanaf het basisjaar t/m het eind "
            + "van de periode. Extra ha strikt = som van de tekorten per werkmilieu; gesaldeerd = MAX(0; -saldo) per regio, "
            + "opgeteld. Elke rij is een combinatie van de gevarieerde waarden; de rest van het scenario blijft gelijk.",
            "%s, net ha, cumulative from the base year up to the end "
            + "of the period. Extra ha strict = sum of the shortages per estate type; netted = MAX(0; -balance) per region, "
            + "summed. Each row is a combination of the varied values; the rest of the scenario stays the same."),
    SWEEP_OWN_REGIONS("Totaal van de eigen regio's van elke variant (de varianten ramen verschillende regio's, dus "
            + "totalen van varianten met andere regio's gaan over andere gebieden)",
            "Total of each variant's own regions (the variants project different regions, so totals of "
            + "variants with other regions cover other areas)"),
    CONSOLE_SWEEP_OF("Sweep: %d %s; extra ha nodig (strikt), %s", "Sweep: %d %s; extra ha needed (strict), %s");

    private final String nl;
    private final String en;

    Label(String nl, String en) {
        this.nl = nl;
        this.en = en;
    }

    public String in(Language language) {
        return language == Language.EN ? en : nl;
    }

    public String format(Language language, Object... args) {
        return String.format(java.util.Locale.ROOT, in(language), args);
    }

    /**
     * A source text the engine and readers compose in English codes ("built-in fallback: 0",
     * "B3 (estimated)") as a Dutch reader reads it; English text stays as it is.
     */
    public static String sourceText(String text, Language language) {
        if (language == Language.EN || text == null) {
            return text;
        }
        return text.replace("built-in fallback: relief at the base year (no congestion)",
                        "ingebouwde terugvalwaarde: ontlasting in het basisjaar (geen congestie)")
                .replace("built-in fallback: national average intensity", "ingebouwde terugvalwaarde: landelijke gemiddelde intensiteit")
                .replace("built-in fallback", "ingebouwde terugvalwaarde")
                .replace("(estimated)", "(geschat)")
                .replace("(reported)", "(gerapporteerd)")
                .replace("(derived)", "(afgeleid)")
                .replace("data set", "dataset");
    }

    /** A data-set quality flag as the reader's language says it. */
    public static String quality(nl.ruimtevraag.model.Quality q, Language language) {
        return switch (q) {
            case REPORTED -> QUALITY_REPORTED.in(language);
            case DERIVED -> QUALITY_DERIVED.in(language);
            case ESTIMATED -> QUALITY_ESTIMATED.in(language);
        };
    }

    /** Werkmilieu codes are the Dutch terms of art; English gets a translation. */
    public static String werkmilieu(Werkmilieu w, Language language) {
        if (language == Language.NL) {
            return w.code();
        }
        return switch (w) {
            case ZWAAR -> "heavy";
            case GEMENGD -> "mixed";
            case LOGISTIEK -> "logistics";
            case HOOGWAARDIG -> "high-grade";
            case STEDELIJK -> "urban";
        };
    }

    public static String strategy(RStrategy j, Language language) {
        boolean en = language == Language.EN;
        return switch (j) {
            case SLUITEN -> en ? "Close loops (recycle, recover)" : "Sluiten (recycle, recover)";
            case VERTRAGEN -> en ? "Slow loops (reuse, repair, refurbish, remanufacture, repurpose)"
                    : "Vertragen (reuse, repair, refurbish, remanufacture, repurpose)";
            case VERKLEINEN -> en ? "Narrow loops (rethink, reduce)" : "Verkleinen (rethink, reduce)";
        };
    }

    public static String measure(Measure m, Language language) {
        boolean en = language == Language.EN;
        return switch (m) {
            case EXPANSION_EMPLOYMENT -> en ? "Expansion demand (employment)" : "Uitbreidingsvraag (werkgelegenheid)";
            case EXPANSION_TREND -> en ? "Expansion demand (issuance trend)" : "Uitbreidingsvraag (trend uitgifte)";
            case EXPANSION -> en ? "Expansion demand (uitbreidingsvraag)" : "Uitbreidingsvraag";
            case TRANSFORMATION -> en ? "Replacement: transformation" : "Vervangingsvraag transformatie";
            case WITHDRAWAL -> en ? "Replacement: ageing" : "Vervangingsvraag veroudering";
            case REPLACEMENT_SHARE -> en ? "Replacement (share of expansion)" : "Vervangingsvraag (aandeel uitbreiding)";
            case REPLACEMENT -> en ? "Replacement demand (vervangingsvraag)" : "Vervangingsvraag";
            case CIRCULAR -> en ? "Circular extra demand" : "Circulaire extra vraag";
            case DOUBLE_USE -> en ? "of which double space use" : "waarvan dubbel ruimtegebruik";
            case RESERVE -> en ? "Planning reserve" : "Planreserve";
            case DEMAND -> en ? "Total demand" : "Totale vraag";
            case SUPPLY_DIRECT -> en ? "Directly available" : "Direct uitgeefbaar";
            case SUPPLY_HARD -> en ? "Hard plan capacity" : "Harde plancapaciteit";
            case SUPPLY_ZACHT -> en ? "Soft plan capacity" : "Zachte plancapaciteit";
            case ZACHT_UNREALISED -> en ? "Soft: not realised" : "Zacht: niet gerealiseerd";
            case HELD_GRID -> en ? "Held back by grid congestion" : "Tegengehouden door netcongestie";
            case HELD_STIKSTOF -> en ? "Held back by nitrogen" : "Tegengehouden door stikstof";
            case HELD_WATER -> en ? "Held back by water" : "Tegengehouden door water";
            case INTENSIFICATION -> en ? "Intensification (space gain)" : "Intensivering (ruimtewinst)";
            case SUPPLY_REALISABLE -> en ? "Realisable supply" : "Realiseerbaar aanbod";
        };
    }

    /**
     * A parameter as the scenario gave it, its numbers written in the language: "driehoek(0,06; 0,1; 0,15)" in
     * Dutch, "triangular(0.06; 0.1; 0.15)" in English.
     */
    public static String distribution(Param p, Language language) {
        boolean en = language == Language.EN;
        if (p instanceof Param.Triangular t) {
            return (en ? "triangular(" : "driehoek(") + number(t.min(), language) + "; " + number(t.mode(), language) + "; "
                    + number(t.max(), language) + ")";
        } else if (p instanceof Param.Pert t) {
            return "PERT(" + number(t.min(), language) + "; " + number(t.mode(), language) + "; " + number(t.max(), language) + ")";
        } else if (p instanceof Param.Uniform u) {
            return "uniform(" + number(u.lowValue(), language) + "; " + number(u.highValue(), language) + ")";
        } else if (p instanceof Param.Normal n) {
            return (en ? "normal(" : "normaal(") + number(n.mean(), language) + "; sd " + number(n.sd(), language) + ")";
        }
        return number(p.central(), language);
    }

    /** Ten significant digits hide binary noise such as 0.006999999999999999 (0.7% parsed from "0.7%"). */
    private static String number(double v, Language language) {
        return language.decimals(new BigDecimal(v).round(new MathContext(10)).stripTrailingZeros().toPlainString());
    }
}
