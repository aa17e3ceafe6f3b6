#!/usr/bin/env python3
"""Builds the embedded default data set (12 provinces) of ruimtevraag.

Every input figure below carries the source ID it comes from; every estimation
rule is spelled out in code and mirrored in sources.csv (EST-* rows) and in
docs/data.md. Run from anywhere:

    python3 docs/tools/build_default_data.py      # writes the CSVs
    python3 docs/tools/render_data_md.py          # regenerates docs/data.md

Only the Python standard library is used.
"""
import csv
import os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "src", "main", "resources", "nl", "ruimtevraag", "data", "provincies")

REGIONS = ["GR", "FR", "DR", "OV", "FL", "GE", "UT", "NH", "ZH", "ZE", "NB", "LI"]
NAMES = {"GR": "Groningen", "FR": "Fryslân", "DR": "Drenthe", "OV": "Overijssel",
         "FL": "Flevoland", "GE": "Gelderland", "UT": "Utrecht", "NH": "Noord-Holland",
         "ZH": "Zuid-Holland", "ZE": "Zeeland", "NB": "Noord-Brabant", "LI": "Limburg"}
# CBS landsdelen (CBS2 lists them): Noord = GR FR DR; Oost = OV FL GE; West = UT NH ZH ZE; Zuid = NB LI
LANDSDEEL = {"GR": "noord", "FR": "noord", "DR": "noord", "OV": "oost", "FL": "oost", "GE": "oost",
             "UT": "west", "NH": "west", "ZH": "west", "ZE": "west", "NB": "zuid", "LI": "zuid"}
WERKMILIEUS = ["zwaar", "gemengd", "logistiek", "hoogwaardig", "stedelijk"]
SECTORS = ["industrie", "bouw", "groothandel", "logistiek", "overig"]

# ---------------------------------------------------------------- inputs
# CBS1: werkzame personen per provincie 2015 (x1000) and industry share of employment 2014 (%; NL = 10)
W2015 = {"ZH": 1802.6, "NH": 1557.0, "NB": 1354.1, "GE": 1023.0, "UT": 732.3, "OV": 592.8,
         "LI": 557.7, "FR": 302.9, "GR": 278.6, "DR": 230.4, "ZE": 180.4, "FL": 173.0}
IND = {"NB": 14.7, "LI": 14.6, "OV": 14.4, "ZE": 13.9, "FR": 11.9, "GR": 11.6, "DR": 11.5,
       "GE": 11.4, "FL": 7.8, "ZH": 7.3, "NH": 6.5, "UT": 6.2}
IND_NL = 10.0
# CBS2: bodemgebruik 2017, bedrijventerrein (ha) per provincie; LI = Zuid-Nederland 23,242 - NB 16,136
CBS_BT_2017 = {"GR": 3527, "FR": 4252, "DR": 3065, "OV": 6560, "FL": 2214, "GE": 10605, "UT": 4410,
               "NH": 10058, "ZH": 16458, "ZE": 3792, "NB": 16136, "LI": 23242 - 16136}
# BCI1: zeehaventerreinen (ha, 2014): Rotterdam 5,507 (ZH); NZKG 2,405 (NH); Zeeland Seaports 1,847 (ZE);
# Groningen Seaports 1,903 (GR); Haven Moerdijk 1,063 (NB)
PORT = {"ZH": 5507, "NH": 2405, "ZE": 1847, "GR": 1903, "NB": 1063}
PORT_NAMES = {"ZH": "Port of Rotterdam", "NH": "Noordzeekanaalgebied", "ZE": "Zeeland Seaports",
              "GR": "Groningen Seaports", "NB": "Haven Moerdijk"}

# Share of jobs located on business estates
S_NL = 0.302   # N5 (LISA 2018)
S_REP = {"NB": (0.38, "B5"), "DR": (1 / 3, "D2"), "ZH": (0.34, "Z2")}
JOBS_REP = {  # reported absolute numbers of jobs on estates
    "NB": (513000, 2021, "B5", "513000 jobs on estates (about 38% of all jobs) in 2021 as published"),
    "NH": (310000, 2022, "H3", "310000 jobs on bedrijven- en zeehaventerreinen in 2022 as published (Monitor Werklocaties NH 2022-2023); includes seaport jobs"),
    "GE": (250000, 2020, "G5", "'a quarter million' people work on Gelderland estates as published (rounded; article c. 2020)"),
}
IND_ON_BT = 0.81  # TR1: industrial firms on estates hold 81% of industrial jobs (LISA 2018)
REST_SPLIT = {"bouw": 0.12, "groothandel": 0.16, "logistiek": 0.15, "overig": 0.57}  # EST-JOBS assumption

# Uitgifte (netto ha per year) reported or derived
UITGIFTE_REP = {
    "NB": (round((120 + 148 + 165) / 3, 1), "2019-2021", "derived", "B9;B4",
           "mean of 120 (2019) / 148 (2020; 165 - 17 as derived in the shared README) / 165 (2021) ha"),
    "NH": (57.0, "2019", "derived", "H1",
           "84 ha issued in 2019 of which 27 ha seaport land: 84 - 27 = 57 ha on business estates; one year only"),
    "DR": (round((25.5 + 30) / 2, 1), "2021-2022", "derived", "D3;D2",
           "mean of 2021 (25-26 ha; midpoint 25.5) and 2022 (>=30 ha in Zuidwest-Drenthe alone; lower bound) so itself a lower bound"),
    "LI": (73.0, "2001-2010", "reported", "L1",
           "ten-year average of about 73 ha/yr as published in Werklocaties Limburg 2010; old reference period (2010 alone: 37 ha)"),
}

# Reference date of the data set: the END of REF_YEAR (= 1-1-(REF_YEAR + 1)), the scenario's base_year
# ("t0: stock and supply as known at the end of this year"). Every stock and supply figure is brought to it.
REF_YEAR = 2025

# Supply anchors, each with the year of its 1 January count
NB_HARD_2022 = 625.0          # B2
NB_HARD_DATE = 2022           # B2: the 2022 magazine describes the situation up to and including 2021 (its introduction)
NB_ZACHT_DATE = 2020          # B7: planaanbod at 1-1-2020
UT_HARD_DATE = 2019           # U2: Stec, October 2019; counted as 1-1-2019
DR_HARD_DATE = 2015           # D2: uitgeefbaar at 1-1-2015
UT_ZACHT_2021 = 54.0          # U5: PPWW 2021, 54 ha of new business estates (uitbreidingslocaties) to 2030
UT_ZACHT_DATE = 2021
# Werkmilieu split of supply from recent uitgifte where published: NB 2021, 69 of 165 ha logistics (B4)
UITGIFTE_LOGISTIEK = {"NB": (69.0, 165.0, "B4")}
NB_PLAN_2020 = (2220.0, 845.0)  # B7: total planaanbod and hard part at 1-1-2020
UT_HARD_2019 = 124.0          # U2
DR_UITGEEFBAAR_2015 = 485.0   # D2, about 90% direct
DR_DIRECT_SHARE = 0.90        # D2
NL_TERSTOND = (5338.0, 9487.0)  # N3: terstond / total uitgeefbaar at 1-1-2013

# Stock anchors
NL_INUSE_2018 = 54000.0  # N1/N2 (read as netto land in use on formal estates excluding seaports: assumption)
YEARS_2018_REF = REF_YEAR - 2018 + 1  # 2018 up to and including REF_YEAR: 8 years of uitgifte

# Werkmilieu key for stock and supply (EST-STOCK assumption)
WM_BASE = {"zwaar": 0.12, "logistiek": 0.17, "hoogwaardig": 0.05, "stedelijk": 0.14}

# Netcongestie (constraints.csv): status, relief year, source
GRID = {"GR": ("mostly_full", 2029, "E4"), "FR": ("partial", None, "E17"), "DR": ("easing", 2025, "E14"),
        "OV": ("full", 2029, "E4"), "FL": ("full", 2033, "E12"), "GE": ("full", 2033, "E12"),
        "UT": ("full", 2033, "E12"), "NH": ("full", 2031, "E5"), "ZH": ("mostly_full", 2033, "E1"),
        "ZE": ("full", 2035, "E7"), "NB": ("full", None, "E9"), "LI": ("full", None, "E9")}
