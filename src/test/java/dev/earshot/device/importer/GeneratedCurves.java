package dev.earshot.device.importer;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/** Closed-form magnitude curves and the export text that carries them, written by the tests themselves. */
final class GeneratedCurves {
    /** Rows per octave of the generated exports. */
    static final int ROWS_PER_OCTAVE = 24;

    private GeneratedCurves() {
    }

    /** A Gaussian bump in log-frequency: {@code gainDb} at {@code centreHz}, standard deviation {@code octaves}. */
    static double bump(double frequencyHz, double centreHz, double gainDb, double octaves) {
        double distance = Math.log(frequencyHz / centreHz) / Math.log(2) / octaves;
        return gainDb * Math.exp(-0.5 * distance * distance);
    }

    /** Falls at {@code dbPerOctave} below {@code cornerHz}, 0 dB above. */
    static double slopeBelow(double frequencyHz, double cornerHz, double dbPerOctave) {
        return frequencyHz >= cornerHz ? 0 : dbPerOctave * Math.log(frequencyHz / cornerHz) / Math.log(2);
    }

    /** Falls at {@code dbPerOctave} above {@code cornerHz}, 0 dB below. */
    static double slopeAbove(double frequencyHz, double cornerHz, double dbPerOctave) {
        return frequencyHz <= cornerHz ? 0 : -dbPerOctave * Math.log(frequencyHz / cornerHz) / Math.log(2);
    }

    /** Peaks and dips (narrow and wide, bass to treble) and slopes of 24 and 36 dB/octave at the band edges. */
    static final DoubleUnaryOperator PEAKS_DIPS_SLOPES = f -> 78 + slopeBelow(f, 45, 24) + bump(f, 70, 9, 1.0 / 12)
            + bump(f, 180, -8, 1.0 / 8) + bump(f, 1200, 6, 0.3) + bump(f, 3500, -10, 1.0 / 10)
            + bump(f, 8000, 5, 0.5) + slopeAbove(f, 14_000, 36);

    /** A phone-like microspeaker: 30 dB/octave from 600 Hz down to 150 Hz, 12 below, a resonance, a treble lift. */
    static final DoubleUnaryOperator PHONE = f -> 70 + slopeBelow(f, 600, 30) - slopeBelow(f, 150, 18)
            + bump(f, 900, 4, 0.2)
            + bump(f, 8000, 4, 0.6) + slopeAbove(f, 15_000, 24);

    /** Earbud-like deviation: bass loss, presence peaks and a treble dip. */
    static final DoubleUnaryOperator EARBUD = f -> slopeBelow(f, 120, 12) + bump(f, 2700, 6.3, 0.35)
            + bump(f, 5800, 8, 0.25) + bump(f, 16_000, -4, 0.3);

    /** The frequencies of the generated rows: 1 kHz·2^(k/24) from {@code lowHz} up to {@code highHz}, 1 kHz on. */
    static double[] frequencies(double lowHz, double highHz) {
        int low = (int) Math.ceil(ROWS_PER_OCTAVE * Math.log(lowHz / 1000) / Math.log(2));
        int high = (int) Math.floor(ROWS_PER_OCTAVE * Math.log(highHz / 1000) / Math.log(2));
        double[] frequencies = new double[high - low + 1];
        for (int k = low; k <= high; k++) {
            frequencies[k - low] = 1000 * Math.pow(2, (double) k / ROWS_PER_OCTAVE);
        }
        return frequencies;
    }

    /**
     * A REW-like frequency response export of {@code curve} at {@code frequencies}.
     *
     * @param locale    the number style ({@link Locale#ROOT}/US: decimal point; GERMANY: decimal comma)
     * @param grouping  whether frequencies carry thousands separators
     * @param separator between fields: " ", "\t", ", " or ";"
     * @param phase     whether a phase column follows
     */
    static String rewText(DoubleUnaryOperator curve, double[] frequencies, Locale locale, boolean grouping,
                          String separator, boolean phase) {
        StringBuilder text = new StringBuilder();
        text.append("* Measurement data measured by a test generator\n");
        text.append("* Source: generated curve\n");
        text.append("* Format is frequency, magnitude").append(phase ? ", phase" : "").append('\n');
        text.append("* Freq(Hz)").append(separator).append("SPL(dB)").append(phase ? separator + "Phase(degrees)"
                : "").append('\n');
        for (double f : frequencies) {
            text.append(String.format(locale, grouping ? "%,.4f" : "%.4f", f)).append(separator)
                    .append(String.format(locale, "%.5f", curve.applyAsDouble(f)));
            if (phase) {
                text.append(separator).append(String.format(locale, "%.3f", -90 * Math.log10(f)));
            }
            text.append('\n');
        }
        return text.toString();
    }

    /** An AutoEq CSV of {@code curve} at {@code frequencies}, with a second column before {@code raw}. */
    static String autoEqText(DoubleUnaryOperator curve, double[] frequencies) {
        StringBuilder text = new StringBuilder("frequency,smoothed,raw,error\n");
        for (double f : frequencies) {
            double value = curve.applyAsDouble(f);
            text.append(String.format(Locale.ROOT, "%.2f,%.3f,%.5f,%.2f%n", f, value + 1, value, 0.0));
        }
        return text.toString();
    }

    /** {@code curve(f) − curve(1 kHz)}: what the importer's normalisation must give at a row frequency. */
    static double normalized(DoubleUnaryOperator curve, double frequencyHz) {
        return curve.applyAsDouble(frequencyHz) - curve.applyAsDouble(1000);
    }
}
