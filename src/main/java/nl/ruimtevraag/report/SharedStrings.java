package nl.ruimtevraag.report;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;

/**
 * The workbook's shared strings table, asked once per distinct text: POI's table renders every
 * added string to XML to look it up, which is what made writing text cells slow.
 */
final class SharedStrings {
    private final SharedStringsTable table;
    private final Map<String, Integer> indices = new HashMap<>();

    SharedStrings(SharedStringsTable table) {
        this.table = table;
    }

    int index(String text) {
        Integer i = indices.get(text);
        if (i == null) {
            i = table.addSharedStringItem(new XSSFRichTextString(text));
            indices.put(text, i);
        }
        return i;
    }
}
