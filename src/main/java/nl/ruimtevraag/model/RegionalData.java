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
 * @param seaports the optional seaport estate layer (seaports.csv): hectares as published per region
 *        code; added to the zwaar stock only when a scenario asks for it (supply.seaports)
 */
public record RegionalData(String name, String version, List<RegionData> regions, Map<String, Source> sources,
                           Map<String, Figure> seaports) {
    public RegionalData {
        regions = List.copyOf(regions);
        sources = Maps.ordered(sources);
        seaports = Maps.ordered(seaports);
    }

    /** A data set without seaport estates. */
    public RegionalData(String name, String version, List<RegionData> regions, Map<String, Source> sources) {
        this(name, version, regions, sources, Map.of());
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
