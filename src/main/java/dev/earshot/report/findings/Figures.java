package dev.earshot.report.findings;

import java.util.List;
import java.util.Locale;

/** Formats figures for findings: whole numbers where the precision is not meaningful, ranges as "18–30". */
final class Figures {

    /** Losses of this many dB are reported as "60+": the analyses floor deeper ones there. */
    static final double DEPTH_LIMIT_DB = 60.0;

    private Figures() {
    }

    /** {@code value} with {@code decimals} decimals, locale-independent. */
    static String number(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    /**
     * The magnitudes of {@code values} as "24" or, when they differ once rounded, "18–30" (smallest to largest
     * magnitude), with {@code decimals} decimals; a largest magnitude at or beyond {@link #DEPTH_LIMIT_DB} reads
     * "60+", so a single value or equal values never read as a range like "60–60+".
     */
    static String magnitudeRange(List<Double> values, int decimals) {
        return range(values, decimals, true);
    }

    /** Like {@link #magnitudeRange} for figures that are not floored losses (percentages): never a "+". */
    static String plainRange(List<Double> values, int decimals) {
        return range(values, decimals, false);
    }

    private static String range(List<Double> values, int decimals, boolean floored) {
        double low = Double.MAX_VALUE;
        double high = 0;
        for (double v : values) {
            low = Math.min(low, Math.abs(v));
            high = Math.max(high, Math.abs(v));
        }
        String lowText = number(low, decimals);
        String highText = number(high, decimals);
        String floor = floored && high >= DEPTH_LIMIT_DB ? "+" : "";
        return lowText.equals(highText) ? highText + floor : lowText + "\u2013" + highText + floor;
    }

    /** The most negative of {@code values}. */
    static double worst(List<Double> values) {
        double worst = Double.POSITIVE_INFINITY;
        for (double v : values) {
            worst = Math.min(worst, v);
        }
        return worst;
    }

    /** "250 Hz" below 1 kHz, "2.5 kHz" above. */
    static String hz(double frequencyHz) {
        if (frequencyHz >= 1000) {
            double khz = frequencyHz / 1000;
            return (Math.abs(khz - Math.rint(khz)) < 0.05 ? number(khz, 0) : number(khz, 1)) + " kHz";
        }
        return number(frequencyHz, 0) + " Hz";
    }
}
