package nl.ruimtevraag.uncertainty;

import java.nio.charset.StandardCharsets;
import nl.ruimtevraag.model.Param;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Counter-based draws: draw {@code i} of the parameter at path {@code p} under seed {@code s} is the
 * inverse CDF of a uniform that is a pure function of (s, i, p), mixed with SplitMix64's finaliser.
 * No generator state is carried from draw to draw, so results do not depend on the number of
 * threads or the order of the draws, and two scenarios that share a path share its draws (common
 * random numbers). A parameter without uncertainty gives exactly its central value.
 */
public final class Sampler {
    private static final long GOLDEN = 0x9E3779B97F4A7C15L;
    private static final double PERT_SHAPE = 4;
    /** commons-math3 distributions only sample with a generator; these are used for their inverse CDF only */
    private static final RandomGenerator NO_SAMPLING = null;

    private final long seed;

    public Sampler(long seed) {
        this.seed = seed;
    }

    public long seed() {
        return seed;
    }

    /** The stream key of a path: FNV-1a over its UTF-8 bytes, then mixed. */
    public static long key(String path) {
        long h = 0xcbf29ce484222325L;
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return mix(h);
    }

    /** A uniform in the open interval (0, 1) for (seed, draw, path key). */
    public double uniform(long pathKey, long draw) {
        long z = mix(mix(seed + GOLDEN * (draw + 1)) ^ pathKey);
        return ((z >>> 11) + 0.5) * 0x1.0p-53;
    }

    /** The value of a parameter in one draw. */
    public double value(UncertainParameter p, long draw) {
        return quantile(p.param()).applyAsDouble(uniform(key(p.path()), draw));
    }

    /** SplitMix64's output function (Stafford's mix 13): a bijection on 64-bit words. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /**
     * The inverse CDF of a parameter's distribution, built once per parameter. Triangular, PERT (a
     * beta on [min, max] with shape 4: alpha = 1 + 4 (mode - min) / (max - min)), uniform, and the
     * normal truncated to its bounds (the uniform is mapped into [F(lower), F(upper)]). Zero width:
     * the central value, exactly.
     */
    public static java.util.function.DoubleUnaryOperator quantile(Param p) {
        if (!p.uncertain()) {
            double c = p.central();
            return u -> c;
        }
        if (p instanceof Param.Triangular t) {
            TriangularDistribution d = new TriangularDistribution(NO_SAMPLING, t.min(), t.mode(), t.max());
            return d::inverseCumulativeProbability;
        }
        if (p instanceof Param.Pert t) {
            double range = t.max() - t.min();
            BetaDistribution d = new BetaDistribution(NO_SAMPLING,
                    1 + PERT_SHAPE * (t.mode() - t.min()) / range, 1 + PERT_SHAPE * (t.max() - t.mode()) / range);
            return u -> t.min() + range * d.inverseCumulativeProbability(u);
        }
        if (p instanceof Param.Uniform un) {
            UniformRealDistribution d = new UniformRealDistribution(NO_SAMPLING, un.lowValue(), un.highValue());
            return d::inverseCumulativeProbability;
        }
        if (p instanceof Param.Normal n) {
            NormalDistribution d = new NormalDistribution(NO_SAMPLING, n.mean(), n.sd());
            double lo = Double.isInfinite(n.lower()) ? 0 : d.cumulativeProbability(n.lower());
            double hi = Double.isInfinite(n.upper()) ? 1 : d.cumulativeProbability(n.upper());
            return u -> Math.min(n.upper(), Math.max(n.lower(), d.inverseCumulativeProbability(lo + u * (hi - lo))));
        }
        throw new IllegalArgumentException("no distribution for " + p);
    }
}
