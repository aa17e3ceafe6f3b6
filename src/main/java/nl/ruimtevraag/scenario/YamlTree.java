package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads one YAML file into a tree of {@link Node}s that remember where each value was written.
 * Strict where Jackson is lenient: duplicate keys are errors (naming both places), numbers keep
 * their kind (1.5 is not an integer, '7' is a string), NaN and infinity are refused, and the
 * limits of {@link LoaderLimits} hold. Problems go to the collector; a fatal one (bad syntax, a
 * limit) ends the parse and {@link #parse} returns null.
 */
final class YamlTree {
    private static final YAMLFactory FACTORY = LoaderLimits.factory();
    private static final String STANDARD_TAG = "tag:yaml.org,2002:";

    private final String file;
    /** where every node and problem is placed, for a value that is not in a file; null for a file */
    private final Location fixed;
    private final Problems problems;
    private YAMLParser parser;
    private final Map<String, Node> anchors = new HashMap<>();
    /** per node: {values inside it including itself, nesting height} */
    private final Map<Node, int[]> sizes = new IdentityHashMap<>();
    private int aliases;
    private long totalNodes;

    /** Thrown to stop at a fatal problem, which has already been reported. */
    private static final class Abort extends Exception {
        private static final long serialVersionUID = 1L;

        Abort() {
            super(null, null, false, false);
        }
    }

    private YamlTree(String file, Location fixed, Problems problems) {
        this.file = file;
        this.fixed = fixed;
        this.problems = problems;
    }

    /**
     * Parses a scenario file. Returns the top-level map, or null when the file could not be read
     * as one YAML map (the reasons are in {@code problems}). Non-fatal problems (a duplicate key,
     * NaN) are reported and parsing goes on, so that null is returned only for fatal ones.
     */
    static Node.MapNode parse(byte[] bytes, String file, Problems problems) {
        if (bytes.length > LoaderLimits.MAX_FILE_BYTES) {
            reportTooLarge(file, bytes.length, problems);
            return null;
        }
        String text = decode(bytes, file, problems);
        if (text == null) {
            return null;
        }
        return new YamlTree(file, null, problems).parseText(text);
    }

    /**
     * Parses one value written in YAML as it would stand after {@code key: } in a file (a sweep's
     * {@code --vary} value), with every node and problem placed at {@code at}; null when it is not
     * one YAML value.
     */
    static Node value(String text, Location at, Problems problems) {
        Node.MapNode map = new YamlTree(at.file(), at, problems).parseText("v: " + text);
        return map == null ? null : map.get("v");
    }

    static void reportTooLarge(String file, long size, Problems problems) {
        problems.add(new Location(file, 1, 1), Text.of("het bestand is {0} bytes; een scenariobestand mag hoogstens {1} bytes (1 MiB) zijn",
                "the file is {0} bytes; a scenario file may be at most {1} bytes (1 MiB)", size, LoaderLimits.MAX_FILE_BYTES), TOO_LARGE_HINT);
    }

    private static final Text TOO_LARGE_HINT = Text.of("een scenario is een paar kilobyte YAML; is dit het goede bestand?", "a scenario is a few kilobytes of YAML; is this the right file?");
    private static final Text DEPTH_HINT = Text.of("een scenario heeft hoogstens vijf niveaus nodig; controleer de inspringing", "a scenario needs at most five levels; check the indentation");

    private static Text tooLong() {
        return Text.of("het bestand is langer dan {0} tekens (1 MiB)", "the file is longer than {0} characters (1 MiB)", LoaderLimits.MAX_FILE_BYTES);
    }

    /** Strict UTF-8: a byte that is not UTF-8 is reported at its line and column. */
    private static String decode(byte[] bytes, String file, Problems problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(in).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (MalformedInputException e) {
            int bad = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
            String hex = String.format("%02X", bytes[Math.min(bad, bytes.length - 1)] & 0xFF);
            problems.add(new Location(file, line, column), Text.of("het bestand is geen UTF-8-tekst (byte 0x{0})",
                    "the file is not UTF-8 text (byte 0x{0})", hex), Text.of("sla het bestand op als UTF-8 (de meeste editors bieden dat"
                    + " onder 'Opslaan met codering')", "save the file as UTF-8 (most editors offer it under 'Save with encoding')"));
            return null;
        } catch (CharacterCodingException e) {
            problems.add(new Location(file, 1, 1), Text.of("het bestand is geen UTF-8-tekst", "the file is not UTF-8 text"),
                    Text.of("sla het bestand op als UTF-8", "save the file as UTF-8"));
            return null;
        }
    }

    private Node.MapNode parseText(String text) {
        try (YAMLParser p = FACTORY.createParser(text)) {
            parser = p;
            JsonToken first = p.nextToken();
            if (first == null) {
                problems.add(here(null), Text.of("het bestand is leeg", "the file is empty"), Text.of("een scenario heeft minstens"
                        + " `name: ...` nodig; begin met templates/scenario.yaml of `ruimtevraag init NAAM`",
                        "a scenario needs at least `name: ...`; start from templates/scenario.yaml or run `ruimtevraag init NAME`"));
                return null;
            }
            Node root = value(1);
            JsonToken next = p.nextToken();
            if (next != null) {
                problems.add(here(p.currentTokenLocation()), Text.of("een scenariobestand bevat één YAML-document; hier begint een tweede",
                        "a scenario file holds one YAML document; a second one starts here"), Text.of("verwijder de regel `---` en wat volgt,"
                        + " of zet dat in een eigen bestand", "remove the `---` line and what follows, or move it to its own file"));
                return null;
            }
            if (root instanceof Node.MapNode map) {
                return map;
            }
            problems.add(root.location(), Text.of("een scenario is een map van sleutels (name: ..., horizon: ...); het hoogste niveau van dit"
                    + " bestand is {0}", "a scenario is a map of keys (name: ..., horizon: ...); the top level of this file is {0}", root.describe()),
                    Text.of("begin elke sleutel van het hoogste niveau in kolom 1, zoals in templates/scenario.yaml",
                            "start each top-level key at column 1, as in templates/scenario.yaml"));
            return null;
        } catch (Abort e) {
            return null;
        } catch (IOException e) {
            reportParseFailure(e);
            return null;
        }
    }

    private Location here(JsonLocation l) {
        if (fixed != null) {
            return fixed;
        }
        if (l == null || l.getLineNr() < 1) {
            return new Location(file, 1, 1);
        }
        return new Location(file, l.getLineNr(), Math.max(1, l.getColumnNr()));
    }

    private Node value(int depth) throws IOException, Abort {
        JsonToken t = parser.currentToken();
        Location at = here(parser.currentTokenLocation());
        String anchor = t.isStructStart() || t.isScalarValue() ? parser.getObjectId() : null;
        boolean badTag = !checkTag(at);
        Node node;
        switch (t) {
            case START_OBJECT -> node = map(at, depth);
            case START_ARRAY -> node = list(at, depth);
            case VALUE_STRING -> {
                if (parser.isCurrentAlias()) {
                    return alias(at, parser.getText(), depth);
                }
                node = string(at);
            }
            case VALUE_NUMBER_INT -> node = integer(at);
            case VALUE_NUMBER_FLOAT -> node = floating(at);
            case VALUE_TRUE, VALUE_FALSE -> node = new Node.Scalar(at, Node.Kind.BOOLEAN, parser.getText(), t == JsonToken.VALUE_TRUE);
            case VALUE_NULL -> node = new Node.Scalar(at, Node.Kind.NULL, parser.getText(), null);
            default -> {
                problems.add(at, Text.of("YAML-waarde niet ondersteund ({0})", "unsupported YAML value ({0})", t),
                        Text.of("schrijf een getal, een tekst, een lijst of een map", "write a number, a string, a list or a map"));
                node = new Node.Scalar(at, Node.Kind.INVALID, parser.getText(), null);
            }
        }
        if (badTag && node instanceof Node.Scalar s) {
            node = new Node.Scalar(at, Node.Kind.INVALID, s.text(), null);
        }
        if (!sizes.containsKey(node)) {
            counted(node, 1, 0);
        }
        if (anchor != null) {
            anchors.put(anchor, node);
        }
        return node;
    }

    /** False (and reported) for a tag other than YAML's standard ones (!!str, !!int, ...). */
    private boolean checkTag(Location at) throws IOException {
        String tag = parser.getTypeId();
        if (tag != null && !tag.startsWith(STANDARD_TAG)) {
            problems.add(at, Text.of("YAML-tag `!{0}` wordt niet ondersteund", "YAML tag `!{0}` is not supported", tag),
                    Text.of("haal de tag weg; schrijf gewone waarden", "remove the tag; write plain values"));
            return false;
        }
        return true;
    }

    private Node map(Location at, int depth) throws IOException, Abort {
        List<Node.Entry> entries = new ArrayList<>();
        Map<String, Node.Entry> seen = new HashMap<>();
        int weight = 1;
        int height = 0;
        JsonToken t;
        while ((t = parser.nextToken()) != JsonToken.END_OBJECT) {
            if (t != JsonToken.FIELD_NAME) {
                throw new JsonParseException(parser, "expected a key, got " + t);
            }
            String key = parser.currentName();
            Location keyAt = here(parser.currentTokenLocation());
            if (key.length() > LoaderLimits.MAX_STRING_CHARS) {
                fatal(keyAt, Text.of("een sleutel langer dan {0} tekens", "a key longer than {0} characters", LoaderLimits.MAX_STRING_CHARS), Text.NONE);
            }
            parser.nextToken();
            Node value = value(depth + 1);
            int[] size = sizes.get(value);
            weight += size[0];
            height = Math.max(height, size[1]);
            Node.Entry first = seen.get(key);
            if (first != null) {
                problems.add(keyAt, Text.of("dubbele sleutel `{0}`", "duplicate key `{0}`", key), Text.of("`{0}` staat al op {1}; een sleutel"
                        + " mag maar één keer in een map staan (de eerste telt)", "`{0}` is already set at {1}; a key may appear only once in a map"
                        + " (the first one counts)", key, first.keyLocation()));
                continue;
            }
            Node.Entry entry = new Node.Entry(key, keyAt, value);
            seen.put(key, entry);
            entries.add(entry);
        }
        return counted(new Node.MapNode(at, entries), weight, height + 1);
    }

    private Node list(Location at, int depth) throws IOException, Abort {
        List<Node> items = new ArrayList<>();
        int weight = 1;
        int height = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            Node item = value(depth + 1);
            int[] size = sizes.get(item);
            weight += size[0];
            height = Math.max(height, size[1]);
            items.add(item);
        }
        return counted(new Node.ListNode(at, items), weight, height + 1);
    }

    private Node string(Location at) throws IOException, Abort {
        String text = parser.getText();
        if (text.length() > LoaderLimits.MAX_STRING_CHARS) {
            fatal(at, Text.of("een tekst van {0} tekens; de grens is {1}", "a string of {0} characters; the limit is {1}", text.length(),
                    LoaderLimits.MAX_STRING_CHARS), Text.of("kort de tekst in (een `description` of `source` heeft hoogstens een paar regels nodig)",
                    "shorten the text (a `description` or `source` needs a few lines at most)"));
        }
        return counted(new Node.Scalar(at, Node.Kind.STRING, text, text), 1, 0);
    }

    private Node integer(Location at) throws IOException, Abort {
        String text = parser.getText();
        String unsigned = text.startsWith("-") || text.startsWith("+") ? text.substring(1) : text;
        if (unsigned.length() > 1 && unsigned.startsWith("0") || unsigned.contains("_") || unsigned.contains(":")) {
            // YAML 1.1 (this parser) reads 010 as 8, 0x10 as 16, 0b11 as 3, 1_000 as 1000 and 1:30 as 90;
            // YAML 1.2 (editors, the JSON Schema) reads 010 as 10 and the others as text: refuse both readings
            problems.add(at, Text.of("`{0}` is geen gewoon decimaal getal: YAML leest een voorloop-0, 0x, 0b, _ of : per versie anders",
                    "`{0}` is not a plain decimal number: YAML reads a leading 0, 0x, 0b, _ or : differently by version", Node.Scalar.shorten(text)),
                    Text.of("schrijf het getal in gewone decimale cijfers, bijv. 10 of 1000", "write the number in plain decimal digits, e.g. 10 or 1000"));
            return counted(new Node.Scalar(at, Node.Kind.INVALID, text, null), 1, 0);
        }
        Object value;
        try {
            JsonParser.NumberType type = parser.getNumberType();
            value = type == JsonParser.NumberType.BIG_INTEGER ? parser.getBigIntegerValue() : (Object) parser.getLongValue();
            if (value instanceof BigInteger big && big.bitLength() < 64) {
                value = big.longValue();
            }
        } catch (StreamConstraintsException e) {
            throw constraint(e, at);
        } catch (JsonParseException e) {
            problems.add(at, Text.of("`{0}` is geen geldig getal", "`{0}` is not a valid number", Node.Scalar.shorten(text)));
            return counted(new Node.Scalar(at, Node.Kind.INVALID, text, null), 1, 0);
        }
        return counted(new Node.Scalar(at, Node.Kind.INTEGER, text, value), 1, 0);
    }

    private Node floating(Location at) throws IOException, Abort {
        String text = parser.getText();
        if (text.contains("_") || text.contains(":")) { // YAML 1.1 only: 1_000.5, 1:30.5 (see integer)
            problems.add(at, Text.of("`{0}` is geen gewoon decimaal getal: YAML leest _ of : per versie anders",
                    "`{0}` is not a plain decimal number: YAML reads _ or : differently by version", Node.Scalar.shorten(text)),
                    Text.of("schrijf het getal in gewone decimale cijfers, bijv. 1000.5", "write the number in plain decimal digits, e.g. 1000.5"));
            return counted(new Node.Scalar(at, Node.Kind.INVALID, text, null), 1, 0);
        }
        double value;
        try {
            value = parser.getDoubleValue();
        } catch (StreamConstraintsException e) {
            throw constraint(e, at);
        } catch (JsonParseException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            problems.add(at, Text.of("`{0}` is geen eindig getal: NaN en oneindig zijn niet toegestaan",
                    "`{0}` is not a finite number: NaN and infinity are not allowed", Node.Scalar.shorten(text)),
                    Text.of("schrijf een gewoon getal, bijv. 0.12 of 12%", "write an ordinary number, e.g. 0.12 or 12%"));
            return counted(new Node.Scalar(at, Node.Kind.INVALID, text, null), 1, 0);
        }
        return counted(new Node.Scalar(at, Node.Kind.FLOAT, text, value), 1, 0);
    }

    private Node alias(Location at, String name, int depth) throws Abort {
        aliases++;
        if (aliases > LoaderLimits.MAX_ALIASES) {
            fatal(at, Text.of("meer dan {0} YAML-aliassen (*naam) in één bestand", "more than {0} YAML aliases (*name) in one file",
                    LoaderLimits.MAX_ALIASES), Text.of("schrijf de waarden uit, of gebruik `extends` om instellingen tussen scenario's te delen",
                    "write the values out, or use `extends` to share settings between scenarios"));
        }
        Node target = anchors.get(name);
        if (target == null) {
            fatal(at, Text.of("YAML-alias `*{0}` verwijst naar geen anker `&{0}` erboven", "YAML alias `*{0}` refers to no anchor `&{0}` above it",
                    name), Text.NONE);
        }
        int[] size = sizes.get(target);
        if (depth - 1 + size[1] > LoaderLimits.MAX_DEPTH) {
            fatal(at, Text.of("maps en lijsten zijn meer dan {0} niveaus diep genest (via alias `*{1}`)",
                    "maps and lists are nested more than {0} levels deep (through alias `*{1}`)", LoaderLimits.MAX_DEPTH, name), DEPTH_HINT);
        }
        totalNodes += size[0];
        checkTotal(at);
        return target;
    }

    private Node counted(Node node, int weight, int height) throws Abort {
        sizes.put(node, new int[] {weight, height});
        totalNodes += 1;
        checkTotal(node.location());
        return node;
    }

    private void checkTotal(Location at) throws Abort {
        if (totalNodes > LoaderLimits.MAX_NODES) {
            fatal(at, Text.of("het bestand bevat meer dan {0} waarden als de aliassen zijn uitgeschreven",
                    "the file holds more than {0} values once its aliases are expanded", LoaderLimits.MAX_NODES),
                    Text.of("een scenario heeft een paar honderd waarden nodig; verwijder de geneste aliassen",
                            "a scenario needs a few hundred values; remove the nested aliases"));
        }
    }

    private void fatal(Location at, Text message, Text hint) throws Abort {
        problems.add(at, message, hint);
        throw new Abort();
    }

    private Abort constraint(StreamConstraintsException e, Location at) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            problems.add(at, Text.of("maps en lijsten zijn meer dan {0} niveaus diep genest", "maps and lists are nested more than {0} levels deep",
                    LoaderLimits.MAX_DEPTH), DEPTH_HINT);
        } else if (m.contains("Number value length")) {
            problems.add(at, Text.of("een getal van meer dan {0} tekens", "a number of more than {0} characters", LoaderLimits.MAX_NUMBER_CHARS),
                    Text.of("geen waarde in een scenario heeft zoveel cijfers nodig", "no value in a scenario needs that many digits"));
        } else if (m.contains("String value length") || m.contains("Name length")) {
            problems.add(at, Text.of("een tekst of sleutel van meer dan {0} tekens", "a string or key of more than {0} characters",
                    LoaderLimits.MAX_STRING_CHARS), Text.of("kort de tekst in", "shorten the text"));
        } else if (m.contains("Document length")) {
            problems.add(at, tooLong(), TOO_LARGE_HINT);
        } else {
            problems.add(at, Text.of("het bestand overschrijdt een grens van de YAML-lezer: {0}", "the file exceeds a parser limit: {0}", m));
        }
        return new Abort();
    }

    /** Turns a parser exception into a problem at the place the parser stopped. */
    private void reportParseFailure(IOException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
                reportSyntax(marked);
                return;
            }
            if (c instanceof StreamConstraintsException sce) {
                JsonLocation l = sce.getLocation();
                constraint(sce, l != null ? here(l) : here(parser == null ? null : parser.currentLocation()));
                return;
            }
        }
        String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.getMessage();
        Location at = here(e instanceof JsonProcessingException jpe ? jpe.getLocation() : null);
        if (message != null && message.contains("exceeds the limit") && message.contains("code points")) {
            problems.add(at, tooLong(), TOO_LARGE_HINT);
            return;
        }
        problems.add(at, Text.of("ongeldige YAML: {0}", "invalid YAML: {1}", YamlMessages.dutch(firstLine(message)), firstLine(message)));
    }

    private void reportSyntax(MarkedYAMLException e) {
        Location at = fixed != null ? fixed : new Location(file, e.getProblemMark().getLine() + 1, e.getProblemMark().getColumn() + 1);
        String problem = firstLine(e.getProblem());
        Text hint = Text.NONE;
        if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
            hint = Text.of("YAML staat geen tabs toe om in te springen; spring in met spaties", "YAML does not allow tabs for indentation; indent with spaces");
        } else if (problem.contains("mapping values are not allowed")) {
            hint = Text.of("een waarde met `: ` erin moet tussen aanhalingstekens, of de inspringing van deze regel klopt niet",
                    "a value that contains `: ` must be quoted, or the indentation of this line is off");
        } else if (e.getContext() != null && e.getContextMark() != null) {
            String context = firstLine(e.getContext()).replaceFirst("^while (parsing|scanning) (an? )?", "");
            hint = Text.of("in de {0} die begint op regel {1}, kolom {2}; controleer haakjes, aanhalingstekens en inspringing",
                    "in the {3} that starts at line {1}, column {2}; check its brackets, quotes and indentation", YamlMessages.dutch(context),
                    e.getContextMark().getLine() + 1, e.getContextMark().getColumn() + 1, context);
        }
        problems.add(at, Text.of("ongeldige YAML: {0}", "invalid YAML: {1}", YamlMessages.dutch(problem), problem), hint);
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl).strip();
    }
}
