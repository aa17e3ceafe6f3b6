#!/usr/bin/env python3
"""Renders docs/data.md from the embedded CSVs so the document stays true to the data.

    python3 docs/tools/render_data_md.py
"""
import csv
import os
import re
from collections import OrderedDict, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
DATA = os.path.join(ROOT, "src", "main", "resources", "nl", "ruimtevraag", "data", "provincies")
DOC = os.path.join(ROOT, "docs", "data.md")

WERKMILIEUS = ["zwaar", "gemengd", "logistiek", "hoogwaardig", "stedelijk"]
SECTORS = ["industrie", "bouw", "groothandel", "logistiek", "overig"]
PARAMS = ["ce_intensity", "netcongestie_share", "netcongestie_relief_year", "stikstof_share",
          "water_share", "withdrawal_rate"]
Q = {"reported": "R", "derived": "D", "estimated": "E"}


def read(name):
    with open(os.path.join(DATA, name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def num(x):
    v = float(x)
    return int(v) if v.is_integer() else v


def fmt(v, nd=1):
    if isinstance(v, int):
        return f"{v:,}".replace(",", " ")
    s = f"{v:,.{nd}f}".replace(",", " ")
    return s


def table(header, rows, align=None):
    out = ["| " + " | ".join(header) + " |"]
    al = align or ["---"] * len(header)
    out.append("| " + " | ".join(al) + " |")
    for r in rows:
        out.append("| " + " | ".join(str(c).replace("|", "\\|") for c in r) + " |")
    return "\n".join(out)


def uniq(seq):
    return list(OrderedDict.fromkeys(seq))


def qual(rows):
    return "/".join(Q[q] for q in uniq(r["quality"] for r in rows))


def srcs(rows):
    return "; ".join(uniq(s for r in rows for s in r["src"].split(";")))


def main():
    regions = read("regions.csv")
    rid = [r["region_id"] for r in regions]
    name = {r["region_id"]: r["name"] for r in regions}
    stock = read("stock.csv")
    jobs = read("jobs.csv")
    uit = read("uitgifte.csv")
    sup = read("supply.csv")
    par = read("region_params.csv")
    src = read("sources.csv")
    sea = read("seaports.csv")

    by = lambda rows, r: [x for x in rows if x["region_id"] == r]
    parts = []
    P = parts.append

    # ---------------- totals
    st_tot = sum(num(x["hectares"]) for x in stock)
    jb_tot = sum(num(x["jobs"]) for x in jobs)
    ug_tot = sum(num(x["ha_per_year"]) for x in uit)
    sp_tot = defaultdict(float)
    for x in sup:
        sp_tot[x["kind"]] += float(x["hectares"])
    nb_jobs = sum(num(x["jobs"]) for x in jobs if x["region_id"] == "NB")

    P("""# The embedded data set (12 provinces)

ruimtevraag ships one default data set: the twelve Dutch provinces, in
`src/main/resources/nl/ruimtevraag/data/provincies/`. It holds the base figures the model of
`docs/method.md` needs per region: the estate stock in use, jobs on estates, historic uitgifte
(issuance), planned supply, and the regional constraint parameters. Every figure carries a
quality flag and the IDs of its sources; every estimate names the estimation method that made it.

> **Read this first.** Most figures are **estimates**. Public, recent, per-province figures on
> bedrijventerreinen are scarce (no national IBIS figures after 2013 were found in the material we
> could read). What is *reported* is marked so; the rest is derived by simple,
> stated rules from the reported figures. Use the default data set to explore the model, not as
> an official raming. Replace it with your own data (`--data DIR`) wherever you have better figures.

This document is generated from the CSVs by `docs/tools/render_data_md.py`; the CSVs themselves
are built by `docs/tools/build_default_data.py`, which holds every input figure with its source and
every estimation rule in code.

## Headline totals (Netherlands, sum of the 12 provinces)

""")
    P(table(["Quantity", "Value", "Quality"], [
        ["Netto estate stock in use, end of 2025", f"{fmt(st_tot)} ha", "E (EST-STOCK)"],
        ["Jobs on business estates (base 2020-2022)", f"{fmt(jb_tot)}", "NB/NH/GE totals R, rest E (EST-JOBS)"],
        ["Average yearly netto uitgifte", f"{fmt(ug_tot)} ha/yr", "NB/NH/DR D, LI R, rest E (EST-UITGIFTE)"],
        ["Supply direct (end of 2025)", f"{fmt(sp_tot['direct'])} ha", "E (split of R/D totals or EST-SUPPLY)"],
        ["Supply hard, not yet direct (2026/2028)", f"{fmt(sp_tot['hard'])} ha", "E"],
        ["Supply zacht (2030/2035)", f"{fmt(sp_tot['zacht'])} ha", "E"],
        ["Seaport estates (optional layer, off by default)", f"{fmt(sum(num(x['hectares']) for x in sea))} ha", "R (BCI1, 2014)"],
    ], ["---", "---:", "---"]))
    P(f"""

Plausibility against the shared reference figures: 54 000 ha in formal business use in 2018
(N1/N2) plus eight years of uitgifte (2018-2025) gives the {fmt(st_tot)} ha stock; IBIS counted 81 868 ha
**bruto** (plus 11 545 ha seaport estates) in 2013 (N3), so the netto stock is about
{st_tot / 81868:.0%} of that bruto figure (no ratio is used in the computation). The national
uitgifte of {fmt(ug_tot)} ha/yr sits next to the 700 ha/yr expansion need to 2030 of the
Programma Ruimte voor Economie (N10). Jobs on estates are {jb_tot / 1e6:.2f} million, about
30% of all jobs as LISA reports (N5); Noord-Brabant sums to exactly {fmt(nb_jobs)} (B5).

## Folder layout and file formats (also for your own `--data DIR`)

A data set is a folder with seven CSV files, and an optional eighth (`seaports.csv`):

```
provincies/
  regions.csv        the regions (defines the region ids)
  stock.csv          netto ha in use per region x werkmilieu
  jobs.csv           jobs on estates per region x sector
  uitgifte.csv       average yearly netto uitgifte per region
  supply.csv         planned supply per region x werkmilieu x kind x year
  region_params.csv  constraint and CE parameters per region
  sources.csv        every source ID used in the src columns
  seaports.csv       optional: seaport estates per region (used only when a scenario sets supply.seaports: true)
```

Format rules: UTF-8 (checked: a byte that is not UTF-8 is an error with its line and column); comma-separated; one header row with exactly the column names below; `.` as
decimal point; no thousands separators; a field is quoted only if it contains a comma. Years are
integers. A user data set may use any region ids (COROP, programmering regions, municipalities),
as long as every file uses the ids of its `regions.csv`. Werkmilieu codes are `zwaar`, `gemengd`,
`logistiek`, `hoogwaardig`, `stedelijk`; sector codes `industrie`, `bouw`, `groothandel`,
`logistiek`, `overig`. Limits: 32 MiB and 200,000 rows per file, 10,000 characters per cell
(docs/reliability.md).

| File | Columns | Meaning and rules |
|---|---|---|
| `regions.csv` | `region_id,name,landsdeel` | `landsdeel` is one of `noord,oost,west,zuid` (CBS landsdelen: Zeeland belongs to West). |
| `stock.csv` | `region_id,werkmilieu,hectares,year,quality,src,note` | Netto ha of business estate **in use** (issued plots) at the reference date (the end of the scenario's `base_year`); one row per region x werkmilieu; hectares > 0; `year` = the year at whose end the figure holds. |
| `jobs.csv` | `region_id,sector,jobs,year,quality,src,note` | Jobs located on business estates; one row per region x sector; integers. |
| `uitgifte.csv` | `region_id,ha_per_year,reference_period,quality,src,note` | Average yearly netto uitgifte over `reference_period` (e.g. `2019-2021`). |
| `supply.csv` | `region_id,werkmilieu,kind,hectares,available_year,quality,src,note` and optionally `figure_year,figure_ha,deducted_ha` | `kind`: `direct` (terstond uitgeefbaar at the reference date; year = base year), `hard` (zoned; first year it can be issued), `zacht` (intended, not yet zoned; year it would come available). Several rows per region x werkmilieu x kind are allowed (different years). Hectares >= 0 (netto), **at the reference date**. The optional columns say how a row was brought there: `figure_year` = the year of the count it rests on (1 January), `figure_ha` = the row's share of that count, `deducted_ha` = the uitgifte since then that was deducted (`hectares = figure_ha - deducted_ha`). The run warns when `figure_year` lies more than 5 years before the base year. |
| `region_params.csv` | `region_id,parameter,value,quality,src,note` | Per region the parameters `ce_intensity` (kappa; 1.0 = national average; the engine renormalises so that sum(stock x kappa) = sum(stock)), `netcongestie_share` (beta, 0..1), `netcongestie_relief_year` (Y), `stikstof_share` (gamma, 0..1), `water_share` (0..1), `withdrawal_rate` (o, per year). |
| `sources.csv` | `src,title,publisher,year,url,note` | One row per source ID and per estimation method (`EST-...`, empty url, the note says how the estimate is made). |
| `seaports.csv` (optional) | `region_id,hectares,year,quality,src,note` | Seaport estates (zeehaventerreinen) per region, at most one row per region. Off by default; a scenario with `supply.seaports: true` adds them to the region's `zwaar` stock. |

**Units.** All areas are **netto hectares** (issuable plots, without roads, green and water), as in
IBIS uitgifte and in Stec/BCI prognoses. Published bruto figures (IBIS areaal, CBS land use) are used
only as distribution keys or cross-checks, never converted with a netto/bruto ratio: no public ratio
was found.

**Reference date.** Every stock and supply figure holds at the **end of 2025** (= 1-1-2026), the
end of the scenario's `base_year` ("t0: stock and supply as known at the end of this year"); the
engine counts demand from 2026 on. The stock is the 2018 anchor plus eight years of uitgifte
(2018-2025). A published hard supply figure of an earlier date has the uitgifte of the years since
its count deducted (uitgifte.csv x years, split over werkmilieus like the supply): Noord-Brabant
(1-1-2022), Utrecht (2019) and Drenthe (1-1-2015); where the deduction exceeds the figure the supply
is clamped at 0 and the note says so. Land zoned since the count is not added: it was zacht at the
count and stays counted there (with its realisation probability p_Z), so adjusted hard figures are
lower bounds. Zacht figures are not brought forward (uitgifte comes from hard land). The table
"Brought to the reference date" below shows each adjustment; the columns `figure_year`,
`figure_ha` and `deducted_ha` of supply.csv hold it per row, and the workbook's *Aannames en
bronnen* sheet shows it per figure.

**Scope.** Seaport estates (zeehaventerreinen run by port authorities: Rotterdam, Noordzeekanaalgebied,
Zeeland, Groningen Seaports, Moerdijk) are **outside** the stock, uitgifte and supply, because the
published uitgifte and supply series exclude them. `zwaar` therefore means heavy and water-bound
estates that are not seaport estates. They are available as an **optional layer**: `seaports.csv`
holds the published seaport estate area per province (BCI 2014), and a scenario with
`supply.seaports: true` adds it to the province's `zwaar` stock (so to the base of the circular
build-up, the regional terreinquotient and the stock-based intensification and withdrawal); it adds
no uitgifte and no supply, for want of published figures. (The reported Noord-Holland job total
includes seaport-estate jobs; see below.)

**Quality flags** (column `quality`, shown as R/D/E in the tables):

- `reported` (R): a figure as published by the cited source.
- `derived` (D): simple arithmetic on reported figures; the note says how.
- `estimated` (E): our own estimate; the note says how, and `src` names the estimation method
  (`EST-...`) plus the sources of its inputs. A row is `estimated` whenever any step of its
  computation is an estimate, even if its total is reported (e.g. Noord-Brabant's 513 000 jobs are
  reported, but their split over sectors is estimated, so each sector row is `estimated`).

## Figures per region

The `note` column of each CSV row gives the full derivation of that row; the tables below show the
values, the quality flags and the source IDs.

### regions.csv

""")
    P(table(["region_id", "name", "landsdeel"], [[r["region_id"], r["name"], r["landsdeel"]] for r in regions]))

    # stock
    P("\n\n### stock.csv: netto ha in use, end of 2025\n\n")
    rows = []
    tot_w = defaultdict(int)
    for r in rid:
        rr = by(stock, r)
        vals = {x["werkmilieu"]: num(x["hectares"]) for x in rr}
        for w in WERKMILIEUS:
            tot_w[w] += vals[w]
        rows.append([f"{r} {name[r]}"] + [fmt(vals[w]) for w in WERKMILIEUS] + [fmt(sum(vals.values())),
                    "/".join(uniq(x["year"] for x in rr)), qual(rr), srcs(rr)])
    rows.append(["**NL**"] + [f"**{fmt(tot_w[w])}**" for w in WERKMILIEUS] + [f"**{fmt(sum(tot_w.values()))}**", "", "", ""])
    P(table(["Region"] + WERKMILIEUS + ["total", "year", "Q", "src"], rows,
            ["---"] + ["---:"] * 6 + ["---", "---", "---"]))

    # jobs
    P("\n\n### jobs.csv: jobs on business estates\n\n")
    P("Column *total* marks whether the province total is reported (R) or estimated (E); the sector\n"
      "split is estimated everywhere.\n\n")
    rows = []
    tot_k = defaultdict(int)
    for r in rid:
        rr = by(jobs, r)
        vals = {x["sector"]: num(x["jobs"]) for x in rr}
        for k in SECTORS:
            tot_k[k] += vals[k]
        m = re.search(r"total \d+ (reported|estimated)", rr[0]["note"])
        tq = Q[m.group(1)] if m else "?"
        rows.append([f"{r} {name[r]}"] + [fmt(vals[k]) for k in SECTORS] + [f"{fmt(sum(vals.values()))} ({tq})",
                    "/".join(uniq(x["year"] for x in rr)), qual(rr), srcs(rr)])
    rows.append(["**NL**"] + [f"**{fmt(tot_k[k])}**" for k in SECTORS] + [f"**{fmt(sum(tot_k.values()))}**", "", "", ""])
    P(table(["Region"] + SECTORS + ["total", "year", "Q", "src"], rows, ["---"] + ["---:"] * 6 + ["---", "---", "---"]))

    # uitgifte
    P("\n\n### uitgifte.csv: average yearly netto uitgifte\n\n")
    rows = []
    for r in rid:
        x = by(uit, r)[0]
        rows.append([f"{r} {name[r]}", fmt(num(x["ha_per_year"])), x["reference_period"], Q[x["quality"]], x["src"].replace(";", "; "), x["note"]])
    rows.append(["**NL**", f"**{fmt(ug_tot)}**", "", "", "", "sum of the provinces"])
    P(table(["Region", "ha/yr", "period", "Q", "src", "note"], rows, ["---", "---:", "---", "---", "---", "---"]))

    # supply
    P("\n\n### supply.csv: planned supply (netto ha)\n\n")
    P("Totals per region and kind:\n\n")
    rows = []
    for r in rid:
        rr = by(sup, r)
        t = defaultdict(float)
        for x in rr:
            t[x["kind"]] += float(x["hectares"])
        rows.append([f"{r} {name[r]}", fmt(t["direct"]), fmt(t["hard"]), fmt(t["zacht"]),
                     fmt(t["direct"] + t["hard"] + t["zacht"]), qual(rr), srcs(rr)])
    rows.append(["**NL**", f"**{fmt(sp_tot['direct'])}**", f"**{fmt(sp_tot['hard'])}**", f"**{fmt(sp_tot['zacht'])}**",
                 f"**{fmt(sum(sp_tot.values()))}**", "", ""])
    P(table(["Region", "direct", "hard (not yet direct)", "zacht", "total", "Q", "src"], rows,
            ["---", "---:", "---:", "---:", "---:", "---", "---"]))
    combos = sorted(uniq((x["kind"], int(x["available_year"])) for x in sup),
                    key=lambda c: (["direct", "hard", "zacht"].index(c[0]), c[1]))
    P("\n\nEvery row, by region x werkmilieu (columns = kind and available year):\n\n")
    rows = []
    for r in rid:
        for w in WERKMILIEUS:
            rr = [x for x in sup if x["region_id"] == r and x["werkmilieu"] == w]
            cell = defaultdict(float)
            for x in rr:
                cell[(x["kind"], int(x["available_year"]))] += float(x["hectares"])
            rows.append([r, w] + [fmt(cell[c]) if c in cell else "" for c in combos] + [qual(rr)])
    P(table(["Region", "werkmilieu"] + [f"{k} {y}" for k, y in combos] + ["Q"], rows,
            ["---", "---"] + ["---:"] * len(combos) + ["---"]))
    P("\n\nSources of the supply rows: " + "; ".join(
        f"{r}: {srcs(by(sup, r))}" for r in rid) + ".")

    # brought to the reference date
    P("\n\n#### Brought to the reference date (end of 2025)\n\n")
    P("Supply figures counted before the reference date, per region and kind: the figure, the year of its\n"
      "count, the uitgifte deducted since, and the supply at the reference date. Rows without a deduction\n"
      "are zacht figures, which are not brought forward (see *Reference date* above).\n\n")
    rows = []
    for r in rid:
        for kind in ("direct", "hard", "zacht"):
            rr = [x for x in by(sup, r) if x["kind"] == kind and x.get("figure_year") and int(x["figure_year"]) < 2025]
            if not rr:
                continue
            fig = sum(float(x["figure_ha"]) for x in rr)
            ded = sum(float(x["deducted_ha"]) for x in rr)
            val = sum(float(x["hectares"]) for x in rr)
            flag = "clamped at 0" if ded > 0 and val < 0.05 else ("deducted" if ded > 0 else "not brought forward")
            rows.append([f"{r} {name[r]}", kind, fmt(fig), "/".join(uniq(x["figure_year"] for x in rr)), fmt(ded), fmt(val),
                         flag, srcs(rr)])
    P(table(["Region", "kind", "figure (ha)", "counted", "uitgifte deducted (ha)", "end of 2025 (ha)", "adjustment", "src"],
            rows, ["---", "---", "---:", "---", "---:", "---:", "---", "---"]))
    P("\n\nWerkmilieu split of supply: Noord-Brabant's follows its recent uitgifte (logistiek 69 of 165 ha in\n"
      "2021, B4: 42% against 17% in the stock key; the other werkmilieus in the stock key's proportions); the\n"
      "other provinces publish no split of their uitgifte, so their supply keeps the stock key.")

    # seaports
    P("\n\n### seaports.csv: seaport estates (optional layer)\n\n")
    P("Used only when a scenario sets `supply.seaports: true`; then each row is added to the region's\n"
      "`zwaar` stock.\n\n")
    rows = [[f"{x['region_id']} {name[x['region_id']]}", fmt(num(x["hectares"])), x["year"], Q[x["quality"]],
             x["src"].replace(";", "; "), x["note"]] for x in sea]
    rows.append(["**NL**", f"**{fmt(sum(num(x['hectares']) for x in sea))}**", "", "", "", "sum of the rows"])
    P(table(["Region", "ha", "year", "Q", "src", "note"], rows, ["---", "---:", "---", "---", "---", "---"]))

    # params
    P("\n\n### region_params.csv: constraint and CE parameters\n\n")
    P("Value (quality flag):\n\n")
    rows = []
    for r in rid:
        rr = {x["parameter"]: x for x in by(par, r)}
        rows.append([f"{r} {name[r]}"] + [f"{rr[p]['value']} ({Q[rr[p]['quality']]})" for p in PARAMS])
    P(table(["Region"] + PARAMS, rows, ["---"] + ["---:"] * len(PARAMS)))
    P("\n\nSources per cell:\n\n")
    rows = []
    for r in rid:
        rr = {x["parameter"]: x for x in by(par, r)}
        rows.append([r] + [rr[p]["src"].replace(";", "; ") for p in PARAMS])
    P(table(["Region"] + PARAMS, rows))

    # sources
    P("\n\n## Sources\n\n")
    P("IDs B*, U*, D*, H1, Z2, R1, G1, ZE1, L1, N1-N6, K*, E* come from the project's shared reference\n"
      "file (`shared/data/README.md`) and keep their IDs and URLs there; the other IDs were found for this data\n"
      "set. All are stored public pages; some are news items that quote a report rather than the report.\n\n")
    rows = [[s["src"], s["title"], s["publisher"], s["year"], f"<{s['url']}>", s["note"]] for s in src if not s["src"].startswith("EST-")]
    P(table(["ID", "title", "publisher", "year", "url", "used for"], rows))

    # methods
    P("\n\n## Estimation methods\n\n")
    P("""The rules are deliberately simple: a national or reported total split by a stated key. The exact
text of each rule, with the numbers it used, is the `note` of its `EST-...` row in `sources.csv`,
repeated here.

""")
    prose = {
        "EST-JOBS": "Jobs on estates. Where a province publishes its number of jobs on estates, that total is used; otherwise the province's employment (CBS) times its share of jobs on estates (a provincial share where one is published, else the national 30.2%), calibrated so that the same rule reproduces Noord-Brabant's published 513 000. Industrial jobs on estates follow from LISA's statement that 81% of industrial jobs are on estates and the province's industry share; the remaining jobs are split over bouw, groothandel, logistiek and overig in fixed shares (an assumption).",
        "EST-STOCK": "Stock in use. The national netto stock (BCI's 54 000 ha in 2018 plus eight years of uitgifte, to the end of 2025) is distributed over the provinces in proportion to their non-port business land (CBS land use 2017 minus the seaport estates counted by BCI in 2014), then over werkmilieus by a fixed key in which only `zwaar` follows the province's industry share.",
        "EST-UITGIFTE": "Uitgifte. Provinces without a recent published figure get the pooled issuance rate per hectare of business land of the three provinces that have one (NB, NH, DR) times their own non-port business land.",
        "EST-SUPPLY": "Supply. Hard supply is the published figure where there is one (NB, UT, DR), less the uitgifte since its count (clamped at 0); otherwise as many years of uitgifte as Noord-Brabant had at its count (625 ha / 144.3 ha/yr). The direct part uses the national terstond share of 2013. Zacht supply is the published figure in NB and UT, elsewhere Noord-Brabant's ratio of zacht plan capacity to uitgifte. Timing is an assumption; the werkmilieu split follows recent uitgifte where published (NB), else the stock key.",
        "EST-GRID": "Grid congestion. The status per province (constraints.csv) is put on an ordinal scale and scaled so that the national stock-weighted mean equals the 53% of estates without capacity for extra offtake found by NVM Business in 2024. Relief years are the published ones; three missing ones are set as stated.",
        "EST-STIKSTOF": "Nitrogen. A fixed mapping of the qualitative classes of constraints.csv.",
        "EST-CE": "Circular economy intensity. National average except a uniform 1.08 for the north-eastern provinces, from Fryslân's circularity metric relative to NL.",
        "EST-RPROFILE": "Regional circular profiles. Not a figure of the data set but of the scenario basis: the provinces the IPO Krachtenkaart names circular strengths for get their own R-strategy shares and werkmilieu rows by a fixed rule.",
        "EST-DEFAULTS": "Defaults. Water share and withdrawal rate stay at the method's default 0.",
    }
    for s in src:
        if s["src"].startswith("EST-"):
            P(f"### {s['src']}: {s['title']}\n\n{prose.get(s['src'], '')}\n\n*Rule as applied:* {s['note']}\n\n")

    # gaps
    P("""## Known gaps and doubts

- **No recent national IBIS figures.** National uitgifte, supply and areaal per province after 2013
  were not found in readable form; the national uitgeefbaar figure of 9 487 ha (2013) predates the
  tight market of 2019-2024 and is used only for the terstond share.
- **Netto stock.** No province publishes a netto stock in use in the material we could read. The
  national anchor (BCI, 54 000 ha in 2018) is read as netto and as excluding seaport estates; the
  source does not say either explicitly. The regional key (CBS land use minus BCI seaports) includes
  business land outside formal estates and mixes 2017 and 2014.
- **Werkmilieu splits** of stock and supply are assumptions, not data. Noord-Brabant's supply follows
  its recent uitgifte (69 of 165 ha logistics in 2021, B4); every other province's supply keeps the
  stock key, as no werkmilieu split of their uitgifte or plans was found. Replace them first if you
  have a regional typology (IBIS terrain types) or plan lists.
- **Jobs.** The employment key is CBS 2015 (the most recent per-province figure found), scaled to
  Noord-Brabant's 2021 level. Gelderland's 250 000 is a rounded 'quarter million'; Noord-Holland's
  310 000 includes jobs on seaport estates; Limburg's share on estates is probably above the
  national 30.2% (LISA: about 42% in Zuid-Limburg, N5), so its estimate is likely low. The sector
  split beyond industrie is an assumption.
- **Uitgifte.** Noord-Holland rests on one year (2019); Drenthe's 2022 figure is a lower bound;
  Limburg's average is from 2001-2010. Eight provinces are estimated.
- **Supply.** Noord-Brabant's 625 ha (1-1-2022), Utrecht's 124 ha (2019) and Drenthe's 485 ha
  (1-1-2015) are brought to the end of 2025 by deducting the (partly estimated) uitgifte since: 48,
  0 (clamped) and 179 ha remain. New zoning since the count is not added, so these are lower
  bounds: Noord-Brabant zoned about 533 ha in 2014-2021 (D: 1 113 ha uitgifte against a 580 ha
  fall in hard supply, B7/B4/B2), which the data set counts only in its 2020 zacht capacity.
  Drenthe's count is eleven years old and Utrecht's seven (the run warns of both). The other
  provinces' hard supply is Noord-Brabant's 2022 ratio to uitgifte (4.3 years), not a count.
  Zacht capacity rests on Noord-Brabant's ratio except in NB (B7) and UT (54 ha, U5); zacht totals
  are large and should be read together with the realisation probability `p_Z` of the scenario.
- **Constraints.** `netcongestie_share` is a proxy built from a qualitative status and one national
  survey figure; relief years for NB, LI and FR are estimates; Zuid-Holland's 2033 is Den Haag's.
  `stikstof_share` is a judgement on a qualitative classification; no province-level share of plans
  needing a permit was found. `water_share` and `withdrawal_rate` are 0 for want of data.
- **Circular economy.** `ce_intensity` rests on one regional circularity metric (Fryslân); the
  per-province counts of circular firms (Stec/Innovatiespotter) were not found.
- **Seaport estates** are excluded by default; regions with large port-industrial complexes
  (ZH, NH, ZE, GR, NB-Moerdijk) then show only their non-port estates. The optional layer
  (`supply.seaports: true`) adds BCI's 2014 areas to the stock; the source does not say netto or
  bruto, and no seaport uitgifte or supply is added.
""")

    # the map outlines (not CSV data: kept by hand, docs/workbook.md "The map")
    P(r"""
## Map outlines

The map on `Samenvatting` draws region outlines that ship in the jar, in
`src/main/resources/nl/ruimtevraag/boundaries/` with their README (provenance, licence, how they
were made; `docs/tools/topo2geo.py` is the converter it names).

| file | regions | bytes | deflated | used when the data set's region ids are |
|---|---|---|---|---|
| `provincies-2025.geojson` | 12 provinces | 27 416 | 10 175 | `GR`..`LI` (the embedded data set) or `PV20`..`PV31` |
| `corop-2025.geojson` | 40 COROP areas | 43 416 | 14 056 | `CR01`..`CR40` |
| `gemeenten-2025.geojson` | 342 municipalities | 153 388 | 42 632 | `GM0014`-style CBS codes of 2025 |

- **Source:** CBS / Kadaster, *gebiedsindelingen* 2025 (the generalised CBS region maps), published
  on PDOK (https://www.pdok.nl), simplified for national-scale maps by the cartomap/nl project
  (https://github.com/cartomap/nl, commit `01e3b4cea860e7bb5dc3bddbfff72d3e4f4709e6`) and converted
  from TopoJSON to GeoJSON without further change. RD New (EPSG:28992), whole metres.
- **Licence:** CC BY 4.0. **Attribution: "Bron: CBS, Kadaster".** The workbook prints
  "Bron kaart: CBS, Kadaster 2025 (CC BY 4.0)" under the map's legend and in the picture's alt
  text (`--lang en`: "Map source: ..."). Keep it when you copy the map into a report.
- **Level of detail:** 1 615, 2 351 and 6 475 positions in all; fine for a map of the country or a
  few provinces, too coarse for exact geometry. They were not simplified further: all three add
  67 KB (deflated) to a 67 MB jar. Large open water (Waddenzee, IJsselmeer, the Zeeland estuaries)
  is left out; the three layers were simplified separately, so their shared borders differ slightly.
- **Other region ids:** a layer is used only when it holds at least half of the data set's
  regions; otherwise the map is schematic. `run --boundaries FILE` takes your own GeoJSON
  (docs/workbook.md, "The map"); name its source yourself.

To refresh the files from the shared reference data (the command used on 2026-12-07):

```
cp ../shared/data/boundaries/{provincies,corop,gemeenten}-2025.geojson ../shared/data/boundaries/README.md \
   src/main/resources/nl/ruimtevraag/boundaries/
cp ../shared/data/boundaries/tools/topo2geo.py docs/tools/
```
""")

    with open(DOC, "w", encoding="utf-8") as f:
        f.write("".join(parts))
    print("wrote", DOC)


if __name__ == "__main__":
    main()