GRID_ORDINAL = {"full": 1.0, "mostly_full": 0.75, "partial": 0.5, "easing": 0.25}
NVM_NO_CAPACITY = 0.53  # N6
STIKSTOF = {"UT": "high", "GE": "high", "NB": "high", "OV": "high", "DR": "high", "LI": "significant",
            "GR": "low", "FR": "unknown", "FL": "unknown", "NH": "unknown", "ZH": "unknown", "ZE": "unknown"}
STIKSTOF_MAP = {"high": 0.5, "significant": 0.35, "unknown": 0.25, "low": 0.1}
STIKSTOF_SRC = {"high": "K2", "significant": "K2", "low": "K5", "unknown": "K1"}
CE_NE = {"GR", "FR", "DR", "OV"}
CE_FACTOR = round(10.6 / 9.8, 2)  # CE1: Fryslân circularity metric 10.6% vs NL 9.8%

# ---------------------------------------------------------------- sources
BR22 = "https://publicaties.brabant.nl/feiten-en-cijfers-brabantse-bedrijventerreinen-2022/"
BR20 = "https://publicaties.brabant.nl/feitenencijfersbedrijventerreinen/"
SOURCES = [
    # (id, title, publisher, year, url, note)  -- ids from shared/data/README.md section 1 keep their id and url
    ("B2", "Feiten en cijfers Brabantse bedrijventerreinen 2022 - prognose: analyse vraag en aanbod", "Provincie Noord-Brabant", 2022, BR22 + "h6d-prognose-analyse-vraag-aanbod", "hard planaanbod 625 ha (2022); 284 ha extra allowed by regional agreements; total ruimtevraag 2022 t/m 2030 (uitbreiding and vervanging) 973-1321 ha; so a vervangingsvraag of 85 ha beside the uitbreidingsvraag of 888-1236 ha (D: 973 - 888 = 1321 - 1236 = 85)"),
    ("B4", "Feiten en cijfers Brabantse bedrijventerreinen 2022 - gronduitgifte en opties", "Provincie Noord-Brabant", 2022, BR22 + "h3-gronduitgifte-en-opties", "uitgifte 165 ha in 2021 (186 kavels; 69 ha logistics); 2020 = 148 ha derived (165 - 17)"),
    ("B5", "Feiten en cijfers Brabantse bedrijventerreinen 2022 - werkgelegenheid", "Provincie Noord-Brabant", 2022, BR22 + "h2-werkgelegenheid", "513000 jobs on estates in 2021 (about 38% of all jobs; LISA)"),
    ("B7", "Feiten en cijfers Brabantse bedrijventerreinen (2020) - match vraag en aanbod", "Provincie Noord-Brabant", 2020, BR20 + "4-match/", "planaanbod 1-1-2020: 2220 ha total of which 845 ha hard"),
    ("B8", "Feiten en cijfers Brabantse bedrijventerreinen (2020) - herstructurering", "Provincie Noord-Brabant", 2020, BR20 + "5-herstructurering/", "76 ha transformed 2014-2019; 86 ha planned"),
    ("B9", "Meer evenwicht in vraag en aanbod bedrijfsterreinen in Noord-Brabant (Monitor Brabantse Bedrijventerreinen 2020)", "Groene Ruimte", 2020, "https://www.groeneruimte.nl/nieuws/bericht.php?id=226253", "uitgifte 120 ha in 2019 and 186 ha in 2018"),
    ("B10", "Brabantse bedrijventerreinen in de lift", "Stadszaken", 2017, "https://stadszaken.nl/artikel/1073/brabantse-bedrijventerreinen-in-de-lift", "583 estates with about 12000 ha (2016); used only as a cross-check"),
    ("U1", "Nieuwe behoefteraming brengt behoefte aan kantoren en bedrijventerreinen in beeld", "Provincie Utrecht", 2023, "https://www.provincie-utrecht.nl/actueel/nieuws/nieuwe-behoefteraming-brengt-behoefte-aan-kantoren-en-bedrijventerreinen-beeld", "vacancy about 2%; shortage of 90-230 ha to 2030 (cross-check)"),
    ("U2", "Prognose bedrijventerreinen Provincie Utrecht (Stec Groep) - kwalitatieve kenmerken en match met aanbod", "Stec Groep for Provincie Utrecht (copy on 5dok.net)", 2019, "https://5dok.net/article/kwalitatieve-kenmerken-amp-match-met-aanbod.zgw98d86", "hard (uitgeefbaar) planaanbod about 124 ha on 31 estates"),
    ("U5", "GS Utrecht stelt locaties werken en wonen vast", "RPL Woerden (archive)", 2021, "https://archief.rplwoerden.nl/gs-utrecht-stelt-locaties-werken-en-wonen-vast/", "Provinciaal Programma Wonen en Werken: 54 ha of new business estates to 2030 beside the inventory of existing plans; used as Utrecht's zacht supply"),
    ("O2", "Overijssel zet bijl in voorraad bedrijventerreinen", "PropertyNL", 2017, "https://propertynl.com/Nieuws/a2c99ce4-0ef9-47d3-848e-a3f1385d7d85/Overijssel-zet-bijl-in-voorraad-bedrijventerreinen", "Twente: about 334 ha demand in ten years against 437 ha of supply (2017); cross-check only"),
    ("D2", "Feiten en cijfers economie: bedrijventerreinen", "Provincie Drenthe", 2015, "https://www.provincie.drenthe.nl/feitenencijfers/cijfers/economie/bedrijventerreinen/", "485 ha uitgeefbaar at 1-1-2015 (about 90% direct); about 1/3 of jobs on estates"),
    ("D3", "Bedrijventerreinen in Zuidwest-Drenthe zijn in trek", "RTV Drenthe", 2022, "https://www.rtvdrenthe.nl/nieuws/15172271/bedrijventerreinen-in-zuidwest-drenthe-zijn-in-trek-goede-verbinding", "2017 and 2021: 25-26 ha sold in Drenthe; 2022: 30 ha in Zuidwest-Drenthe alone (record)"),
    ("H1", "Monitor werklocaties 2019-2020 gepubliceerd", "Gooi Zaken (on the Monitor Werklocaties Noord-Holland)", 2020, "https://www.gooizaken.nl/monitor-werklocaties-2019-2020-gepubliceerd/", "84 ha issued in 2019 of which 27 ha seaport land; vacancy 3.7%"),
    ("Z2", "Behoefte aan ander type bedrijventerrein (Stec behoefteraming Zuid-Holland)", "VBO Freshport", 2017, "https://www.vbofreshport.nl/nieuws/behoefte-aan-ander-type-bedrijventerrein/", "more than one third of Zuid-Holland jobs on estates; demand to 2030 at most 725 ha vs 950 ha supply"),
    ("R1", "Verkoop bedrijfskavels in de regio flink gegroeid", "OOG TV", 2023, "https://www.oogtv.nl/2023/03/verkoop-bedrijfskavels-in-de-regio-flink-gegroeid/", "Regio Groningen-Assen: 16.5 ha (2021) and 23 ha (2022); cross-check only"),
    ("G1", "Nieuw regionaal programma werklocaties toont ontwikkelperspectief bedrijventerreinen", "RTV Ideaal", 2023, "https://rtvideaal.nl/nieuw-regionaal-programma-werklocaties-toont-ontwikkelperspectief-bedrijventerreinen/", "Achterhoek average uitgifte 16.5 ha/yr; cross-check only"),
    ("ZE1", "Jaarstukken 2019 Provincie Zeeland - regionale bedrijventerreinenprogramma's op basis van de prognose uit 2019", "Provincie Zeeland", 2019, "https://pcportal.zeeland.nl/jaarstukken-2019---provincie-zeeland/project/zorgen-voor-voldoende-planologische-ruimte-voor-bedrijven-door-met-de-gemeenten-de-regionale-bedrijventerreinenprogrammas-te-actualiseren-op-basis-van-de-prognose-uit-2019", "uitbreidingsvraag 2019-2030 108-207 ha (9-17 ha/yr); cross-check only"),
    ("L1", "Werklocaties Limburg 2010 (news item)", "Behoud de Parel", 2011, "http://behouddeparel.nl/?q=node/2428", "2010: 37 ha on 262 estates; ten-year average about 73 ha/yr; about 1000 ha available incl. hard plans"),
    ("N1", "Tot 2030 neemt ruimtebehoefte van bedrijven toe met 5500-9500 ha", "Buck Consultants International", 2019, "https://www.bciglobal.nl/nl/tot-2030-neemt-ruimtebehoefte-van-bedrijven-toe-met-5.500-%E2%80%93-9.500-ha-en-voor-kantoren-met-3-5-miljoen-m2", "54000 ha in formal business use in 2018 growing to 59000-63000 ha in 2030"),
    ("N2", "Rapport Ruimte voor economische activiteit: behoefte bedrijfs- en kantoorlocaties tot 2030 in beeld", "Tweede Kamer", 2019, "https://www.tk.nl/nieuws/rapport-ruimte-voor-economische-activiteit-behoefte-bedrijfs-en-kantoorlocaties-tot-2030-in-beeld/", "same BCI/EIB figures as N1"),
    ("N3", "Uitgifte bedrijventerreinen blijft stijgen - Noord-Brabant op kop (IBIS 2013)", "Vastgoedjournaal", 2013, "https://vastgoedjournaal.nl/news/11548/uitgifte-bedrijventerreinen-blijft-stijgen-noord-brabant-op-kop", "1-1-2013: 81868 ha bruto (+11545 ha seaports); 9487 ha uitgeefbaar of which 5338 terstond"),
    ("N5", "Kaarten - werk op bedrijventerreinen", "Stichting LISA", 2019, "https://www.lisa.nl/nieuws/167/kaarten-werk-op-bedrijventerreinen", "30.2% of jobs and 10.6% of establishments on estates (2018); about 42% in IJmond / Zuid-Limburg / Zuidoost-Zuid-Holland"),
    ("N6", "Ruimtegebrek en netcongestie remmen Nederlands bedrijfsleven (NVM Business)", "Duurzaam Ondernemen", 2024, "https://www.duurzaam-ondernemen.nl/ruimtegebrek-en-netcongestie-remmen-nederlands-bedrijfsleven/", "53% of estates without capacity for extra offtake"),
    ("K1", "Overschrijding van kritische depositiewaarde in Natura 2000-gebieden 2005-2022", "Compendium voor de Leefomgeving (CLO)", 2023, "https://www.clo.nl/indicatoren/nl062602-overschrijding-van-kritische-depositiewaarde-in-natura-2000-gebieden-2005-2022", "about 71% of N-sensitive habitat above its critical deposition value (2022)"),
    ("K2", "Provinciale toestand milieu - ruimtelijke condities", "Compendium voor de Leefomgeving (CLO)", 2018, "https://www.clo.nl/indicatoren/nl1607-provinciale-toestand-milieu---ruimtelijke-condities", "exceedance worst on sandy soils of UT GE NB OV DR; large in LI (2018 data)"),
    ("K3", "Deze natuurgebieden zorgen ervoor dat Brabant geen vergunning meer uitgeeft", "Omroep Brabant", 2023, "https://www.omroepbrabant.nl/nieuws/4238702/deze-natuurgebieden-zorgen-ervoor-dat-brabant-geen-vergunning-meer-uitgeeft", "Noord-Brabant stopped permits for projects adding deposition (2023)"),
    ("K5", "Elke provincie heeft haar eigen stikstofprobleem", "Trouw", 2023, "https://www.trouw.nl/duurzaamheid-economie/elke-provincie-heeft-haar-eigen-stikstofprobleem~bc7169e7/", "Groningen has little N-sensitive nature"),
    ("E1", "Stroomnet ook in Zuid-Holland vol - grootverbruikers op wachtlijst", "Reformatorisch Dagblad", 2024, "https://www.rd.nl/artikel/1087325-stroomnet-ook-in-zuid-holland-vol-grootverbruikers-op-wachtlijst", "almost whole province full (Dec 2024); Den Haag relief about 2033"),
    ("E4", "Stroomnetten weer vol - nu in Den Haag / Groningen en Overijssel", "NH Nieuws", 2023, "https://www.nhnieuws.nl/nieuws/n135999/stroomnetten-weer-vol-nu-in-den-haag-groningen-en-overijssel", "Groningen largely full and Overijssel full (Dec 2023); relief 2029"),
    ("E5", "Stroomnet barst uit zijn voegen - elektriciteit niet langer onbeperkt beschikbaar", "AT5", 2023, "https://www.at5.nl/artikelen/223069/stroomnet-barst-uit-zijn-voegen-elektriciteit-niet-langer-onbeperkt-beschikbaar", "Noord-Holland maximum reached for offtake (Oct 2023); relief stepwise from 2031 (via constraints.csv)"),
    ("E7", "Meeste Zeeuwse bedrijven op wachtlijst kunnen op stroomnet", "nieuws.nl", 2024, "https://nieuws.nl/economie/20240610/meeste-zeeuwse-bedrijven-op-wachtlijst-kunnen-op-stroomnet/", "Zeeland stop for large users (July 2023); relief 2029-2035"),
    ("E9", "Transportschaarste elektriciteit - veelgestelde vragen melding TenneT", "Enexis", 2022, "https://www.enexis.nl/Zakelijk/Transportschaarste-elektriciteit/Veelgestelde-vragen-melding-TenneT", "stop for large offtake in Noord-Brabant and Limburg (June 2022)"),
    ("E10", "Stroomnet in Brabant en Limburg zit weer vol - grootverbruikers moeten wachten op aansluiting", "de Volkskrant", 2023, "https://www.volkskrant.nl/economie/stroomnet-in-brabant-en-limburg-zit-weer-vol-grootverbruikers-moeten-wachten-op-aansluiting~b4ee6e79/", "stop again June 2023"),
    ("E11", "Geen grote stroomaansluitingen in Brabant voor minstens vijf jaar", "De Telegraaf", 2023, "https://www.telegraaf.nl/financieel/1024553237/geen-grote-stroomaansluitingen-in-brabant-voor-minstens-vijf-jaar", "at least five years from 2023"),
    ("E12", "Grote uitbreidingsprojecten hoogspanningsnet Utrecht / Gelderland en de Flevopolder duren langer dan gepland", "Duurzaam Ondernemen", 2025, "https://www.duurzaam-ondernemen.nl/grote-uitbreidingsprojecten-hoogspanningsnet-utrecht-gelderland-en-de-flevopolder-duren-langer-dan-gepland/", "relief moved from 2029 to 2033 (2035 if setbacks)"),
    ("E14", "Drenthe heeft als eerste weer ruimte op hoogspanningsnet", "Reformatorisch Dagblad", 2025, "https://www.rd.nl/artikel/1092688-drenthe-heeft-als-eerste-weer-ruimte-op-hoogspanningsnet", "room again in most of Drenthe (Jan 2025)"),
    ("E17", "In steeds meer steden kan elektriciteitsnet geen nieuwe groene stroom aan", "NU.nl", 2021, "https://www.nu.nl/economie/6162317/in-steeds-meer-steden-kan-elektriciteitsnet-geen-nieuwe-groene-stroom-aan.html", "local bottlenecks in Fryslân since 2021"),
    # ---- found for this data set (search of stored public pages)
    ("CBS1", "Werkgelegenheid regionaal (dashboard arbeidsmarkt): werkzame personen per provincie 2015 and aandeel industrie 2014", "CBS", 2015, "https://www.cbs.nl/nl-nl/visualisaties/dashboard-arbeidsmarkt/spanning-op-de-arbeidsmarkt/werkgelegenheid-regionaal", "data years 2015 (werkzame personen x1000) and 2014 (industry share of employment in arbeidsjaren; NL 10%); page date not shown"),
    ("CBS2", "Bodemgebruik; uitgebreide gebruiksvorm - per gemeente (table 70262ned)", "CBS", 2021, "https://www.cbs.nl/nl-nl/cijfers/detail/70262ned", "bedrijventerrein (ha) 2017 per provincie and landsdeel: NL 88184; LI derived as Zuid-Nederland 23242 - NB 16136 = 7106; landsdelen as used in regions.csv"),
    ("BCI1", "Inspelen op toekomstige ruimtebehoefte Nederlandse zeehavens: noodzaak en mogelijkheden", "Buck Consultants International for Ministerie van IenM (copy on expydoc.com)", 2014, "https://expydoc.com/doc/6686095/-inspelen-op-toekomstige-ruimtebehoefte", "current seaport estates: Rotterdam 5507 ha / NZKG 2405 ha / Zeeland Seaports 1847 ha / Groningen Seaports 1903 ha / Moerdijk 1063 ha"),
    ("TR1", "Een industrieterrein is misschien saai maar wel heel belangrijk voor de economie", "Trouw (on LISA data)", 2019, "https://www.trouw.nl/economie/een-industrieterrein-is-misschien-saai-maar-wel-heel-belangrijk-voor-de-economie~b2389f35/", "34% of industrial firms are on estates and they hold 81% of industrial jobs (read as: 81% of industrial jobs are on estates)"),
    ("H3", "Monitor Werklocaties: Noord-Holland telt meeste bedrijven in Nederland", "Radio Alkmaar (on the Monitor Werklocaties Noord-Holland 2022-2023)", 2024, "https://radioalkmaar.nl/nieuws/artikel/noord-holland/monitor-werklocaties-noord-holland-telt-meeste-bedrijven-in-nederland/", "344 bedrijven- en zeehaventerreinen with 310000 jobs (+4.2%)"),
    ("H4", "Monitor Bedrijventerreinen Noord-Holland 2008 gereed", "Provincie Noord-Holland (via berkhoutisboos.nl)", 2009, "http://www.berkhoutisboos.nl/www/index.php/provincie-nh-archief-57/144-monitor-bedrijventerreinen-noord-holland-2008-gereed-11-02-2009", "2007: 162 ha issued (average 106 ha/yr); about 910 ha direct uitgeefbaar; context only"),
    ("G5", "Miljoenen voor opknappen bedrijventerreinen", "Business in Barneveld", 2020, "https://businessinbarneveld.nl/nieuws/miljoenen-voor-opknappen-bedrijventerreinen.html", "a quarter million people work on Gelderland estates (40% of regional product); year of the article not shown (c. 2020)"),
    ("N10", "Kabinet: meer en betere fysieke ruimte voor bedrijvigheid nodig in 2050 (Programma Ruimte voor Economie)", "Rijksoverheid", 2023, "https://www.rijksoverheid.nl/actueel/nieuws/2023/10/13/kabinet-meer-en-betere-fysieke-ruimte-voor-bedrijvigheid-nodig-in-2050", "expansion need of about 700 ha per year until 2030; cross-check for the national uitgifte total"),
    ("CE1", "Friesland wereldwijd koploper op het gebied van circulaire economie (Circularity Gap Report Fryslân)", "Duurzaam Ondernemen (on Circle Economy)", 2025, "https://www.duurzaam-ondernemen.nl/friesland-wereldwijd-koploper-op-het-gebied-van-circulaire-economie/", "circularity metric Fryslân 10.6% vs NL 9.8%"),
    ('CE2', 'IPO Krachtenkaart Circulaire Economie en provinciale kansenkaarten', 'Interprovinciaal Overleg (IPO)', 2021, 'https://www.ipo.nl/nieuws/kracht-voor-omslag-circulaire-economie-zit-in-de-provincies-1/', "circular strengths per province (e.g. Groningen: Chemport Europe and circular chemistry); used for the scenario's regional R-strategy profiles (EST-RPROFILE); the twelve kansenkaarten themselves were not read in full"),
    ('CE3', 'Ruimtelijke effecten van circulaire economische activiteiten zijn mogelijk groot (CE Delft for PBL; five cases)', 'Duurzaam Ondernemen (on CE Delft for PBL)', 2022, 'https://www.duurzaam-ondernemen.nl/ruimtelijke-effecten-van-circulaire-economische-activiteiten-zijn-mogelijk-groot/', "sharing and longer product lives can lower the space for production facilities and logistics; more demand for high-milieucategorie space for recycling and for storage of returned materials; used for the scenario's verkleinen factor and mapping"),
    ("L2", "Limburg heeft nog 1000 ha beschikbaar", "Vastgoedjournaal", 2009, "https://vastgoedjournaal.nl/news/2670/limburg-heeft-nog-1000-ha-beschikbaar", "258 estates with over 8500 ha; about 500 ha available at once; 575 ha of new plans on hold; year not shown (c. 2009); context only"),
    ("ZE2", "In 2010 is er 17 ha Zeeuws bedrijfsgrond verkocht", "Regio in Bedrijf (Provincie Zeeland)", 2011, "https://www.regioinbedrijf.nl/nieuws/in-2010-is-er-17-ha-zeeuws-bedrijfsgrond-verkocht.1945/", "17 ha sold in 2010 vs a provincial prognosis of 19 ha/yr; cross-check only"),
    ("Z3", "Zuid-Holland in vogelvlucht 2007 - bedrijventerreinen", "Provincie Zuid-Holland (copy on scribd.com)", 2007, "https://www.scribd.com/document/2585759/document-2", "dry estates 10200 ha (1-1-2006) with 419000 jobs; seaport estates over 7000 ha with 49200 jobs; cross-check only"),
    ("FR1", "Overschot bedrijfterreinen Friesland dreigt", "Blik op Nieuws", 2008, "https://www.blikopnieuws.nl/2008/overschot-bedrijfterreinen-friesland-dreigt", "about 640 ha uitgeefbaar; 300 ha demand expected to 2020; context only"),
]


