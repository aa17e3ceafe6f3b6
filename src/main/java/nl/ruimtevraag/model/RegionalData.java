package nl.ruimtevraag.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A regional data set.
 *
 * @param name e.g. "provincies (embedded)" or the folder a user gave
 * @param version a content hash of the data set's files, for the workbook's provenance
 */
public record RegionalData(String name, String version, List<RegionData> regions, Map<String, Source> sources) {
    public RegionalData {
        regions = List.copyOf(regions);
        sources = Maps.ordered(sources);
    }

    public List<String> codes() {
        List<String> codes = new ArrayList<>(regions.size());
        for (RegionData r : regions) {
            codes.add(r.code());
        }
        return codes;
    }

    public Optional<RegionData> region(String code) {
        for (RegionData r : regions) {
            if (r.code().equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
