package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.dsp.MagnitudeCurve;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class AutoEqCsvParserTest {
    /** Values are written with 5 decimals; normalising subtracts two rounded values. */
    private static final double ROUNDING_DB = 2 * 0.5e-5 + 1e-12;

    @Test
    void readsTheRawColumnWhateverColumnsSurroundIt() throws ImportException {
        double[] frequencies = GeneratedCurves.frequencies(20, 20_000);
        MeasuredCurve parsed = AutoEqCsvParser.parse(GeneratedCurves.autoEqText(GeneratedCurves.EARBUD, frequencies),
                "earbud.csv");
        assertEquals(frequencies.length, parsed.points());
        for (int i = 0; i < frequencies.length; i++) {
            assertEquals(frequencies[i], parsed.curve().frequenciesHz()[i], 0.005 + 1e-9);
            assertEquals(GeneratedCurves.normalized(GeneratedCurves.EARBUD, frequencies[i]),
                    parsed.curve().gainsDb()[i], ROUNDING_DB, "row " + i);
        }
    }

    /**
     * The target is straight in log-frequency between its own points (3 dB/octave below 1 kHz, −2 dB/octave above),
     * so interpolating it at the measurement's frequencies must give the closed form exactly; the measurement's rows
     * (1/24 octave from 1 kHz) fall between the target's points (one per octave, offset by 1/7 octave).
     */
    @Test
    void measurementMinusTargetIsTheClosedFormDifference() throws ImportException {
        DoubleUnaryOperator target = f -> 90 + (f < 1000 ? 3 : -2) * Math.log(f / 1000) / Math.log(2);
        StringBuilder targetText = new StringBuilder("frequency,raw\n");
        targetText.append(String.format(Locale.ROOT, "%.10f,%.10f%n", 10.0, target.applyAsDouble(10)));
        for (int octave = -6; octave <= 4; octave++) {
            double f = 1000 * Math.pow(2, octave + 1.0 / 7);
            targetText.append(String.format(Locale.ROOT, "%.10f,%.10f%n", f, target.applyAsDouble(f)));
            if (octave == -1) {
                targetText.append("1000,90\n");
            }
        }
        targetText.append(String.format(Locale.ROOT, "%.10f,%.10f%n", 25_000.0, target.applyAsDouble(25_000)));
        double[] frequencies = GeneratedCurves.frequencies(20, 20_000);

        MagnitudeCurve measurement = AutoEqCsvParser.parse(
                GeneratedCurves.autoEqText(GeneratedCurves.PEAKS_DIPS_SLOPES, frequencies), "m.csv").curve();
        MagnitudeCurve relative = AutoEqCsvParser.relativeTo(measurement,
                AutoEqCsvParser.parse(targetText.toString(), "target.csv").curve());

        for (int i = 0; i < frequencies.length; i++) {
            double f = measurement.frequenciesHz()[i];
            double expectedDb = GeneratedCurves.normalized(GeneratedCurves.PEAKS_DIPS_SLOPES, frequencies[i])
                    - (target.applyAsDouble(f) - 90);
            assertEquals(expectedDb, relative.gainsDb()[i], ROUNDING_DB + 1e-6, "at " + f + " Hz");
        }
        assertEquals(0, relative.gainDbAt(1000), 1e-12);
    }
}
