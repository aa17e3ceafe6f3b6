package nl.ruimtevraag.model;

import java.util.List;

/**
 * @param additions the scenario's supply changes
 * @param zachtRealisation p_Z: probability that zachte plancapaciteit is realised
 * @param seaports whether the data set's seaport estates (seaports.csv) are added to the zwaar stock
 */
public record SupplySettings(List<SupplyAddition> additions, Param zachtRealisation, boolean seaports) {
    public SupplySettings {
        additions = List.copyOf(additions);
    }

    /** Settings without the seaport layer. */
    public SupplySettings(List<SupplyAddition> additions, Param zachtRealisation) {
        this(additions, zachtRealisation, false);
    }
}