# ---------------------------------------------------------------- helpers
def fmt(x, nd=1):
    s = f"{x:.{nd}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s if s not in ("-0", "") else "0"


def int_split(total, weights):
    """Split an integer total by weights; largest-remainder rounding, sum stays exact."""
    keys = list(weights)
    tw = sum(weights.values())
    raw = {k: total * weights[k] / tw for k in keys}
    out = {k: int(raw[k]) for k in keys}
    rest = total - sum(out.values())
    for k in sorted(keys, key=lambda k: raw[k] - out[k], reverse=True)[:rest]:
        out[k] += 1
    return out


def write(name, header, rows):
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow(header)
        for r in rows:
            for v in r:
                assert "," not in str(v) or name == "never", (name, r)
            w.writerow(r)
    return path


# ---------------------------------------------------------------- jobs
C_JOBS = JOBS_REP["NB"][0] / (W2015["NB"] * 1000 * S_REP["NB"][0])  # calibration on NB (about 0.997)


def jobs_total(r):
    if r in JOBS_REP:
        return JOBS_REP[r][0]
    s = S_REP[r][0] if r in S_REP else S_NL
    return round(W2015[r] * 1000 * s * C_JOBS)


def jobs_by_sector(r):
    tot = jobs_total(r)
    ind = round(IND_ON_BT * IND[r] / 100 * W2015[r] * 1000 * C_JOBS)
    ind = min(ind, tot)
    rest = int_split(tot - ind, REST_SPLIT)
    out = {"industrie": ind}
    out.update(rest)
    assert sum(out.values()) == tot
    return out


