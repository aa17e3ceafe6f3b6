package nl.ruimtevraag.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One region of the data set.
 *
 * @param stock netto ha of business estate in use per werkmilieu at the base year (every werkmilieu)
 * @param jobs jobs on business estates per sector (every sector)
 * @param uitgifte average yearly netto uitgifte of a reference period (ha/yr)
 * @param params regional parameters by name: ce_intensity, netcongestie_share,
 *        netcongestie_relief_year, stikstof_share, water_share, withdrawal_rate, ...
 */
public record RegionData(String code, String name, String landsdeel, Map<Werkmilieu, Figure> stock,
                         Map<Sector, Figure> jobs, Figure uitgifte, List<SupplyItem> supply,
                         Map<String, Figure> params) {
    public RegionData {
        stock = Maps.ordered(stock);
        jobs = Maps.ordered(jobs);
        supply = List.copyOf(supply);
        params = Maps.ordered(params);
        for (Werkmilieu w : Werkmilieu.values()) {
            if (!stock.containsKey(w)) {
                throw new IllegalArgumentException(code + ": stock lacks werkmilieu " + w.code());
            }
        }
        for (Sector s : Sector.values()) {
            if (!jobs.containsKey(s)) {
                throw new IllegalArgumentException(code + ": jobs lack sector " + s.code());
            }
        }
    }

    public double stockTotal() {
        double sum = 0;
        for (Figure f : stock.values()) {
            sum += f.value();
        }
        return sum;
    }

    public Optional<Figure> param(String name) {
        return Optional.ofNullable(params.get(name));
    }
}
