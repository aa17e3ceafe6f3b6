package nl.ruimtevraag.report;

import com.fasterxml.jackson.core.io.NumberOutput;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as decimal text with a point, for the CSV files, without {@link String#format} or a
 * {@link BigDecimal} per number. Both forms start from decimal digits in the form of
 * {@link Double#toString}, which is plain decimal text for magnitudes from 10^-3 up to 10^7, where
 * nearly every number the tool writes lies; outside that range (exponent notation) they fall back
 * to {@link BigDecimal}.
 */
final class DecimalText {
    private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

    private DecimalText() {
    }

    /**
     * The shortest decimal that reads back to the same double, plain (no exponent), without
     * trailing zeros or a trailing point: {@code 1.5}, {@code 123}, {@code 0.00001}, {@code -2};
     * zero (either sign) is {@code 0}; NaN and infinities append nothing (an empty CSV cell).
     * The digits are those of {@link #shortest}.
     */
    static void appendShortest(StringBuilder out, double v) {
        if (!Double.isFinite(v)) {
            return;
        }
        if (v == 0) {
            out.append('0');
            return;
        }
        String s = shortest(v);
        if (s.indexOf('E') >= 0) {
            s = new BigDecimal(s).toPlainString();
            if (s.indexOf('.') < 0) {
                out.append(s);
                return;
            }
        }
        int end = s.length();
        while (s.charAt(end - 1) == '0') {
            end--;
        }
        if (s.charAt(end - 1) == '.') {
            end--;
        }
        out.append(s, 0, end);
    }

    /**
     * The shortest decimal that reads back to {@code v}, in the form of {@link Double#toString}
     * ({@code 1.5}, {@code 1.0E-4}), by the Schubfach algorithm that Jackson ships (the one Java 19
     * adopted for {@code Double.toString}). Java 17's {@code Double.toString} is several times slower
     * and in rare cases not the shortest: 9.999999999999999E22 where 1.0E23 reads back to the same
     * double. The per-year CSV writes hundreds of thousands of numbers (docs/performance.md).
     */
    static String shortest(double v) {
        return NumberOutput.toString(v, true);
    }

    /**
     * Exactly the text of {@code String.format(Locale.ROOT, "%.Nf", v)} with N = {@code decimals}:
     * the shortest digits of {@link Double#toString} rounded half up (so 1.0005 gives 1.001 and
     * 2.675 with two decimals 2.68); a minus sign for every negative value, -0.0 and values that
     * round to zero included ({@code -0.000}); {@code NaN}, {@code Infinity}, {@code -Infinity}.
     * {@code DecimalTextTest} compares the two on a few hundred thousand doubles.
     */
    static void appendFixed(StringBuilder out, double v, int decimals) {
        if (Double.isNaN(v)) {
            out.append("NaN");
            return;
        }
        if (Double.compare(v, 0.0) < 0) {
            out.append('-');
        }
        double a = Math.abs(v);
        if (Double.isInfinite(a)) {
            out.append("Infinity");
            return;
        }
        if (decimals < POWERS.length && a < 1e9 && appendScaled(out, a, decimals)) {
            return;
        }
        String s = Double.toString(a);
        if (s.indexOf('E') >= 0) {
            out.append(new BigDecimal(s).setScale(decimals, RoundingMode.HALF_UP).toPlainString());
            return;
        }
        int point = s.indexOf('.');
        int fractionDigits = s.length() - point - 1; // at least 1
        if (fractionDigits <= decimals) {
            out.append(s);
            for (int i = fractionDigits; i < decimals; i++) {
                out.append('0');
            }
            return;
        }
        int keep = decimals == 0 ? point : point + 1 + decimals;
        if (s.charAt(point + 1 + decimals) < '5') {
            out.append(s, 0, keep);
            return;
        }
        char[] kept = new char[keep];
        s.getChars(0, keep, kept, 0);
        int i = keep - 1;
        for (; i >= 0; i--) {
            char c = kept[i];
            if (c == '9') {
                kept[i] = '0';
            } else if (c != '.') {
                kept[i] = (char) (c + 1);
                break;
            }
        }
        if (i < 0) {
            out.append('1'); // 9.9996 -> 10.000
        }
        out.append(kept);
    }

    /**
     * The fast path of {@link #appendFixed} for 0 <= a < 1e9: a x 10^decimals rounded to a whole
     * number in double arithmetic, used only when it lies clearly away from a half. The digits of
     * Double.toString lie within half an ulp of a, the product within half an ulp of its exact
     * value, so together within 2^-52 of it (relative); outside a margin 256 times that, they
     * all round the same way. Returns false, appending nothing, near a half.
     */
    private static boolean appendScaled(StringBuilder out, double a, int decimals) {
        long scale = POWERS[decimals];
        double x = a * scale; // below 1e15 < 2^53: whole numbers are exact
        long n = (long) x;
        double fraction = x - n; // exact
        if (Math.abs(fraction - 0.5) <= x * 0x1p-44) {
            return false;
        }
        if (fraction > 0.5) {
            n++;
        }
        out.append(n / scale);
        if (decimals > 0) {
            out.append('.');
            long fractionDigits = n % scale;
            for (long p = scale / 10; p > fractionDigits && p > 1; p /= 10) {
                out.append('0'); // leading zeros: 5 -> 005
            }
            out.append(fractionDigits);
        }
        return true;
    }
}
