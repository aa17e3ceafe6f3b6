package nl.ruimtevraag.model;

import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How the circular economy enters demand (method section 3), never twice: the calibrated uitbreidingsvraag
 * already holds a CE share ({@code embeddedShare}), which is not added again.
 *
 * @param kind share of demand along a path, or extra space on the stock
 * @param embeddedShare s_cal: the CE share of demand already in the calibrated uitbreidingsvraag
 * @param demandShare s(t): the CE share of space demand as year → share points, interpolated linearly and
 *        flat beyond the first and last point (share-of-demand framing)
 */
public record CircularFraming(Kind kind, Param embeddedShare, NavigableMap<Integer, Param> demandShare) {
    public CircularFraming {
        demandShare = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(demandShare));
        if (demandShare.isEmpty()) {
            throw new IllegalArgumentException("the CE demand share path needs at least one point");
        }
    }

    /** The two framings of the published figures. */
    public enum Kind {
        /** CE is a share of demand that grows along a path (about 5% in 2018, 15-20% now) */
        SHARE_OF_DEMAND,
        /** CE is extra space on the stock (the national study's 6-15%), on top of a demand without it */
        EXTRA_SPACE;

        /** as written in scenarios: share-of-demand, extra-space */
        public String code() {
            return Codes.of(this).replace('_', '-');
        }

        public static Optional<Kind> fromCode(String code) {
            for (Kind k : values()) {
                if (k.code().equals(code)) {
                    return Optional.of(k);
                }
            }
            return Optional.empty();
        }
    }
}