JOBS = {r: jobs_by_sector(r) for r in REGIONS}
JOBS_NL = sum(sum(v.values()) for v in JOBS.values())

# ---------------------------------------------------------------- land key (non-port business land)
LANDKEY = {r: CBS_BT_2017[r] - PORT.get(r, 0) for r in REGIONS}
LANDKEY_NL = sum(LANDKEY.values())

# ---------------------------------------------------------------- uitgifte
# calibration pool: provinces with a recent (2019-2022) reported or derived figure; LI (2001-2010) is left out
CALIB = ["NB", "NH", "DR"]
Q_UITGIFTE = sum(UITGIFTE_REP[r][0] for r in CALIB) / sum(LANDKEY[r] for r in CALIB)
UITGIFTE = {}
for r in REGIONS:
    if r in UITGIFTE_REP:
        UITGIFTE[r] = UITGIFTE_REP[r][0]
    else:
        UITGIFTE[r] = round(LANDKEY[r] * Q_UITGIFTE, 1)
UITGIFTE_NL = sum(UITGIFTE.values())

# ---------------------------------------------------------------- stock
STOCK_NL = NL_INUSE_2018 + YEARS_2018_REF * UITGIFTE_NL


def wm_shares(r):
    sh = dict(WM_BASE)
    sh["zwaar"] = WM_BASE["zwaar"] * IND[r] / IND_NL
    sh["gemengd"] = 1.0 - sum(sh.values())
    return {w: sh[w] for w in WERKMILIEUS}


WM = {r: wm_shares(r) for r in REGIONS}
STOCK_NL = round(STOCK_NL)
STOCK_TOT = int_split(STOCK_NL, LANDKEY)
STOCK = {r: int_split(STOCK_TOT[r], WM[r]) for r in REGIONS}

