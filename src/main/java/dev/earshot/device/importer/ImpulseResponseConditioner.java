package dev.earshot.device.importer;

import dev.earshot.audio.Resampler;
import java.util.Arrays;
import java.util.Locale;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Prepares a measured impulse response for the library:
 * <ol>
 * <li>Leading silence is trimmed: the onset is the first frame at which any channel comes within
 * {@link #ONSET_BELOW_PEAK_DB} of the loudest sample of all channels (so a direct sound weaker than a later
 * reflection still counts), and {@link #LEAD_IN_SECONDS} before it are kept. Every channel loses the same frames, so
 * the timing between channels is kept.</li>
 * <li>The response is resampled to {@link #SAMPLE_RATE} if the file has another rate.</li>
 * <li>It is scaled so that the louder direct path (the only channel of a mono IR, left and right of a stereo IR, LL
 * and RR of a true-stereo IR) is 0 dB at 1 kHz, measured as the power average over the third octave around 1 kHz
 * (891 to 1122 Hz), which is robust against a comb-filter notch falling exactly on 1 kHz. One gain applies to every
 * channel, so balance between channels is kept. Magnitude imports are normalised the same way (0 dB at 1 kHz).</li>
 * </ol>
 * Stateless and thread-safe.
 */
final class ImpulseResponseConditioner {
    /** The rate of every imported IR, in Hz. */
    static final int SAMPLE_RATE = 48_000;
    /** Frames within this many dB of the peak mark the onset. */
    static final double ONSET_BELOW_PEAK_DB = 20;
    /** Time kept before the onset, in seconds. */
    static final double LEAD_IN_SECONDS = 0.001;
    /** Longest imported IR after trimming, in seconds. */
    static final double MAX_SECONDS = 10;
    private static final double BAND_LOW_HZ = 1000 / Math.pow(2, 1.0 / 6);
    private static final double BAND_HIGH_HZ = 1000 * Math.pow(2, 1.0 / 6);
    private static final int MIN_FFT_SIZE = 8192;

    private ImpulseResponseConditioner() {
    }

    /**
     * The conditioned IR at {@link #SAMPLE_RATE}.
     *
     * @throws ImportException naming {@code fileName} if the IR is silent, has no energy around 1 kHz, or is longer
     *                         than {@link #MAX_SECONDS} after trimming
     */
    static Conditioned condition(String fileName, MeasuredImpulseResponse measured) throws ImportException {
        float[][] channels = measured.channels();
        int rate = measured.sampleRate();
        double peak = 0;
        for (float[] channel : channels) {
            for (float sample : channel) {
                peak = Math.max(peak, Math.abs(sample));
            }
        }
        if (peak == 0) {
            throw ImportException.inFile(fileName, "is silent (every sample is 0)");
        }
        int onset = onset(channels, peak * Math.pow(10, -ONSET_BELOW_PEAK_DB / 20));
        int start = Math.max(0, onset - (int) Math.round(LEAD_IN_SECONDS * rate));
        for (int c = 0; c < channels.length; c++) {
            channels[c] = Arrays.copyOfRange(channels[c], start, channels[c].length);
            if (rate != SAMPLE_RATE) {
                channels[c] = Resampler.resample(channels[c], rate, SAMPLE_RATE);
            }
        }
        int frames = channels[0].length;
        if (frames > MAX_SECONDS * SAMPLE_RATE) {
            throw ImportException.inFile(fileName, String.format(Locale.ROOT, "is %.2f s long after trimming the "
                    + "leading silence; at most %.0f s (trim the tail that is only noise)", (double) frames
                    / SAMPLE_RATE, MAX_SECONDS));
        }
        double gainDb = Double.NEGATIVE_INFINITY;
        for (int c : directPaths(channels.length)) {
            gainDb = Math.max(gainDb, bandGainDb(channels[c]));
        }
        if (!Double.isFinite(gainDb)) {
            throw ImportException.inFile(fileName, "has no energy around 1 kHz, so its level cannot be set");
        }
        float scale = (float) Math.pow(10, -gainDb / 20);
        for (float[] channel : channels) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] *= scale;
            }
        }
        return new Conditioned(channels, start, rate, -gainDb);
    }

    /**
     * The result of {@link #condition}.
     *
     * @param channels       the IR at {@link #SAMPLE_RATE}; owned by the holder
     * @param trimmedFrames  frames removed from the start, at the file's rate
     * @param fileRate       the file's rate in Hz
     * @param appliedGainDb  the gain applied to set the louder direct path to 0 dB at 1 kHz
     */
    record Conditioned(float[][] channels, int trimmedFrames, int fileRate, double appliedGainDb) {
        /** One line for the provenance notes. */
        String notes() {
            String resampled = fileRate == SAMPLE_RATE ? "" : " Resampled from " + fileRate + " Hz to "
                    + SAMPLE_RATE + " Hz.";
            return "Leading silence trimmed: " + trimmedFrames + " frames removed, 1 ms kept before the onset (the "
                    + "first frame within 20 dB of the peak), the same on every channel." + resampled
                    + " Gain " + Numbers.db(appliedGainDb) + " so that the louder direct path is 0 dB at 1 kHz "
                    + "(power average over 891 to 1122 Hz).";
        }
    }

    private static int onset(float[][] channels, double threshold) {
        for (int i = 0; i < channels[0].length; i++) {
            for (float[] channel : channels) {
                if (Math.abs(channel[i]) >= threshold) {
                    return i;
                }
            }
        }
        return 0;
    }

    static int[] directPaths(int channels) {
        return switch (channels) {
            case 1 -> new int[] {0};
            case 2 -> new int[] {0, 1};
            default -> new int[] {0, 3};
        };
    }

    /** The power-average gain of {@code ir} over the third octave around 1 kHz, in dB; −∞ if it has none. */
    static double bandGainDb(float[] ir) {
        int size = MIN_FFT_SIZE;
        while (size < ir.length) {
            size <<= 1;
        }
        double[] spectrum = new double[size];
        for (int i = 0; i < ir.length; i++) {
            spectrum[i] = ir[i];
        }
        new DoubleFFT_1D(size).realForward(spectrum);
        double binHz = (double) SAMPLE_RATE / size;
        int low = (int) Math.ceil(BAND_LOW_HZ / binHz);
        int high = (int) Math.floor(BAND_HIGH_HZ / binHz);
        double power = 0;
        for (int k = low; k <= high; k++) {
            double real = spectrum[2 * k];
            double imaginary = spectrum[2 * k + 1];
            power += real * real + imaginary * imaginary;
        }
        return 10 * Math.log10(power / (high - low + 1));
    }
}
