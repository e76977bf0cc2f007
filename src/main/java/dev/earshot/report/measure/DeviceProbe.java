package dev.earshot.report.measure;

import dev.earshot.audio.ArraySource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.device.DeviceChain;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Measures a device chain's gain at 1 kHz with a steady tone: {@value #DURATION_SECONDS} s of a 1 kHz sine at
 * {@value #PROBE_DBFS} dBFS on both channels (quiet enough that no limiter or bass protection acts), the output's
 * power taken over the second half, after the chain has settled. Used as the reference the low-end loss is measured
 * against. Stateless.
 */
public final class DeviceProbe {
    /** Probe frequency in Hz. */
    public static final double PROBE_HZ = 1000.0;
    /** Probe level in dBFS (sine amplitude). */
    public static final double PROBE_DBFS = -20.0;
    /** Probe duration in seconds. */
    public static final double DURATION_SECONDS = 1.0;

    private DeviceProbe() {
    }

    /**
     * Runs the probe through {@code chain} (which it prepares and so resets) and returns the chain's gain in dB.
     *
     * @param sampleRate the programme's sample rate
     */
    public static double gainAt1kHzDb(DeviceChain chain, int sampleRate) {
        int frames = (int) Math.round(DURATION_SECONDS * sampleRate);
        double amplitude = Math.pow(10.0, PROBE_DBFS / 20.0);
        float[] tone = new float[frames];
        for (int i = 0; i < frames; i++) {
            tone[i] = (float) (amplitude * Math.sin(2 * Math.PI * PROBE_HZ * i / sampleRate));
        }
        int settledFrom = frames / 2;
        double[] sum = new double[1];
        long[] position = new long[1];
        try {
            DeviceChain.render(ArraySource.of(sampleRate, tone, tone.clone()), chain, false, (block, n) -> {
                for (int i = 0; i < n; i++) {
                    if (position[0] + i >= settledFrom) {
                        sum[0] += 0.5 * (block[0][i] * (double) block[0][i] + block[1][i] * (double) block[1][i]);
                    }
                }
                position[0] += n;
            }, ProgressListener.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("rendering a tone held in memory cannot fail", e);
        }
        double meanSquare = sum[0] / (frames - settledFrom);
        double inputMeanSquare = amplitude * amplitude / 2.0;
        return meanSquare > 0 ? 10.0 * Math.log10(meanSquare / inputMeanSquare) : Double.NEGATIVE_INFINITY;
    }
}
