package dev.earshot.device.importer;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Number formatting for messages and provenance notes. */
final class Numbers {
    private Numbers() {
    }

    /** {@code value} with at most 6 significant digits and no trailing zeros ({@code 1000}, {@code 31.25}). */
    static String plain(double value) {
        return significant(value, 6);
    }

    /** A frequency for people, to 4 significant digits: {@code 20 Hz}, {@code 1.5 kHz}, {@code 21.7 kHz}. */
    static String hz(double frequencyHz) {
        return frequencyHz >= 1000 ? significant(frequencyHz / 1000, 4) + " kHz"
                : significant(frequencyHz, 4) + " Hz";
    }

    private static String significant(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value).round(new MathContext(digits)).stripTrailingZeros().toPlainString();
    }

    /** A signed gain with one decimal: {@code +3.0 dB}. */
    static String db(double gainDb) {
        return String.format(Locale.ROOT, "%+.1f dB", gainDb);
    }
}
