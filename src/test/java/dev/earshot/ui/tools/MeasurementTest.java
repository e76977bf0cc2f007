package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.measure.SweepFiles;
import dev.earshot.measure.SweepSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The wizard's computations, headless: the plotted curve and the recording-file path. */
class MeasurementTest {

    @Test
    void aUnitImpulseIsFlatAtZeroDecibels() {
        float[] impulse = new float[4096];
        impulse[10] = 0.5f;
        ResponseCurve curve = ResponseCurve.of(impulse, 48_000, 20, 20_000);
        assertEquals(20, curve.frequenciesHz()[0], 1e-9);
        for (double level : curve.levelsDb()) {
            assertEquals(0, level, 1e-6, "a delayed, scaled impulse has a flat magnitude");
        }
    }

    @Test
    void aOnePoleLowPassIsThreeDecibelsDownAtItsCornerRelativeToDc() {
        // y[n] = (1 - a) x[n] + a y[n-1]: |H(f)|^2 = (1-a)^2 / (1 - 2a cos w + a^2), the closed form checked below.
        int rate = 48_000;
        double a = Math.exp(-2 * Math.PI * 2000.0 / rate);
        float[] impulse = new float[1 << 15];
        double y = 0;
        for (int n = 0; n < impulse.length; n++) {
            y = (n == 0 ? 1 - a : 0) + a * y;
            impulse[n] = (float) y;
        }
        ResponseCurve curve = ResponseCurve.of(impulse, rate, 20, 20_000);
        int i8k = nearest(curve, 8000);
        double w = 2 * Math.PI * curve.frequenciesHz()[i8k] / rate;
        double w1k = 2 * Math.PI * 1000 / rate;
        double expected = 10 * Math.log10((1 - 2 * a * Math.cos(w1k) + a * a) / (1 - 2 * a * Math.cos(w) + a * a));
        // 1/6-octave power averaging smooths a first-order slope by well under 0.2 dB
        assertEquals(expected, curve.levelsDb()[i8k], 0.2);
    }

    @Test
    void aRecordingThatIsTheSweepItselfGivesAFlatResponse(@TempDir Path dir) throws Exception {
        SweepSettings settings = SweepSettings.of(48_000, 20, 20_000, 1.0, -6).withSilences(0.2, 0.5);
        Path sweep = dir.resolve("sweep.wav");
        SweepFiles.write(sweep, settings);
        Measurement measurement = Measurement.fromFiles(sweep, sweep, stage -> { }, () -> false);
        ResponseCurve curve = ResponseCurve.of(measurement.firstPath().impulse(), 48_000, 20, 20_000);
        for (int i = 0; i < curve.frequenciesHz().length; i++) {
            double f = curve.frequenciesHz()[i];
            if (f >= 50 && f <= 16_000) {
                // a wire through the sweep and its inverse: flat within the fades' ripple
                assertEquals(0, curve.levelsDb()[i], 0.5, "at " + f + " Hz");
            }
        }
        assertTrue(measurement.record().devices().contains("sweep.wav"));
        assertEquals(1, measurement.paths().size());
    }

    private static int nearest(ResponseCurve curve, double hz) {
        int best = 0;
        for (int i = 0; i < curve.frequenciesHz().length; i++) {
            if (Math.abs(curve.frequenciesHz()[i] - hz) < Math.abs(curve.frequenciesHz()[best] - hz)) {
                best = i;
            }
        }
        return best;
    }
}
