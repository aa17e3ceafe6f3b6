package nl.ruimtevraag.scenario;

import nl.ruimtevraag.model.Text;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import nl.ruimtevraag.model.Werkmilieu;

/** Tables whose rows are shares over werkmilieus that sum to 1: economy.mix and circular.mapping. */
final class ShareRows {
    static final double TOLERANCE = 1e-6;

    private ShareRows() {
    }

    /**
     * Reads a map of rows; every row key of {@code rowKeys} must be present. Returns null after a
     * reported problem.
     */
    static <K extends Enum<K>> Map<K, Map<Werkmilieu, Double>> table(ReadContext ctx, Fields f, String key, List<String> rowKeys,
                                                                       Function<String, K> rowOf) {
        f.require(key, ctx.problems);
        Node node = f.get(key);
        if (!(node instanceof Node.MapNode map)) {
            return null;
        }
        Map<K, Map<Werkmilieu, Double>> table = new LinkedHashMap<>();
        boolean ok = true;
        for (String rowKey : rowKeys) {
            Node rowNode = map.get(rowKey);
            if (rowNode == null) {
                ctx.problems.add(map.location(), Text.of("`{0}` mist de rij `{1}`", "`{0}` lacks the row `{1}`", f.label(key), rowKey),
                        Text.of("geef elke rij: {0}", "give every row: {0}", String.join(", ", rowKeys)));
                ok = false;
                continue;
            }
            Map<Werkmilieu, Double> row = row(ctx, rowNode, f.label(key) + "." + rowKey);
            if (row == null) {
                ok = false;
            } else {
                table.put(rowOf.apply(rowKey), row);
            }
        }
        return ok ? table : null;
    }

    /** One row: werkmilieu shares (missing werkmilieus are 0) summing to 1. */
    static Map<Werkmilieu, Double> row(ReadContext ctx, Node node, String label) {
        if (!(node instanceof Node.MapNode map)) {
            if (node != null) {
                ctx.problems.add(node.location(), Text.of("`{0}` moet een map van aandelen per werkmilieu zijn, gevonden: {1}",
                        "`{0}` must be a map of werkmilieu shares, got {1}", label, node.describe()),
                        Text.of("schrijf bijv. {zwaar: 0.3, gemengd: 0.7}", "write e.g. {zwaar: 0.3, gemengd: 0.7}"));
            }
            return null;
        }
        Map<Werkmilieu, Double> row = new EnumMap<>(Werkmilieu.class);
        boolean ok = true;
        double sum = 0;
        for (Werkmilieu w : Werkmilieu.values()) {
            Node cell = map.get(w.code());
            double v = 0;
            if (cell != null) {
                Double read = ctx.values.number(cell, label + "." + w.code(), ScenarioFormat.SHARE);
                if (read == null) {
                    ok = false;
                    continue;
                }
                v = read;
            }
            row.put(w, v);
            sum += v;
        }
        for (Node.Entry e : map.entries()) {
            if (Werkmilieu.fromCode(e.key()).isEmpty()) {
                ok = false; // reported by the structure check
            }
        }
        if (ok && Math.abs(sum - 1) > TOLERANCE) {
            ctx.problems.add(map.location(), Text.of("`{0}` telt op tot {1}, niet tot 1", "`{0}` sums to {1}, not 1", label, Node.fmt(round(sum))),
                    Text.of("de aandelen van een rij tellen op tot 1 (100%); een weggelaten werkmilieu telt als 0",
                            "the shares of a row add up to 1 (100%); a werkmilieu left out counts as 0"));
            return null;
        }
        return ok ? row : null;
    }

    static double round(double v) {
        return Math.round(v * 1e9) / 1e9;
    }
}
