package nl.ruimtevraag.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.ss.formula.ptg.Area3DPxg;
import org.apache.poi.ss.formula.ptg.AreaErrPtg;
import org.apache.poi.ss.formula.ptg.ErrPtg;
import org.apache.poi.ss.formula.ptg.Ptg;
import org.apache.poi.ss.formula.ptg.Ref3DPxg;
import org.apache.poi.ss.formula.ptg.RefErrorPtg;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks an xlsx the way Excel would before it offers to repair it. (1) Every XML part is validated
 * against the ECMA-376 schemas: poi-ooxml-full (test scope) holds them compiled as an XMLBeans type
 * system, so a part parses to its document type and {@code validate} lists what the schema forbids.
 * (2) What Excel enforces beyond the schema: a content type for every part, the one its
 * relationship type needs, every internal relationship target exists, defined names and cell formulas parse and name existing sheets, style
 * indices are in range, rows and cells come in ascending order, merged ranges do not overlap, and a
 * chart's axes refer to axes that exist. {@link #problems} lists every finding as "part: message";
 * {@code main(FILE...)} prints them (a tool for a workbook from anywhere).
 */
final class OoxmlCheck {
    static final String S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String CT = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String PR = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /**
     * XML parts whose root element poi-ooxml-full has no schema for, with the reason. The OPC package
     * parts (Part 2 of ECMA-376) for content types and core properties are not in POI's compiled
     * schemas (its relationships schema is): POI reads and writes them with its own code
     * (org.apache.poi.openxml4j); the content types are checked by {@code contentTypes} below.
     */
    static final Map<String, String> NO_SCHEMA = Map.of(
            "[Content_Types].xml", "OPC content types (ECMA-376 Part 2): checked by contentTypes",
            "docProps/core.xml", "OPC core properties (ECMA-376 Part 2), written by POI's PackagePropertiesMarshaller");

