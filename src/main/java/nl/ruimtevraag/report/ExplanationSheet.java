package nl.ruimtevraag.report;

import java.util.List;

/** How to read the workbook and the method in short. */
final class ExplanationSheet {
    private static final List<String[]> LINES = List.of(
            new String[] {"# Hoe leest u deze werkmap?", "# How to read this workbook"},
            new String[] {"Alle oppervlakten zijn netto hectares (uitgeefbare kavels).", "All areas are net hectares (issuable plots)."},
            new String[] {"Samenvatting: per regio en periode de vraag en het realiseerbaar aanbod, cumulatief vanaf het basisjaar t/m het eind van de periode (\"t/m 2030\"), het saldo en de extra hectares die nodig zijn; daaronder de vraag naar component, een schematische kaart en grafieken.",
                "Summary: per region and period the demand and realisable supply, cumulative from the base year up to the end of the period (\"up to 2030\"), the balance and the extra hectares needed; below it the demand by component, a schematic map and charts."},
            new String[] {"Vraag: de componenten van de vraag die in een periode ontstaan, per regio, werkmilieu en periode.",
                "Demand: the demand components arising in a period, per region, estate type and period."},
            new String[] {"Aanbod en knelpunten: het aanbod per soort aan het eind van elk jaar en wat netcongestie, stikstof en water tegenhouden.",
                "Supply and constraints: supply by kind at the end of each year and what grid congestion, nitrogen and water hold back."},
            new String[] {"Confrontatie: vraag tegenover realiseerbaar aanbod per regio, werkmilieu en periode; regiototalen strikt (som van de tekorten) en gesaldeerd.",
                "Demand vs supply: demand against realisable supply per region, estate type and period; region totals strict (sum of shortages) and netted."},
            new String[] {"Circulair: de circulaire extra vraag naar groep R-strategieën. Fasering: de jaarreeksen.",
                "Circular: the circular-economy extra demand by group of R-strategies. Phasing: the yearly series."},
            new String[] {"Aannames en bronnen: elke parameter met waarde of verdeling, waar hij is ingesteld en zijn bron; elk gegeven uit de dataset met kwaliteit en bron-ID; de herkomst (scenariobestand en SHA-256, dataset en versie, versie van ruimtevraag, seed). Bronnen: de bronnenlijst van de dataset.",
                "Assumptions and sources: every parameter with its value or distribution, where it was set and its source; every data-set figure with quality and source ID; the provenance (scenario file and SHA-256, data set and version, ruimtevraag version, seed). Sources: the data set's source list."},
            new String[] {"Totalen, saldi, extra hectares en de koppelingen tussen de bladen zijn formules. Wat-als zonder nieuwe run: wijzig "
                    + "op Invoer de planreserve, de realisatiekans van zacht aanbod of de compensatie van een transformatie en laat "
                    + "herberekenen; Invoer zegt welke getallen niet meerekenen (de reeksen van de rekenkern, de Monte Carlo-banden).",
                "Totals, balances, extra hectares and the links between sheets are formulas. What-if without a rerun: change the planning "
                    + "reserve, the realisation probability of soft supply or a transformation's compensation on Inputs and recalculate; "
                    + "Inputs says which numbers do not follow (the engine's series, the Monte Carlo bands)."},
            new String[] {"", ""},
            new String[] {"# De methode in het kort", "# The method in short"},
            new String[] {"1. Uitbreidingsvraag: groei van de banen op bedrijventerreinen maal het terreinquotiënt (ha per baan), verdeeld over werkmilieus; of de trend van de historische uitgifte.",
                "1. Expansion demand (uitbreidingsvraag): growth of jobs on estates times the terreinquotiënt (ha per job), split over estate types; or the trend of historic issuance."},
            new String[] {"2. Vervangingsvraag: bedrijven die door transformatie moeten verhuizen (compensatie) en onttrekking door veroudering.",
                "2. Replacement demand (vervangingsvraag): firms displaced by transformation (compensation) and withdrawal by ageing."},
            new String[] {"3. Circulaire economie: extra ruimte als aandeel van de voorraad dat tot de horizon opbouwt, verdeeld naar R-strategie en werkmilieu.",
                "3. Circular economy: extra space as a share of the stock that builds up to the horizon, split by R-strategy and estate type."},
            new String[] {"4. Intensivering: ruimtewinst op bestaande terreinen telt als aanbod.",
                "4. Intensification: space gained on existing estates counts as supply."},
            new String[] {"5. Aanbod: direct uitgeefbaar, harde en zachte plancapaciteit (maal realisatiekans); netcongestie, stikstof en water houden een deel tegen of vertragen het.",
                "5. Supply: directly available, hard and soft plan capacity (times a realisation probability); grid congestion, nitrogen and water hold part of it back or delay it."},
            new String[] {"6. Confrontatie: saldo = realiseerbaar aanbod - vraag (met planreserve); extra hectares = MAX(0; -saldo).",
                "6. Confrontation: balance = realisable supply - demand (with planning reserve); extra hectares = MAX(0; -balance)."},
            new String[] {"De volledige methode met bronnen staat in docs/method.md van ruimtevraag.",
                "The full method with its sources is in ruimtevraag's docs/method.md."});

    private ExplanationSheet() {
    }

    static void write(SheetWriter out, ReportContext ctx) {
        int i = ctx.language() == Language.EN ? 1 : 0;
        out.text(0, 0, ctx.label(Label.SHEET_EXPLANATION), out.styles.title);
        int row = 2;
        for (String[] line : LINES) {
            String text = line[i];
            if (text.startsWith("# ")) {
                out.text(row, 0, text.substring(2), out.styles.subtitle);
            } else {
                out.text(row, 0, text, out.styles.textWrap);
            }
            row++;
        }
        out.sheet.setColumnWidth(0, 120 * 256);
        out.fitRows(0, row);
        out.print(-1, 0, 0);
    }
}
