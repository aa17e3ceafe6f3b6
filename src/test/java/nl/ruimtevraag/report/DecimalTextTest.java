package nl.ruimtevraag.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** DecimalText against the slow forms it replaces: String.format and BigDecimal, on seeded doubles. */
class DecimalTextTest {
    private static final double[] SPECIAL = {
        0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.MIN_VALUE,
        -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE,
        0.0005, -0.0005, 0.0015, 0.0004999, -0.0001, 0.0001, 0.00095, 1.0005, -1.0005, 2.675, 2.6745, 1.2345,
        0.5, 1.5, 2.5, 9.9995, 99.9995, 999.9996, 9999999.9995, 0.1, 0.2, 0.3, 1e-3, 1e7, 9999999.999999998,
        123456789.0125, 1e20, 1e22, 1e23, 4.35, 0.125, 1e-5, 5e-4, 9.5e-4, 2.82879384806159E17,
    };

    @Test
    void fixedIsStringFormat() {
        for (double v : doubles(250_000, 1)) {
            assertFixed(v, 3);
        }
        for (int decimals : new int[] {0, 1, 2, 6}) {
            for (double v : doubles(5_000, 2 + decimals)) {
                assertFixed(v, decimals);
            }
        }
    }

    @Test
    void fixedSpecialValues() {
        assertEquals("-0.000", fixed(-0.0, 3));
        assertEquals("-0.000", fixed(-0.0001, 3));
        assertEquals("NaN", fixed(Double.NaN, 3));
        assertEquals("-Infinity", fixed(Double.NEGATIVE_INFINITY, 3));
        assertEquals("1.001", fixed(1.0005, 3));
        assertEquals("10.000", fixed(9.9996, 3));
        assertEquals("1", fixed(0.5, 0));
    }

    @Test
    void shortestExamples() {
        assertEquals("0", shortest(0.0));
        assertEquals("0", shortest(-0.0));
        assertEquals("0.00001", shortest(1e-5));
        assertEquals("123", shortest(123.0));
        assertEquals("-1.5", shortest(-1.5));
        assertEquals("1234567.25", shortest(1234567.25));
        assertEquals("100000000000000000000", shortest(1e20));
        assertEquals("", shortest(Double.NaN));
    }

    @Test
    void shortestReadsBackAndIsJava17sTextWhereThatIsAsShort() {
        int differ = 0;
        for (double v : doubles(100_000, 3)) {
            String s = shortest(v);
            String java17 = plainWithoutTrailingZeros(v);
            if (!Double.isFinite(v)) {
                assertEquals("", s);
                continue;
            }
            assertTrue(s.matches("-?[0-9]+(\\.[0-9]*[1-9])?"), () -> "plain decimal for " + v + ": " + s);
            assertEquals(v == 0 ? 0.0 : v, Double.parseDouble(s), () -> "reads back for " + v + ": " + s);
            int digits = significantDigits(s);
            assertTrue(digits <= significantDigits(java17), () -> "never longer than Java 17's for " + v + ": " + s);
            if (digits == significantDigits(java17)) {
                assertEquals(java17, s, () -> "for " + v);
            } else {
                differ++;
            }
        }
        assertTrue(differ < 100, "Java 17's text is the shortest for nearly every double; differ: " + differ);
    }

    @Test
    void shortestWhereJava17HasADigitTooMany() {
        assertEquals("9.999999999999999E22", Double.toString(9.999999999999999E22)); // Java 17
        assertEquals("1.0E23", DecimalText.shortest(9.999999999999999E22));
        assertEquals(9.999999999999999E22, Double.parseDouble("1.0E23"));
        assertEquals("100000000000000000000000", shortest(9.999999999999999E22));
        assertEquals("0.1", DecimalText.shortest(0.1));
        assertEquals("1.0E-4", DecimalText.shortest(1e-4));
        assertEquals("1.2345678E7", DecimalText.shortest(12345678.0));
    }

    /** Significant digits of a plain decimal: leading and trailing zeros and the sign and point not counted. */
    private static int significantDigits(String s) {
        String digits = s.replace("-", "").replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
        return digits.isEmpty() ? 1 : digits.length();
    }

    private static void assertFixed(double v, int decimals) {
        assertEquals(String.format(Locale.ROOT, "%." + decimals + "f", v), fixed(v, decimals),
                () -> "for " + v + " (" + Double.doubleToRawLongBits(v) + ") with " + decimals + " decimals");
    }

    private static String fixed(double v, int decimals) {
        StringBuilder sb = new StringBuilder("x"); // appends, never replaces
        DecimalText.appendFixed(sb, v, decimals);
        assertEquals('x', sb.charAt(0));
        return sb.substring(1);
    }

    private static String shortest(double v) {
        StringBuilder sb = new StringBuilder();
        DecimalText.appendShortest(sb, v);
        return sb.toString();
    }

    /** The former LongTable.number. */
    private static String plainWithoutTrailingZeros(double v) {
        if (!Double.isFinite(v)) {
            return "";
        }
        if (v == 0) {
            return "0";
        }
        String s = BigDecimal.valueOf(v).toPlainString();
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
            if (s.endsWith(".")) {
                s = s.substring(0, s.length() - 1);
            }
        }
        return s;
    }

    /**
     * The special values, then in turn: any bit pattern, a uniform value of a random magnitude from
     * 1e-12 to 1e12, a decimal with up to 6 decimals (exact halves such as 1.0005 and their
     * rounding), its neighbouring doubles, a single significant digit, a value of a bands CSV (up
     * to thousands of hectares), a double a few ulps from a half at up to 7 decimals; each with a random sign.
     */
    private static List<Double> doubles(int n, long seed) {
        Random rnd = new Random(seed);
        List<Double> out = new ArrayList<>(n + SPECIAL.length);
        for (double v : SPECIAL) {
            out.add(v);
        }
        while (out.size() < n + SPECIAL.length) {
            double v = switch (out.size() % 8) {
                case 0 -> Double.longBitsToDouble(rnd.nextLong());
                case 1 -> rnd.nextDouble() * Math.pow(10, rnd.nextInt(-12, 13));
                case 2 -> rnd.nextLong(0, 100_000_000L) / Math.pow(10, rnd.nextInt(0, 7));
                case 3 -> neighbour(rnd, rnd.nextLong(0, 20_000_000L) / 2000.0);
                case 4 -> rnd.nextInt(1, 10) * Math.pow(10, rnd.nextInt(-6, 9));
                case 5 -> rnd.nextDouble() * 5000;
                case 6 -> ulpsAway(rnd, (rnd.nextLong(0, 2_000_000_000L) + 0.5) / Math.pow(10, rnd.nextInt(0, 7)));
                default -> rnd.nextLong(0, 1_000_000_000L) / 1e6;
            };
            out.add(rnd.nextBoolean() ? -v : v);
        }
        return out;
    }

    /** Up to 100,000 ulps from v: where the fast path of appendFixed gives way to the exact one. */
    private static double ulpsAway(Random rnd, double v) {
        return Double.longBitsToDouble(Double.doubleToLongBits(v) + rnd.nextLong(-100_000, 100_001));
    }

    private static double neighbour(Random rnd, double v) {
        return switch (rnd.nextInt(3)) {
            case 0 -> Math.nextDown(v);
            case 1 -> Math.nextUp(v);
            default -> v;
        };
    }
}
