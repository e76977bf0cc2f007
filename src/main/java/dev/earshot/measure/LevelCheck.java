package dev.earshot.measure;

import java.io.IOException;
import java.util.Locale;

/**
 * The level check before a live sweep: a short 1 kHz tone at the sweep's level is played on each output channel in
 * turn and the input's peak is metered, so the user can set the gain before the real measurement. Stateless.
 */
public final class LevelCheck {
    /** Input peaks at or above this are reported as clipping, in dBFS. */
    public static final double CLIPPING_DBFS = -0.5;
    /** Input peaks below this are reported as too quiet for a clean measurement, in dBFS. */
    public static final double TOO_QUIET_DBFS = -40;
    /** Length of the test tone, in seconds. */
    public static final double TONE_SECONDS = 1.0;

    private LevelCheck() {
    }

    /**
     * The outcome of a level check.
     *
     * @param inputPeakDbfs the loudest input sample while the tone played, per input channel, in dBFS
     * @param clipping      whether any input reached {@link #CLIPPING_DBFS}
     * @param tooQuiet      whether every input stayed below {@link #TOO_QUIET_DBFS}
     */
    public record Result(double[] inputPeakDbfs, boolean clipping, boolean tooQuiet) {
        /** One line for the user: the peaks and what to do about them. */
        public String advice() {
            StringBuilder text = new StringBuilder("input peak");
            for (double peak : inputPeakDbfs) {
                text.append(String.format(Locale.ROOT, " %.1f dBFS", peak));
            }
            if (clipping) {
                return text + ": CLIPPING, lower the playback volume or the input gain";
            }
            if (tooQuiet) {
                return text + ": too quiet, raise the playback volume or the input gain";
            }
            return text + ": ok";
        }
    }

    /** Plays the tone at {@code levelDbfs} on every output channel at once and meters the input. */
    public static Result run(DuplexAudio io, double levelDbfs) throws IOException {
        int frames = (int) Math.round(TONE_SECONDS * io.sampleRate());
        int fade = io.sampleRate() / 100;
        float[][] output = new float[io.outputChannels()][frames];
        double amplitude = Math.pow(10, levelDbfs / 20);
        for (int i = 0; i < frames; i++) {
            double ramp = Math.min(1, Math.min(i, frames - 1 - i) / (double) fade);
            float value = (float) (amplitude * ramp * Math.sin(2 * Math.PI * 1000 * i / io.sampleRate()));
            for (float[] channel : output) {
                channel[i] = value;
            }
        }
        float[][] recorded = io.playAndRecord(output, io.sampleRate() / 5);
        double[] peaks = new double[recorded.length];
        boolean clipping = false;
        boolean quiet = true;
        for (int c = 0; c < recorded.length; c++) {
            double peak = 0;
            for (float sample : recorded[c]) {
                peak = Math.max(peak, Math.abs(sample));
            }
            peaks[c] = 20 * Math.log10(Math.max(peak, 1e-10));
            clipping |= peaks[c] >= CLIPPING_DBFS;
            quiet &= peaks[c] < TOO_QUIET_DBFS;
        }
        return new Result(peaks, clipping, quiet);
    }
}
