package dev.earshot.report.text;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How report figures are written, the same in HTML and PDF: one decimal, a true minus sign (U+2212), units after a
 * space, deltas always signed, "n/a" for a missing figure and −∞ for silence. Locale-independent.
 */
public final class Figures {

    /** The typographic minus sign; PDF output replaces it where the font lacks it. */
    public static final String MINUS = "\u2212";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private Figures() {
    }

    /** e.g. "−9.1" (one decimal). */
    public static String number(double value) {
        return number(value, 1);
    }

    /** {@code value} with {@code decimals} decimals, true minus, "n/a" for NaN, "∞" for infinity. */
    public static String number(double value, int decimals) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        if (Double.isInfinite(value)) {
            return value < 0 ? MINUS + "\u221e" : "\u221e";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.startsWith("-")) {
            String digits = text.substring(1);
            return digits.matches("[0.]*") ? digits : MINUS + digits;
        }
        return text;
    }

    /** A signed delta, e.g. "+2.3" or "−4.1"; "0.0" stays unsigned. */
    public static String signed(double value) {
        String text = number(value, 1);
        return value > 0 && !text.equals("0.0") && Double.isFinite(value) ? "+" + text : text;
    }

    /** e.g. "−9.1 LUFS". */
    public static String withUnit(double value, String unit) {
        return number(value) + " " + unit;
    }

    /** e.g. "+2.3 dB". */
    public static String signedWithUnit(double value, String unit) {
        return signed(value) + " " + unit;
    }

    /** A share 0..1 as a whole percentage, e.g. "31 %". */
    public static String percent(double share) {
        return Double.isFinite(share) ? Math.round(share * 100) + " %" : "n/a";
    }

    /** A frequency, e.g. "42 Hz" or "3.2 kHz", with a no-break space before the unit. */
    public static String hertz(double frequencyHz) {
        if (!Double.isFinite(frequencyHz)) {
            return "n/a";
        }
        if (frequencyHz >= 1000) {
            double kilo = frequencyHz / 1000.0;
            return (kilo == Math.rint(kilo) ? String.valueOf((long) kilo) : String.format(Locale.ROOT, "%.1f", kilo))
                    + "\u00a0kHz";
        }
        return Math.round(frequencyHz) + "\u00a0Hz";
    }

    /** A duration as m:ss, e.g. "3:34"; under a second (an impulse response) in milliseconds, e.g. "85 ms". */
    public static String duration(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            return "n/a";
        }
        if (seconds < 0.9995) {
            return Math.round(seconds * 1000) + " ms";
        }
        long whole = Math.round(seconds);
        return String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
    }

    /** e.g. "25 November 2026, 14:30 UTC". */
    public static String date(Instant instant) {
        return DATE.format(instant);
    }

    /** Just the day, e.g. "25 November 2026". */
    public static String day(Instant instant) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH).withZone(ZoneOffset.UTC).format(instant);
    }

    /** The share of energy a level change in dB keeps, as a percentage, e.g. −10 dB → "10 %". */
    public static String energyPercent(double levelDb) {
        if (levelDb == Double.NEGATIVE_INFINITY) {
            return "0 %";
        }
        if (!Double.isFinite(levelDb)) {
            return "n/a";
        }
        double percent = 100.0 * Math.pow(10.0, levelDb / 10.0);
        if (percent >= 10) {
            return Math.round(percent) + " %";
        }
        return (percent >= 1 ? String.format(Locale.ROOT, "%.1f", percent) : String.format(Locale.ROOT, "%.2f",
                percent)) + " %";
    }
}