# ---------------------------------------------------------------- supply
TERSTOND = NL_TERSTOND[0] / NL_TERSTOND[1]
NB_ZACHT_2020 = NB_PLAN_2020[0] - NB_PLAN_2020[1]
Y_HARD = NB_HARD_2022 / UITGIFTE["NB"]
Y_ZACHT = NB_ZACHT_2020 / UITGIFTE["NB"]


def years_since(figure_year):
    """Years of uitgifte between a 1 January count and the reference date (end of REF_YEAR)."""
    return REF_YEAR - figure_year + 1


class Hard:
    """A hard supply figure brought to the reference date: figure - uitgifte since its date, clamped at 0."""

    def __init__(self, r, figure, figure_year, direct_share):
        self.figure, self.figure_year, self.direct_share = figure, figure_year, direct_share
        self.years = years_since(figure_year) if figure_year else 0
        self.uitgifte = self.years * UITGIFTE[r]
        self.deducted = min(self.uitgifte, figure)
        self.clamped = self.uitgifte > figure
        self.value = figure - self.deducted


def supply_totals(r):
    """returns (Hard, zacht, zacht figure year, basis)"""
    if r == "NB":
        return Hard(r, NB_HARD_2022, NB_HARD_DATE, TERSTOND), NB_ZACHT_2020, NB_ZACHT_DATE, "NB"
    if r == "UT":
        return Hard(r, UT_HARD_2019, UT_HARD_DATE, TERSTOND), UT_ZACHT_2021, UT_ZACHT_DATE, "UT"
    if r == "DR":
        return Hard(r, DR_UITGEEFBAAR_2015, DR_HARD_DATE, DR_DIRECT_SHARE), Y_ZACHT * UITGIFTE[r], 0, "DR"
    return Hard(r, Y_HARD * UITGIFTE[r], 0, TERSTOND), Y_ZACHT * UITGIFTE[r], 0, "EST"


def supply_shares(r):
    """Werkmilieu key of supply: recent uitgifte where published (logistics share), else the stock key."""
    if r not in UITGIFTE_LOGISTIEK:
        return WM[r], "the province's stock key (EST-STOCK key): no published werkmilieu split of its uitgifte"
    log, tot, src = UITGIFTE_LOGISTIEK[r]
    share = log / tot
    rest = 1.0 - WM[r]["logistiek"]
    sh = {w: (share if w == "logistiek" else WM[r][w] * (1 - share) / rest) for w in WERKMILIEUS}
    return sh, (f"recent uitgifte: logistiek {log:.0f} of {tot:.0f} ha = {share:.3f} ({src}); the other werkmilieus "
                f"in the proportions of the stock key")


SUPPLY_T = {r: supply_totals(r) for r in REGIONS}
SUPPLY_WM = {r: supply_shares(r) for r in REGIONS}
HARD_YEARS = [2026, 2028]
ZACHT_YEARS = [2030, 2035]

# ---------------------------------------------------------------- grid parameter
_w = sum(STOCK_TOT[r] * GRID_ORDINAL[GRID[r][0]] for r in REGIONS) / sum(STOCK_TOT.values())
GRID_SCALE = NVM_NO_CAPACITY / _w
BETA = {r: round(GRID_SCALE * GRID_ORDINAL[GRID[r][0]], 2) for r in REGIONS}
BETA_MEAN = sum(STOCK_TOT[r] * BETA[r] for r in REGIONS) / sum(STOCK_TOT.values())


