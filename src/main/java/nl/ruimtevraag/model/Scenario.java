package nl.ruimtevraag.model;

import java.util.List;

/**
 * A complete, validated scenario: every key resolved (a scenario that omits a key takes it from
 * the scenario it extends, ultimately the built-in {@code basis}).
 *
 * @param origin the file it came from (line 0)
 * @param sha256 hex SHA-256 of the scenario file's bytes ("" when built from code)
 */
public record Scenario(String name, String description, Origin origin, String sha256, Horizon horizon,
                       RegionSelection regions, Economy economy, Circular circular,
                       List<TransformationEvent> transformation, Replacement replacement,
                       Intensification intensification, SupplySettings supply, Constraints constraints,
                       Param planningReserve, MonteCarlo monteCarlo, OutputSettings output) {
    public Scenario {
        transformation = List.copyOf(transformation);
    }
}
