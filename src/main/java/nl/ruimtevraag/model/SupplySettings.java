package nl.ruimtevraag.model;

import java.util.List;

/**
 * @param additions the scenario's supply changes
 * @param zachtRealisation p_Z: probability that zachte plancapaciteit is realised
 */
public record SupplySettings(List<SupplyAddition> additions, Param zachtRealisation) {
    public SupplySettings {
        additions = List.copyOf(additions);
    }
}
