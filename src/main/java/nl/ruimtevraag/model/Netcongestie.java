package nl.ruimtevraag.model;

import java.util.Map;

/**
 * Grid congestion (method section 5): R_grid(r,w,t) = 1 - share(r) * weight(w) * [t < relief(r)],
 * applied to hard and zacht supply; direct supply with the share scaled by directShare.
 *
 * @param reliefDelay years added to every region's relief year (a what-if or an uncertainty)
 * @param directShare a_d: the part of the congested share that holds back direct (serviced) plots too (0..1)
 * @param weights e(w): how grid-heavy the users of each werkmilieu are (0..1)
 */
public record Netcongestie(RegionalParam share, RegionalParam reliefYear, Param reliefDelay, Param directShare,
                           Map<Werkmilieu, Double> weights) {
    public Netcongestie {
        weights = Maps.ordered(weights);
    }
}
