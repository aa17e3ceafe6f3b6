package nl.ruimtevraag.model;

import java.util.List;
import java.util.Map;

/**
 * Which regions a scenario projects.
 *
 * @param codes the selected region codes in the data set's order; empty means all regions
 * @param groups named groups of codes (e.g. randstad: NH, ZH, UT), usable in per-region keys
 */
public record RegionSelection(List<String> codes, Map<String, List<String>> groups) {
    public RegionSelection {
        codes = List.copyOf(codes);
        groups = Maps.ordered(groups);
    }

    public static RegionSelection all() {
        return new RegionSelection(List.of(), Map.of());
    }

    public boolean includes(String code) {
        return codes.isEmpty() || codes.contains(code);
    }
}