    /** POI's compiled ECMA-376 schemas (poi-ooxml-full), with XML Schema's own types. */
    private static final SchemaTypeLoader SCHEMAS = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem,
            XmlBeans.getBuiltinTypeSystem());

    /** The content type a part must have when a relationship of this type (its last path segment) reaches it. */
    private static final Map<String, String> CONTENT_TYPE_OF_RELATIONSHIP = Map.of(
            "officeDocument", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "worksheet", "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
            "styles", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
            "sharedStrings", "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
            "drawing", "application/vnd.openxmlformats-officedocument.drawing+xml",
            "chart", "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
            "core-properties", "application/vnd.openxmlformats-package.core-properties+xml",
            "extended-properties", "application/vnd.openxmlformats-officedocument.extended-properties+xml",
            "custom-properties", "application/vnd.openxmlformats-officedocument.custom-properties+xml",
            "theme", "application/vnd.openxmlformats-officedocument.theme+xml");

    private final Map<String, byte[]> parts;
    private final Map<String, String> contentTypes = new LinkedHashMap<>();
    private final List<String> out = new ArrayList<>();

    private OoxmlCheck(Map<String, byte[]> parts) {
        this.parts = parts;
    }

    public static void main(String[] args) throws IOException {
        int status = 0;
        for (String file : args) {
            List<String> p = problems(Files.readAllBytes(Path.of(file)));
            System.out.println(p.size() + " problems in " + file);
            p.forEach(s -> System.out.println("  " + s));
            status |= p.isEmpty() ? 0 : 1;
        }
        System.exit(status);
    }

    /** Every schema error and every violation of the checks beyond the schema, "part: message". */
    static List<String> problems(byte[] xlsx) throws IOException {
        OoxmlCheck check = new OoxmlCheck(unzip(xlsx));
        check.schemas();
        check.contentTypes();
        check.relationships();
        check.styleIndicesAndOrder();
        check.chartAxes();
        check.namesAndFormulas(xlsx);
        return check.out;
    }

    /** Only the schema errors. */
    static List<String> schemaErrors(byte[] xlsx) throws IOException {
        OoxmlCheck check = new OoxmlCheck(unzip(xlsx));
        check.schemas();
        return check.out;
    }

    static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (!e.isDirectory()) {
                    parts.put(e.getName(), zip.readAllBytes());
                }
            }
        }
        return parts;
    }

    static boolean isXml(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    private void schemas() {
        for (var part : parts.entrySet()) {
            String name = part.getKey();
            if (!isXml(name)) {
                continue;
            }
            List<XmlError> errors = new ArrayList<>();
            XmlOptions options = new XmlOptions().setLoadLineNumbers().setErrorListener(errors);
            XmlObject doc;
            try {
                doc = SCHEMAS.parse(new ByteArrayInputStream(part.getValue()), null, options);
            } catch (Exception e) {
                out.add(name + ": does not parse: " + e.getMessage());
                continue;
            }
            SchemaType type = doc.schemaType();
            boolean known = type.isDocumentType();
            if (NO_SCHEMA.containsKey(name)) {
                if (known) {
                    out.add(name + ": listed as having no schema, but validates as " + type);
                }
                continue;
            }
            if (!known) {
                out.add(name + ": no schema for its root element " + doc.getDomNode().getFirstChild().getNodeName());
                continue;
            }
            if (!doc.validate(options)) {
                for (XmlError e : errors) {
                    out.add(name + ":" + e.getLine() + ": " + e.getMessage());
                }
            }
        }
    }

    private Document dom(String name) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get(name)));
        } catch (Exception e) {
            throw new IllegalStateException(name + ": " + e.getMessage(), e);
        }
    }

    private static List<Element> elements(Node parent, String ns, String local) {
        NodeList list = parent instanceof Document d ? d.getElementsByTagNameNS(ns, local)
                : ((Element) parent).getElementsByTagNameNS(ns, local);
        List<Element> result = new ArrayList<>(list.getLength());
        for (int i = 0; i < list.getLength(); i++) {
            result.add((Element) list.item(i));
        }
        return result;
    }

    private static List<Element> children(Element parent) {
        List<Element> result = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                result.add(e);
            }
        }
        return result;
    }

    /** Every part has a content type (an Override for its name or a Default for its extension); no Override names a missing part. */
    private void contentTypes() {
        String ct = "[Content_Types].xml";
        if (!parts.containsKey(ct)) {
            out.add(ct + ": missing");
            return;
        }
        Document doc = dom(ct);
        Map<String, String> defaults = new HashMap<>();
        for (Element d : elements(doc, CT, "Default")) {
            defaults.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType"));
        }
        Map<String, String> overrides = new HashMap<>();
        for (Element o : elements(doc, CT, "Override")) {
            String part = o.getAttribute("PartName");
            overrides.put(part.toLowerCase(Locale.ROOT), o.getAttribute("ContentType"));
            if (!parts.containsKey(part.substring(1))) {
                out.add(ct + ": Override for a missing part " + part);
            }
        }
        for (String name : parts.keySet()) {
            String extension = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
            String type = overrides.getOrDefault("/" + name.toLowerCase(Locale.ROOT), defaults.get(extension));
            if (type != null) {
                contentTypes.put(name, type);
            } else if (!name.equals(ct)) {
                out.add(ct + ": no content type for " + name);
            }
        }
    }

    /**
     * Every internal relationship's target exists and has the content type its relationship type
     * needs (a styles part typed plain application/xml is a part Excel cannot read); ids are unique
     * within a relationships part.
     */
    private void relationships() {
        for (String name : parts.keySet()) {
            if (!name.endsWith(".rels")) {
                continue;
            }
            // xl/_rels/workbook.xml.rels is about xl/workbook.xml: targets are relative to xl/
            String folder = name.substring(0, name.lastIndexOf("_rels/"));
            String source = folder + name.substring(name.lastIndexOf('/') + 1, name.length() - ".rels".length());
            if (!source.isEmpty() && !parts.containsKey(source)) {
                out.add(name + ": relationships of a missing part " + source);
            }
            Set<String> ids = new HashSet<>();
            for (Element rel : elements(dom(name), PR, "Relationship")) {
                if (!ids.add(rel.getAttribute("Id"))) {
                    out.add(name + ": relationship id " + rel.getAttribute("Id") + " twice");
                }
                if ("External".equals(rel.getAttribute("TargetMode"))) {
                    continue;
                }
                String target = rel.getAttribute("Target");
                String resolved = target.startsWith("/") ? target.substring(1)
                        : URI.create("/" + folder).resolve(target).normalize().getPath().substring(1);
                if (!parts.containsKey(resolved)) {
                    out.add(name + ": relationship " + rel.getAttribute("Id") + " targets a missing part " + target);
                    continue;
                }
                String kind = rel.getAttribute("Type").substring(rel.getAttribute("Type").lastIndexOf('/') + 1);
                String wanted = kind.equals("image") ? "image/" : CONTENT_TYPE_OF_RELATIONSHIP.get(kind);
                String type = contentTypes.get(resolved);
                if (wanted != null && type != null && !type.startsWith(wanted)) {
                    out.add("[Content_Types].xml: " + resolved + " is " + type + ", but a " + kind + " relationship ("
                            + name + ") needs " + wanted);
                }
            }
        }
    }

    private static int count(Element styles, String list, String item) {
        List<Element> l = elements(styles, S, list);
        return l.isEmpty() ? 0 : elements(l.get(0), S, item).size();
    }

    /**
     * Style indices in range (cellXfs to fonts, fills, borders, number formats and cellStyleXfs;
     * cells, rows and columns to cellXfs); rows and the cells in a row in strictly ascending order,
     * each cell in its row; merged ranges that do not overlap.
     */
    private void styleIndicesAndOrder() {
        String stylesPart = "xl/styles.xml";
        if (!parts.containsKey(stylesPart)) {
            out.add(stylesPart + ": missing");
            return;
        }
        Element styles = dom(stylesPart).getDocumentElement();
        int fonts = count(styles, "fonts", "font");
        int fills = count(styles, "fills", "fill");
        int borders = count(styles, "borders", "border");
        int styleXfs = count(styles, "cellStyleXfs", "xf");
        Set<Integer> formats = new HashSet<>();
        for (Element f : elements(styles, S, "numFmt")) {
            formats.add(Integer.parseInt(f.getAttribute("numFmtId")));
        }
        List<Element> cellXfs = elements(styles, S, "cellXfs");
        List<Element> xfs = cellXfs.isEmpty() ? List.of() : elements(cellXfs.get(0), S, "xf");
        for (int i = 0; i < xfs.size(); i++) {
            Element xf = xfs.get(i);
            String where = stylesPart + ": cellXfs " + i;
            inRange(where + " fontId", xf.getAttribute("fontId"), fonts);
            inRange(where + " fillId", xf.getAttribute("fillId"), fills);
            inRange(where + " borderId", xf.getAttribute("borderId"), borders);
            inRange(where + " xfId", xf.getAttribute("xfId"), styleXfs);
            String format = xf.getAttribute("numFmtId");
            if (!format.isEmpty() && Integer.parseInt(format) >= 164 && !formats.contains(Integer.parseInt(format))) {
                out.add(where + " numFmtId " + format + " is neither built in nor defined");
            }
        }
        for (String name : parts.keySet()) {
            if (name.startsWith("xl/worksheets/") && name.endsWith(".xml")) {
                sheet(name, dom(name), xfs.size());
            }
        }
    }

    private void inRange(String what, String value, int size) {
        if (!value.isEmpty() && Integer.parseInt(value) >= size) {
            out.add(what + " = " + value + " but there are only " + size);
        }
    }

    private void sheet(String name, Document doc, int xfs) {
        for (Element col : elements(doc, S, "col")) {
            inRange(name + ": col " + col.getAttribute("min") + " style", col.getAttribute("style"), xfs);
        }
        int lastRow = 0;
        for (Element row : elements(doc, S, "row")) {
            String r = row.getAttribute("r");
            int rowNumber = r.isEmpty() ? lastRow + 1 : Integer.parseInt(r);
            if (rowNumber <= lastRow) {
                out.add(name + ": row " + rowNumber + " after row " + lastRow);
            }
            lastRow = rowNumber;
            inRange(name + ": row " + rowNumber + " style", row.getAttribute("s"), xfs);
            int lastCol = -1;
            for (Element c : children(row)) {
                if (!c.getLocalName().equals("c")) {
                    continue;
                }
                String ref = c.getAttribute("r");
                CellReference cell = ref.isEmpty() ? new CellReference(rowNumber - 1, lastCol + 1) : new CellReference(ref);
                if (cell.getRow() != rowNumber - 1) {
                    out.add(name + ": cell " + ref + " in row " + rowNumber);
                }
                if (cell.getCol() <= lastCol) {
                    out.add(name + ": cell " + ref + " after column " + CellReference.convertNumToColString(lastCol));
                }
                lastCol = cell.getCol();
                inRange(name + ": cell " + ref + " style", c.getAttribute("s"), xfs);
            }
        }
        List<CellRangeAddress> merged = new ArrayList<>();
        for (Element m : elements(doc, S, "mergeCell")) {
            CellRangeAddress range = CellRangeAddress.valueOf(m.getAttribute("ref"));
            for (CellRangeAddress other : merged) {
                if (range.intersects(other)) {
                    out.add(name + ": merged " + range.formatAsString() + " overlaps " + other.formatAsString());
                }
            }
            merged.add(range);
        }
    }

    /** In every chart, axis ids are unique, every crossAx names another axis, every chart group's axId an axis. */
    private void chartAxes() {
        for (String name : parts.keySet()) {
            if (!name.startsWith("xl/charts/chart") || !name.endsWith(".xml")) {
                continue;
            }
            for (Element plot : elements(dom(name), C, "plotArea")) {
                Map<String, String> crossings = new LinkedHashMap<>();
                List<String> used = new ArrayList<>();
                for (Element child : children(plot)) {
                    String local = child.getLocalName();
                    List<Element> ids = children(child).stream().filter(e -> e.getLocalName().equals("axId")).toList();
                    if (local.endsWith("Ax")) {
                        String id = ids.isEmpty() ? "" : ids.get(0).getAttribute("val");
                        List<Element> cross = children(child).stream().filter(e -> e.getLocalName().equals("crossAx")).toList();
                        if (crossings.put(id, cross.isEmpty() ? "" : cross.get(0).getAttribute("val")) != null) {
                            out.add(name + ": axis id " + id + " twice");
                        }
                    } else {
                        ids.forEach(e -> used.add(e.getAttribute("val")));
                    }
                }
                crossings.forEach((id, cross) -> {
                    if (!crossings.containsKey(cross) || cross.equals(id)) {
                        out.add(name + ": axis " + id + " crosses axis " + cross + ", which is not another axis of the chart");
                    }
                });
                for (String id : used) {
                    if (!crossings.containsKey(id)) {
                        out.add(name + ": a chart group refers to axis " + id + ", which the chart does not have");
                    }
                }
            }
        }
    }

    /** Defined names and cell formulas parse, and every sheet they name exists; none refers to #REF!. */
    private void namesAndFormulas(byte[] xlsx) throws IOException {
        XSSFWorkbook opened;
        try {
            opened = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException | RuntimeException e) {
            out.add("the workbook does not open in POI: " + e);
            return;
        }
        try (XSSFWorkbook wb = opened) {
            XSSFEvaluationWorkbook book = XSSFEvaluationWorkbook.create(wb);
            Document workbook = dom("xl/workbook.xml");
            int sheets = elements(workbook, S, "sheet").size();
            for (Element n : elements(workbook, S, "definedName")) {
                String local = n.getAttribute("localSheetId");
                int sheet = local.isEmpty() ? -1 : Integer.parseInt(local);
                if (sheet >= sheets) {
                    out.add("xl/workbook.xml: name " + n.getAttribute("name") + " local to sheet " + local + " of " + sheets);
                    continue;
                }
                formula("xl/workbook.xml: name " + n.getAttribute("name"), n.getTextContent(), FormulaType.NAMEDRANGE,
                        sheet, book, wb);
            }
            for (var part : parts.entrySet()) {
                if (!part.getKey().startsWith("xl/worksheets/") || !part.getKey().endsWith(".xml")) {
                    continue;
                }
                int sheet = sheetIndex(wb, part.getKey());
                for (Element f : elements(dom(part.getKey()), S, "f")) {
                    if (!f.getTextContent().isEmpty()) {
                        String ref = ((Element) f.getParentNode()).getAttribute("r");
                        formula(part.getKey() + ": " + ref, f.getTextContent(), FormulaType.CELL, sheet, book, wb);
                    }
                }
            }
        }
    }

    private static int sheetIndex(XSSFWorkbook wb, String part) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            if (wb.getSheetAt(i).getPackagePart().getPartName().getName().equals("/" + part)) {
                return i;
            }
        }
        throw new IllegalStateException(part + " is not a sheet of the workbook");
    }

    private void formula(String where, String text, FormulaType type, int sheet, XSSFEvaluationWorkbook book,
                         XSSFWorkbook wb) {
        Ptg[] ptgs;
        try {
            ptgs = FormulaParser.parse(text, book, type, Math.max(sheet, 0));
        } catch (RuntimeException e) {
            out.add(where + ": " + text + " does not parse: " + e.getMessage());
            return;
        }
        for (Ptg p : ptgs) {
            String named = p instanceof Ref3DPxg r ? r.getSheetName() : p instanceof Area3DPxg a ? a.getSheetName() : null;
            if (named != null && wb.getSheetIndex(named) < 0) {
                out.add(where + ": " + text + " names a missing sheet " + named);
            }
            if (p instanceof RefErrorPtg || p instanceof AreaErrPtg || p == ErrPtg.REF_INVALID) {
                out.add(where + ": " + text + " refers to #REF!");
            }
        }
    }
}
