package dev.earshot.ui.tools;

import dev.earshot.measure.LoopbackDuplex;

/**
 * The "Simulated loopback device" of the measurement wizard (offered when the hidden system property
 * {@value #PROPERTY} is true): a small speaker-like system with a 2 ms delay, a first-order high-pass near 80 Hz, a
 * first-order low-pass near 8 kHz, −6 dB gain and a gentle cubic non-linearity (third harmonic), plus seeded noise at
 * −90 dBFS. Lets the live path be tried and tested without sound hardware.
 */
public final class SimulatedDevice {
    /** The hidden switch. */
    public static final String PROPERTY = "earshot.measure.loopback";

    private SimulatedDevice() {
    }

    /** Whether the wizard offers the simulated device. */
    public static boolean offered() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** A stereo-out, mono-in loopback at {@code sampleRate}. */
    public static LoopbackDuplex open(int sampleRate) {
        return new LoopbackDuplex(sampleRate, 2, 1, (played, inputs, frames) -> {
            int delay = Math.round(0.002f * sampleRate);
            double hp = Math.exp(-2 * Math.PI * 80 / sampleRate);
            double lp = Math.exp(-2 * Math.PI * 8000 / sampleRate);
            java.util.SplittableRandom noise = new java.util.SplittableRandom(42);
            float[][] out = new float[inputs][frames];
            double prevIn = 0;
            double high = 0;
            double low = 0;
            for (int i = 0; i < frames; i++) {
                int j = i - delay;
                double x = 0;
                if (j >= 0 && j < played[0].length) {
                    for (float[] channel : played) {
                        x += channel[j];
                    }
                }
                high = hp * (high + x - prevIn);
                prevIn = x;
                low = (1 - lp) * high + lp * low;
                double y = 0.5 * (low + 0.1 * low * low * low);
                double n = (noise.nextDouble() - 0.5) * 2 * 3.16e-5 * Math.sqrt(3);
                for (int c = 0; c < inputs; c++) {
                    out[c][i] = (float) (y + n);
                }
            }
            return out;
        });
    }
}