def est_sources():
    return [
        ("EST-JOBS", "Estimate: jobs on business estates per province and sector", "ruimtevraag", 2025, "",
         f"Total per province: reported where published (NB 513000 in 2021 B5; NH 310000 in 2022 H3; GE 250000 c. 2020 G5). "
         f"Otherwise CBS werkzame personen 2015 (CBS1) x share of jobs on estates (NB 0.38 B5 only for calibration; DR 1/3 D2; ZH 0.34 Z2; "
         f"others the national 0.302 N5) x {C_JOBS:.5f}; that factor makes the rule reproduce NB's 513000 (LISA 2021 basis) so estimated totals refer to 2021. "
         f"Sector split: industrie = 0.81 (share of industrial jobs located on estates; TR1) x provincial industry share of employment 2014 (CBS1) x werkzame personen 2015 x {C_JOBS:.5f}; "
         f"the rest of the province total is split bouw 0.12 / groothandel 0.16 / logistiek 0.15 / overig 0.57 (assumption: no published sector split of estate jobs was found; "
         f"LISA via TR1 says most jobs in groothandel / vervoer en opslag / bouw are on estates). Integer rounding by largest remainder keeps every province total exact. "
         f"National result {JOBS_NL} jobs = {JOBS_NL / (sum(W2015.values()) * 1000 * C_JOBS):.1%} of the calibrated CBS total (N5: 30.2%)."),
        ("EST-STOCK", "Estimate: netto hectares of business estate in use per province and werkmilieu (end of 2025)", "ruimtevraag", 2025, "",
         f"National netto stock in use at the end of {REF_YEAR} (the reference date of the data set) = 54000 ha in formal business use in 2018 (N1/N2) + {YEARS_2018_REF} years (2018-{REF_YEAR}) x the national sum of uitgifte.csv ({UITGIFTE_NL:.1f} ha/yr) = {STOCK_NL} ha. "
         f"We read BCI's 54000 ha as netto land in use on formal estates without seaport estates: the source text does not say netto or bruto. "
         f"No netto/bruto ratio is applied anywhere; as a plausibility check only: 54000 / 81868 ha bruto IBIS 2013 (N3) = 0.66 and (54000 + 9487 ha uitgeefbaar) / 81868 = 0.78. "
         f"Regional key: CBS bodemgebruik 2017 bedrijventerrein per province (CBS2) minus the seaport estates of BCI 2014 (BCI1: ZH 5507 / NH 2405 / ZE 1847 / GR 1903 / NB 1063 ha) = {LANDKEY_NL} ha non-port business land; "
         f"each province gets its share of the national netto stock (integer rounding by largest remainder). "
         f"Werkmilieu key (assumption: no public werkmilieu breakdown of the stock was found): logistiek 0.17 / hoogwaardig 0.05 / stedelijk 0.14 / zwaar 0.12 x provincial industry share / NL industry share (CBS1) / gemengd the remainder. "
         f"Seaport estates (zeehaventerreinen) are outside the stock; seaports.csv holds them as an optional layer (scenario key supply.seaports). Cross-checks: NB {STOCK_TOT['NB']} ha vs about 12000 ha areaal in 2016 (B10); ZH {STOCK_TOT['ZH']} ha vs 10200 ha dry estates bruto in 2006 (Z3)."),
        ("EST-UITGIFTE", "Estimate: average yearly netto uitgifte for provinces without a recent published figure", "ruimtevraag", 2025, "",
         f"uitgifte = non-port business land of the province (CBS2 2017 minus BCI1 seaports) x {Q_UITGIFTE:.5f} ha issued per ha per year; "
         f"the ratio pools the provinces with a recent reported or derived figure: (NB 144.3 + NH 57 + DR 27.8 ha/yr) / (15073 + 7653 + 3065 ha). "
         f"LI keeps its reported 2001-2010 average (L1) and is left out of the pool because its period is old. "
         f"National total {UITGIFTE_NL:.1f} ha/yr vs about 700 ha/yr expansion need to 2030 in the Programma Ruimte voor Economie (N10). "
         f"The reference period of the estimates is 2019-2022 (that of the calibration figures)."),
        ("EST-SUPPLY", "Estimate: direct / hard / zacht supply per province and werkmilieu with availability years", "ruimtevraag", 2025, "",
         f"Reference date: every figure is brought to the end of {REF_YEAR} (the scenario's base_year). Published hard supply minus the uitgifte of the years since its 1 January count "
         f"(uitgifte.csv x years; no land zoned since is added: these are lower bounds as land zoned since was zacht and stays counted there with p_Z): "
         f"NB 625 ha at 1-1-2022 (B2) - {SUPPLY_T['NB'][0].years} x {UITGIFTE['NB']} = {SUPPLY_T['NB'][0].value:.1f} ha; "
         f"UT 124 ha in 2019 (U2) - {SUPPLY_T['UT'][0].years} x {UITGIFTE['UT']} = {SUPPLY_T['UT'][0].uitgifte:.1f} ha: more than the figure so clamped at 0; "
         f"DR 485 ha uitgeefbaar at 1-1-2015 (D2; about 90% direct) - {SUPPLY_T['DR'][0].years} x {UITGIFTE['DR']} = {SUPPLY_T['DR'][0].value:.1f} ha. "
         f"Other provinces: {Y_HARD:.3f} years of their uitgifte (NB's ratio 625 ha / 144.3 ha/yr at its own date) taken as an estimate for the reference date and not deducted: "
         f"a ratio of hard supply to uitgifte and not a count of an earlier year (provinces keep zoning: NB zoned about 533 ha in 2014-2021 = 800 + 313 ha uitgifte - (360 + 220) ha fall in hard supply; D from B7/B4/B2). "
         f"Direct part of hard supply: {TERSTOND:.4f} = 5338 terstond / 9487 uitgeefbaar nationally at 1-1-2013 (N3) (DR: 0.90 from D2). "
         f"Zacht (not yet zoned): NB 1375 ha = 2220 - 845 ha at 1-1-2020 (B7); UT 54 ha of new estates programmed to 2030 (U5: PPWW 2021); other provinces {Y_ZACHT:.3f} years of their uitgifte (NB 1375 ha / 144.3 ha/yr). "
         f"Zacht figures are not brought forward: uitgifte comes from hard land; plans zoned or dropped since are not known. "
         f"Timing: direct {REF_YEAR}; not-yet-direct hard supply half in 2026 and half in 2028; zacht half in 2030 and half in 2035 (assumption). "
         f"Werkmilieu split: recent uitgifte where its split is published (NB: logistiek 69 of 165 ha in 2021: B4; the other werkmilieus keep the stock key's proportions); elsewhere the province's stock key (EST-STOCK). "
         f"supply.csv gives per row the year of the underlying count (figure_year); the row's share of the figure (figure_ha) and of the uitgifte deducted (deducted_ha). "
         f"National totals before rounding of the rows: direct {sum(SUPPLY_T[r][0].value * SUPPLY_T[r][0].direct_share for r in REGIONS):.1f} ha / hard later {sum(SUPPLY_T[r][0].value * (1 - SUPPLY_T[r][0].direct_share) for r in REGIONS):.1f} ha / zacht {sum(SUPPLY_T[r][1] for r in REGIONS):.1f} ha "
         f"(cf. 9487 ha uitgeefbaar in 2013 (N3) before the market tightened). Published figures older than 2012 (LI L1/L2; NH H4; FR FR1) and of unstated kind (OV O2; ZH Z2) are quoted in notes but not used."),
        ("EST-GRID", "Estimate: share of new supply behind grid congestion (netcongestie_share) and missing relief years", "ruimtevraag", 2025, "",
         f"constraints.csv status -> ordinal value: full 1.0 / mostly_full 0.75 / partial 0.5 / easing 0.25; scaled by {GRID_SCALE:.4f} so that the stock-weighted national mean equals 0.53 "
         f"= the NVM Business 2024 share of estates without capacity for extra offtake (N6); rounded to two decimals (full {BETA['NB']} / mostly_full {BETA['GR']} / partial {BETA['FR']} / easing {BETA['DR']}). "
         f"Relief years come from constraints.csv where published. Missing ones: NB and LI 2030 (stop since 2022/2023 and 'at least five years' from 2023 (E11) i.e. >=2028; 2030 sits inside the announced national range 2029-2035); "
         f"FR 2029 (only local bottlenecks (E17); earliest relief year announced elsewhere)."),
        ("EST-STIKSTOF", "Estimate: share of not-yet-zoned supply needing a nitrogen permit (stikstof_share)", "ruimtevraag", 2025, "",
         "constraints.csv nitrogen class -> share: high 0.5 (UT GE NB OV DR; K2) / significant 0.35 (LI; K2) / unknown 0.25 (FR FL NH ZH ZE; no provincial classification found; national exceedance K1) / low 0.1 (GR; K5). "
         "The values are a judgement: no public per-province share of plans needing a permit was found."),
        ("EST-CE", "Estimate: regional circular-economy intensity (ce_intensity)", "ruimtevraag", 2025, "",
         f"1.0 (national average) except the four north-eastern provinces GR FR DR OV which the method says score higher: {CE_FACTOR} = Fryslân circularity metric 10.6% / NL 9.8% (CE1) applied to all four. "
         "No per-province count of circular firms was found (the Stec/Innovatiespotter counts were not readable). The engine renormalises so that sum(stock x kappa) = sum(stock)."),
        ("EST-RPROFILE", 'Estimate: regional R-strategy profiles of the scenario basis (circular.profiles)', "ruimtevraag", 2026, "",
         "Provinces with named circular strengths in the IPO Krachtenkaart (CE2): ZH chemistry and plastics; GR chemistry and sugars; LI Chemelot; NB biobased and circular construction; OV plastics and textiles; FL green raw materials. Chemistry/plastics/recycling and biobased = sluiten; circular construction = vertragen and sluiten; textiles = vertragen. The groups of a province's strengths gain 10 percentage points of share in total (split by their national shares) taken from the other groups in proportion to theirs: sluiten only 60/28/12 (ZH GR LI FL); sluiten and vertragen 56/39/5 (NB OV). A strength replaces its group's werkmilieu row: chemistry/plastics sluiten zwaar 0.80 gemengd 0.15 logistiek 0.05; biobased sluiten 0.50/0.40/0.10; two kinds averaged 0.65/0.275/0.075 (GR NB); construction vertragen zwaar 0.25 gemengd 0.40 logistiek 0.30 hoogwaardig 0.05; textiles vertragen zwaar 0.05 gemengd 0.50 logistiek 0.40 hoogwaardig 0.05. Other provinces use the national values. Judgements: the Krachtenkaart names strengths and not land shares (docs/method.md section 3)."),
        ("EST-DEFAULTS", "Method defaults used where no public data gives a value", "ruimtevraag", 2025, "",
         "water_share 0 (no public basis for a water constraint share found) and withdrawal_rate 0 (method default: 0 unless data gives it; transformation belongs in scenario events)."),
    ]


def validate():
    import re
    def read(n):
        with open(os.path.join(OUT, n), encoding="utf-8") as f:
            return list(csv.DictReader(f))
    srcs = read("sources.csv")
    ids = [x["src"] for x in srcs]
    assert len(ids) == len(set(ids)), "duplicate source id"
    used = set()
    for n in ["jobs.csv", "stock.csv", "uitgifte.csv", "supply.csv", "region_params.csv"]:
        for row in read(n):
            assert row["quality"] in ("reported", "derived", "estimated"), (n, row)
            for sid in row["src"].split(";"):
                assert sid in ids, (n, sid)
                used.add(sid)
            if row["quality"] == "estimated":
                assert any(x.startswith("EST-") for x in row["src"].split(";")), (n, row["src"])
            for m in re.findall(r"\b([A-Z]{1,3}[0-9]{1,2})\b", row["note"]):
                if m not in ("CBS1", "CBS2"):
                    assert m in ids, (n, "note mentions undefined id", m)
    jobs = read("jobs.csv")
    assert len(jobs) == 60
    assert sum(int(r["jobs"]) for r in jobs if r["region_id"] == "NB") == 513000
    stock = read("stock.csv")
    assert len(stock) == 60 and all(float(r["hectares"]) > 0 for r in stock)
    sup = read("supply.csv")
    for r in sup:
        assert r["kind"] in ("direct", "hard", "zacht") and float(r["hectares"]) >= 0
        y = int(r["available_year"])
        assert 2025 <= y <= 2045 and (r["kind"] != "direct" or y == REF_YEAR)
        assert 2000 <= int(r["figure_year"]) <= REF_YEAR
        assert abs(float(r["figure_ha"]) - float(r["deducted_ha"]) - float(r["hectares"])) <= 0.11, r
    par = read("region_params.csv")
    for r in par:
        v = float(r["value"])
        if r["parameter"].endswith("_share"):
            assert 0 <= v <= 1
    for r in read("seaports.csv"):
        assert r["region_id"] in REGIONS and float(r["hectares"]) > 0 and r["quality"] == "reported"
        for sid in r["src"].split(";"):
            assert sid in ids, ("seaports.csv", sid)
            used.add(sid)
    for n in ["regions.csv", "jobs.csv", "stock.csv", "uitgifte.csv", "supply.csv", "region_params.csv"]:
        order = []
        for row in read(n):
            if not order or order[-1] != row["region_id"]:
                order.append(row["region_id"])
        assert order == REGIONS, (n, order)
    unused = [i for i in ids if i not in used]
    print("source ids not in any src field (cited in notes or docs only):", " ".join(unused))


