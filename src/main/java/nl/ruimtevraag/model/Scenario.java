package nl.ruimtevraag.model;

import java.util.List;

/**
 * A complete, validated scenario: every key resolved (a scenario that omits a key takes it from
 * the scenario it extends, ultimately the built-in {@code basis}).
 */
public record Scenario(Identity identity, Horizon horizon, RegionSelection regions, Economy economy, Circular circular,
                       List<TransformationEvent> transformation, Replacement replacement,
                       Intensification intensification, SupplySettings supply, Constraints constraints,
                       Param planningReserve, MonteCarlo monteCarlo, OutputSettings output) {
    public Scenario {
        transformation = List.copyOf(transformation);
    }

    /**
     * What the scenario is called and where it came from.
     *
     * @param origin the file it came from (line 0)
     * @param sha256 hex SHA-256 of the scenario file's bytes ("" when built from code)
     */
    public record Identity(String name, String description, Origin origin, String sha256) {
    }

    public String name() {
        return identity.name();
    }

    public String description() {
        return identity.description();
    }

    public Origin origin() {
        return identity.origin();
    }

    public String sha256() {
        return identity.sha256();
    }
}
