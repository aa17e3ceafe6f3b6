package nl.ruimtevraag.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.xssf.model.SharedStringsTable;

/**
 * The texts of the {@link SheetWriter}s' string cells, as entries of the workbook's shared strings
 * table. POI's table keeps what the workbook already holds (the template's texts) and writes its
 * part; the new entries follow those and are added to the part's XML when the zip is rewritten
 * ({@link ReproducibleZip}). POI's own table renders every added string to XML to look it up,
 * which made writing text cells slow.
 */
final class SharedStrings {
    private static final Pattern COUNT = Pattern.compile("\\scount=\"(\\d+)\"");
    private static final Pattern UNIQUE_COUNT = Pattern.compile("\\suniqueCount=\"(\\d+)\"");

    private final Map<String, Integer> indices = new HashMap<>();
    private final List<String> added = new ArrayList<>();
    private final int existing;
    private int references;

    SharedStrings(SharedStringsTable table) {
        existing = table.getUniqueCount();
        for (int i = 0; i < existing; i++) {
            RichTextString s = table.getItemAt(i);
            if (s.numFormattingRuns() == 0) {
                indices.putIfAbsent(s.getString(), i);
            }
        }
    }

    /** The index of the text in the table, adding it when new. */
    int index(String text) {
        references++;
        Integer i = indices.get(text);
        if (i == null) {
            i = existing + added.size();
            added.add(text);
            indices.put(text, i);
        }
        return i;
    }

    /** The shared strings part as POI wrote it, with the added entries after POI's and the counts raised. */
    String complete(String xml, String name) {
        int start = xml.indexOf("<sst");
        int startEnd = start < 0 ? -1 : xml.indexOf('>', start);
        if (startEnd < 0 || !xml.substring(start, startEnd).contains("xmlns=\"" + Namespaces.MAIN + "\"")) {
            throw new IllegalStateException(name + ": expected an sst element in the main namespace");
        }
        boolean empty = xml.charAt(startEnd - 1) == '/';
        String tag = xml.substring(start, empty ? startEnd - 1 : startEnd);
        tag = raise(raise(tag, COUNT, references, name), UNIQUE_COUNT, added.size(), name);
        StringBuilder b = new StringBuilder(xml.length() + added.size() * 40);
        b.append(xml, 0, start).append(tag).append('>');
        int end;
        if (empty) {
            end = startEnd + 1;
        } else {
            end = xml.lastIndexOf("</sst>");
            if (end < startEnd) {
                throw new IllegalStateException(name + ": no end of the sst element");
            }
            b.append(xml, startEnd + 1, end);
            end += "</sst>".length();
        }
        for (String s : added) {
            boolean preserve = !s.isEmpty() && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1)));
            b.append(preserve ? "<si><t xml:space=\"preserve\">" : "<si><t>");
            escape(s, b);
            b.append("</t></si>");
        }
        b.append("</sst>").append(xml, end, xml.length());
        return b.toString();
    }

    private static String raise(String tag, Pattern attribute, int by, String name) {
        Matcher m = attribute.matcher(tag);
        if (!m.find()) {
            throw new IllegalStateException(name + ": no " + attribute.pattern() + " on the sst element");
        }
        long value = Long.parseLong(m.group(1)) + by;
        return tag.substring(0, m.start(1)) + value + tag.substring(m.end(1));
    }

    /** Text as element content: markup characters as entities, CR as a character reference (a bare CR would read back as LF). */
    static void escape(String s, StringBuilder b) {
        int i = 0;
        while (i < s.length() && "&<>\r".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        b.append(s, 0, i);
        for (; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '\r' -> b.append("&#13;");
                default -> b.append(ch);
            }
        }
    }

    /** The SpreadsheetML namespace. */
    static final class Namespaces {
        static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

        private Namespaces() {
        }
    }
}