def main():
    os.makedirs(OUT, exist_ok=True)

    # regions.csv
    write("regions.csv", ["region_id", "name", "landsdeel"], [[r, NAMES[r], LANDSDEEL[r]] for r in REGIONS])

    # jobs.csv
    rows = []
    for r in REGIONS:
        tot = sum(JOBS[r].values())
        if r in JOBS_REP:
            _, year, src, pub = JOBS_REP[r]
            basis = f"total {tot} reported ({pub})"
            srcs = f"{src};EST-JOBS;CBS1;TR1"
        else:
            year = 2021
            s, ssrc = S_REP.get(r, (S_NL, "N5"))
            basis = (f"total {tot} estimated = CBS werkzame personen 2015 ({W2015[r]:.1f}k) x share on estates "
                     f"{s:.3f} ({ssrc}) x {C_JOBS:.4f} (calibration that reproduces NB 513000)")
            srcs = f"EST-JOBS;CBS1;{ssrc};B5;TR1"
        for k in SECTORS:
            if k == "industrie":
                how = (f"industrie = 0.81 (TR1) x industry share {IND[r]}% (CBS1 2014) x werkzame personen 2015 "
                       f"x {C_JOBS:.4f}")
            else:
                how = f"{k} = {REST_SPLIT[k]:.2f} of the non-industrial estate jobs (EST-JOBS assumption)"
            rows.append([r, k, JOBS[r][k], year, "estimated", srcs, f"{how}; {basis}"])
    write("jobs.csv", ["region_id", "sector", "jobs", "year", "quality", "src", "note"], rows)

    # uitgifte.csv
    rows = []
    for r in REGIONS:
        if r in UITGIFTE_REP:
            v, per, q, src, note = UITGIFTE_REP[r]
            rows.append([r, fmt(v), per, q, src, note])
        else:
            note = (f"estimated = non-port business land {LANDKEY[r]} ha (CBS2 2017 bedrijventerrein {CBS_BT_2017[r]} ha"
                    + (f" - {PORT[r]} ha seaport land BCI1" if r in PORT else "")
                    + f") x {Q_UITGIFTE:.5f} ha issued per ha per year (pooled ratio of NB/NH/DR: (144.3 + 57 + 27.8) ha/yr / (15073 + 7653 + 3065) ha)")
            extra = {
                "GR": "; cross-check: Regio Groningen-Assen issued 16.5 ha (2021) and 23 ha (2022) (R1)",
                "GE": "; cross-check: Achterhoek alone averages 16.5 ha/yr (G1)",
                "ZE": "; cross-check: 17 ha in 2010 (ZE2) and a 2019 prognosis of 9-17 ha/yr demand (ZE1)",
                "UT": "; cross-check: hard supply of 124 ha in 2019 (U2) and a shortage of 90-230 ha to 2030 (U1)",
                "ZH": "; cross-check: Stec 2017 expected at most 725 ha demand to 2030 (Z2)",
                "FR": "; cross-check: 2008 study expected 300 ha demand 2008-2020 (FR1)",
            }.get(r, "")
            srcs = "EST-UITGIFTE;CBS2" + (";BCI1" if r in PORT else "") + ";B4;B9;H1;D3"
            rows.append([r, fmt(UITGIFTE[r]), "2019-2022", "estimated", srcs, note + extra])
    write("uitgifte.csv", ["region_id", "ha_per_year", "reference_period", "quality", "src", "note"], rows)

    # stock.csv
    rows = []
    for r in REGIONS:
        for w in WERKMILIEUS:
            note = (f"national netto in use at the end of {REF_YEAR} {STOCK_NL:.0f} ha (= 54000 ha 2018 (N1/N2) + {YEARS_2018_REF} x {UITGIFTE_NL:.1f} ha/yr "
                    f"national uitgifte 2018-{REF_YEAR}) x regional key {LANDKEY[r]}/{LANDKEY_NL} (CBS2 land minus BCI1 seaports) "
                    f"= {STOCK_TOT[r]} ha; x werkmilieu share {WM[r][w]:.3f} (EST-STOCK key)")
            srcs = "EST-STOCK;N1;N2;CBS2" + (";BCI1" if r in PORT else "") + ";CBS1"
            rows.append([r, w, STOCK[r][w], REF_YEAR, "estimated", srcs, note])
    write("stock.csv", ["region_id", "werkmilieu", "hectares", "year", "quality", "src", "note"], rows)

    # supply.csv
    rows = []
    for r in REGIONS:
        hard, zacht, zacht_year, basis = SUPPLY_T[r]
        shares, key = SUPPLY_WM[r]
        if basis == "NB":
            b_hard = f"hard 625 ha at 1-1-2022 (B2)"
            b_zacht = "zacht 1375 ha = 2220 total - 845 hard planaanbod at 1-1-2020 (B7)"
            s_hard, s_zacht = "B2;B4;B9;N3;EST-SUPPLY", "B7;EST-SUPPLY"
        elif basis == "UT":
            b_hard = "hard 124 ha in 2019 (U2)"
            b_zacht = "zacht 54 ha = new business estates programmed to 2030 in the PPWW 2021 (U5)"
            s_hard, s_zacht = "U2;N3;EST-SUPPLY;EST-UITGIFTE", "U5;EST-SUPPLY"
        elif basis == "DR":
            b_hard = "485 ha uitgeefbaar at 1-1-2015 (D2)"
            b_zacht = f"zacht = {Y_ZACHT:.2f} years of uitgifte (NB ratio B7/B4/B9) x {UITGIFTE[r]} ha/yr"
            s_hard, s_zacht = "D2;D3;EST-SUPPLY", "EST-SUPPLY;B7;B4;B9;D3"
        else:
            b_hard = (f"hard = {Y_HARD:.2f} years of uitgifte (NB 625 ha / {UITGIFTE['NB']} ha/yr; B2/B4/B9) x "
                      f"{UITGIFTE[r]} ha/yr = {hard.value:.1f} ha (an estimate for the reference date: EST-SUPPLY)")
            b_zacht = f"zacht = {Y_ZACHT:.2f} years of uitgifte (NB ratio B7/B4/B9) x {UITGIFTE[r]} ha/yr"
            s_hard = "EST-SUPPLY;B2;B4;B9;N3;EST-UITGIFTE"
            s_zacht = "EST-SUPPLY;B7;B4;B9;EST-UITGIFTE"
        if hard.figure_year:
            b_hard += (f" - uitgifte {hard.figure_year}-{REF_YEAR} ({hard.years} x {UITGIFTE[r]} ha/yr = {hard.uitgifte:.1f} ha)"
                       + (f" = 0 ha at the end of {REF_YEAR} (clamped at 0: the deduction exceeds the figure)"
                          if hard.clamped else f" = {hard.value:.1f} ha at the end of {REF_YEAR}"))
        if zacht_year:
            b_zacht += f"; not brought forward (uitgifte comes from hard land; plans zoned or dropped since are not known)"
        ctx = {"LI": "; context: about 1000 ha available incl. hard plans in 2010 (L1) of which about 500 ha direct (L2); not used (outdated)",
               "NH": "; context: about 910 ha direct uitgeefbaar in 2008 (H4); not used (outdated)",
               "FR": "; context: about 640 ha uitgeefbaar in 2008 (FR1); not used (outdated)",
               "OV": "; cross-check: Twente alone 437 ha of supply in 2017 (O2); not used (kind of supply not stated)",
               "ZH": "; cross-check: 950 ha of supply against at most 725 ha demand to 2030 in 2017 (Z2); not used (kind of supply not stated)"}.get(r, "")
        direct, later = hard.value * hard.direct_share, hard.value * (1 - hard.direct_share)
        fy_hard = hard.figure_year or REF_YEAR
        for w in WERKMILIEUS:
            sh = shares[w]
            if basis == "DR":
                d_how, l_how = "x 0.90 direct (D2)", "x 0.10 not yet direct (D2)"
            else:
                d_how = f"x terstond share {TERSTOND:.3f} (N3)"
                l_how = f"x (1 - terstond share) = x {1 - TERSTOND:.3f} (N3)"
            split = f"x werkmilieu share {sh:.3f} ({key})"

            def row(kind, value, year, part, src, note, figure_year):
                fig = value if not hard.figure_year or kind == "zacht" else None
                if fig is None:
                    fig = hard.figure * part * sh
                    ded = hard.deducted * part * sh
                else:
                    ded = 0.0
                rows.append([r, w, kind, fmt(value), year, "estimated", src, note,
                             figure_year, fmt(fig), fmt(ded)])

            row("direct", direct * sh, REF_YEAR, hard.direct_share, s_hard,
                f"direct total {direct:.1f} ha = {b_hard} {d_how}; {split}{ctx}", fy_hard)
            for y in HARD_YEARS:
                row("hard", later * sh / len(HARD_YEARS), y, (1 - hard.direct_share) / len(HARD_YEARS), s_hard,
                    f"not-yet-direct hard total {later:.1f} ha split evenly over {HARD_YEARS[0]} and {HARD_YEARS[1]} "
                    f"(EST-SUPPLY timing) = {b_hard} {l_how}; {split}{ctx}", fy_hard)
            for y in ZACHT_YEARS:
                row("zacht", zacht * sh / len(ZACHT_YEARS), y, 1, s_zacht,
                    f"zacht total {zacht:.1f} ha split evenly over {ZACHT_YEARS[0]} and {ZACHT_YEARS[1]} "
                    f"(EST-SUPPLY timing): {b_zacht}; {split}", zacht_year or REF_YEAR)
    write("supply.csv", ["region_id", "werkmilieu", "kind", "hectares", "available_year", "quality", "src", "note",
                         "figure_year", "figure_ha", "deducted_ha"], rows)

    # seaports.csv (an optional layer: off unless a scenario sets supply.seaports: true)
    rows = []
    for r in REGIONS:
        if r in PORT:
            rows.append([r, PORT[r], 2014, "reported", "BCI1;N3",
                         f"{PORT_NAMES[r]}: {PORT[r]} ha of seaport estates (zeehaventerreinen) as counted by BCI in 2014 (BCI1); "
                         f"the source does not say netto or bruto (IBIS counted 11545 ha bruto of seaport estates nationally in 2013: N3); "
                         f"used as published and not brought to {REF_YEAR} (no seaport uitgifte series); added to the stock as zwaar"])
    write("seaports.csv", ["region_id", "hectares", "year", "quality", "src", "note"], rows)

    # region_params.csv
    rows = []
    for r in REGIONS:
        ce = CE_FACTOR if r in CE_NE else 1.0
        rows.append([r, "ce_intensity", fmt(ce, 2), "estimated", "EST-CE;CE1" if r in CE_NE else "EST-CE",
                     ("north-eastern province: Fryslân circularity metric 10.6% / NL 9.8% = 1.08 (CE1) applied to GR FR DR OV"
                      if r in CE_NE else "national average (1.0): no regional measure found")
                     + "; the engine renormalises so that sum(stock x kappa) = sum(stock)"])
        status, relief, gsrc = GRID[r]
        rows.append([r, "netcongestie_share", fmt(BETA[r], 2), "estimated", f"EST-GRID;{gsrc};N6",
                     f"status {status} ({gsrc} via constraints.csv) -> ordinal {GRID_ORDINAL[status]} x {GRID_SCALE:.3f} "
                     f"(scale so that the stock-weighted national mean is {NVM_NO_CAPACITY}: NVM 2024 share of estates without capacity for extra offtake; N6)"])
        if relief is not None:
            q = "reported"
            note = {
                "GR": "extra grid capacity expected 2029 (E4)",
                "DR": "Jan 2025: room again in most of Drenthe (E14); relief taken as 2025",
                "OV": "relief expected 2029; wait 4-5 years in 2023 (E4)",
                "FL": "relief postponed from 2029 to 2033 (2035 if setbacks) (E12)",
                "GE": "relief postponed from 2029 to 2033 (2035 if setbacks) (E12)",
                "UT": "relief postponed from 2029 to 2033 (2035 if setbacks) (E12)",
                "NH": "relief stepwise from 2031 (E5 via constraints.csv)",
                "ZH": "about 2033 as given for Den Haag (E1 via constraints.csv); applied to the whole province",
                "ZE": "announced range 2029-2035 (E7); upper end as in constraints.csv",
            }[r]
            rows.append([r, "netcongestie_relief_year", relief, q, gsrc, note])
        else:
            est = {"NB": (2030, "EST-GRID;E11;E9;E10", "stop for large offtake since 2022/2023 and at least five years from 2023 (E11) i.e. >=2028; 2030 taken as a central value inside the national 2029-2035 range"),
                   "LI": (2030, "EST-GRID;E9;E10;E11", "same TenneT situation as Noord-Brabant (stop since 2022/2023; E9 E10); 2030 taken as for NB"),
                   "FR": (2029, "EST-GRID;E17", "only local bottlenecks since 2021 (E17); no relief year published; 2029 = earliest announced relief year elsewhere")}[r]
            rows.append([r, "netcongestie_relief_year", est[0], "estimated", est[1], est[2]])
        cls = STIKSTOF[r]
        rows.append([r, "stikstof_share", fmt(STIKSTOF_MAP[cls], 2), "estimated", f"EST-STIKSTOF;{STIKSTOF_SRC[cls]}",
                     f"constraints.csv class '{cls}' -> {STIKSTOF_MAP[cls]} (mapping high 0.5 / significant 0.35 / unknown 0.25 / low 0.1)"
                     + ("; Noord-Brabant also stopped permits for projects adding deposition in 2023 (K3)" if r == "NB" else "")])
        rows.append([r, "water_share", "0", "estimated", "EST-DEFAULTS", "no public basis for a water constraint share found; method default 0"])
        rows.append([r, "withdrawal_rate", "0", "estimated", "EST-DEFAULTS",
                     "method default 0 (no data gives an ageing withdrawal rate)"
                     + ("; NB transformed 76 ha in 2014-2019 (B8) = about 0.1%/yr of its stock but that belongs in transformation events" if r == "NB" else "")])
    write("region_params.csv", ["region_id", "parameter", "value", "quality", "src", "note"], rows)

    # sources.csv
    rows = [list(x) for x in SOURCES] + [list(x) for x in est_sources()]
    write("sources.csv", ["src", "title", "publisher", "year", "url", "note"], rows)
    validate()

    # summary to stdout
    print(f"jobs NL {JOBS_NL}  (C_JOBS {C_JOBS:.5f}; share of CBS 2015 werkzame personen x C: "
          f"{JOBS_NL / (sum(W2015.values()) * 1000 * C_JOBS):.3f})")
    print(f"land key NL {LANDKEY_NL}; q_uitgifte {Q_UITGIFTE:.5f}; uitgifte NL {UITGIFTE_NL:.1f}")
    print(f"stock NL {STOCK_NL:.0f}; sum {sum(STOCK_TOT.values())}")
    print(f"Y_HARD {Y_HARD:.3f} Y_ZACHT {Y_ZACHT:.3f} terstond {TERSTOND:.4f}")
    d = sum(SUPPLY_T[r][0].value * SUPPLY_T[r][0].direct_share for r in REGIONS)
    h = sum(SUPPLY_T[r][0].value * (1 - SUPPLY_T[r][0].direct_share) for r in REGIONS)
    z = sum(SUPPLY_T[r][1] for r in REGIONS)
    print(f"supply NL direct {d:.1f} hard {h:.1f} zacht {z:.1f}")
    for r in ("NB", "UT", "DR"):
        hd = SUPPLY_T[r][0]
        print(f"  {r} hard {hd.figure:.1f} ({hd.figure_year}) - uitgifte {hd.uitgifte:.1f} = {hd.value:.1f}{' (clamped)' if hd.clamped else ''}; zacht {SUPPLY_T[r][1]:.1f}")
    print(f"grid scale {GRID_SCALE:.4f}; beta {BETA}; stock-weighted mean {BETA_MEAN:.3f}")


if __name__ == "__main__":
    main()
