package dev.earshot.dsp.demo;

/**
 * Band-limited sawtooth oscillator (naive ramp corrected with a two-sample polynomial band-limited step, "PolyBLEP",
 * around each wrap) so the pad and the voice do not alias. Output in [-1, 1] roughly. Not thread-safe.
 */
final class BlepSaw {
    private double phase;

    BlepSaw(double startPhase) {
        this.phase = startPhase - StrictMath.floor(startPhase);
    }

    /**
     * Advances by one sample and returns the sample.
     *
     * @param increment frequency divided by sample rate, 0 to 0.5
     */
    double next(double increment) {
        double value = 2.0 * phase - 1.0 - blep(phase, increment);
        phase += increment;
        if (phase >= 1.0) {
            phase -= 1.0;
        }
        return value;
    }

    private static double blep(double t, double dt) {
        if (t < dt) {
            double x = t / dt;
            return x + x - x * x - 1.0;
        }
        if (t > 1.0 - dt) {
            double x = (t - 1.0) / dt;
            return x * x + x + x + 1.0;
        }
        return 0.0;
    }
}
