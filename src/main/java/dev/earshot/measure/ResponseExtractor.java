package dev.earshot.measure;

import java.util.List;

/**
 * Cuts the linear impulse response out of an {@link AlignedResponse}: the onset is found relative to the peak, the
 * response is trimmed to start {@link #PRE_DELAY_SECONDS} before it, the noise floor is measured over the last
 * quarter of the period after the peak (where the response has died away and before the next sweep's harmonic
 * responses), and the response ends where its 5 ms envelope last stands {@link #END_ABOVE_NOISE_DB} dB above that
 * floor (or above {@link #MAX_RANGE_DB} dB below the peak, whichever is higher), faded out with a half-Hann over the last fifth of its length. Stateless and thread-safe.
 */
public final class ResponseExtractor {
    /** The highest harmonic whose response is separated and measured. */
    public static final int MAX_HARMONIC = 5;
    /** Onset threshold below the peak, in dB. */
    public static final double ONSET_BELOW_PEAK_DB = 20;
    /** Time kept before the onset, in seconds. */
    public static final double PRE_DELAY_SECONDS = 0.001;
    /** The response ends where its envelope falls to this many dB above the noise floor. */
    static final double END_ABOVE_NOISE_DB = 6;
    /**
     * The response is not followed further than this below its peak, in dB: a near-noiseless recording (a digital
     * loopback) would otherwise keep the deconvolution's rounding-level ringing for the whole period.
     */
    static final double MAX_RANGE_DB = 110;
    private static final double ENVELOPE_SECONDS = 0.005;
    private static final double MIN_LENGTH_SECONDS = 0.05;

    private ResponseExtractor() {
    }

    /** Extracts the linear response and the harmonic levels of {@code aligned}. */
    public static ExtractedResponse extract(AlignedResponse aligned, SweepSettings settings) {
        double[] block = aligned.samples();
        int peak = aligned.peakIndex();
        int rate = aligned.sampleRate();
        double peakValue = Math.abs(block[peak]);
        double threshold = peakValue * Math.pow(10, -ONSET_BELOW_PEAK_DB / 20);
        int onset = peak;
        int earliest = Math.max(0, peak - (int) (0.05 * rate));
        for (int i = earliest; i <= peak; i++) {
            if (Math.abs(block[i]) >= threshold) {
                onset = i;
                break;
            }
        }
        int start = Math.max(0, onset - (int) Math.round(PRE_DELAY_SECONDS * rate));
        int after = block.length - peak;
        double noiseRms = rms(block, block.length - after / 4, block.length);
        int end = endOfResponse(block, peak, Math.max(noiseRms, peakValue * Math.pow(10, -MAX_RANGE_DB / 20)), rate);
        float[] impulse = new float[end - start];
        int fade = Math.max(1, impulse.length / 5);
        for (int i = 0; i < impulse.length; i++) {
            double weight = 1;
            int fromEnd = impulse.length - i;
            if (fromEnd <= fade) {
                weight = 0.5 * (1 - Math.cos(Math.PI * fromEnd / (fade + 1)));
            }
            impulse[i] = (float) (block[start + i] * weight);
        }
        double noiseDb = 20 * Math.log10(Math.max(noiseRms, 1e-30) / peakValue);
        double onsetSeconds = aligned.latencySeconds() - (peak - onset) / (double) rate;
        HarmonicDistortion harmonics = HarmonicDistortion.measure(block, peak, start, settings);
        return new ExtractedResponse(impulse, rate, aligned.latencySeconds(), onsetSeconds, -noiseDb, noiseDb,
                aligned.driftPpm(), aligned.sweepsAveraged(), harmonics);
    }

    /** The end (exclusive) of the part of the response that stands above the noise. */
    private static int endOfResponse(double[] block, int peak, double noiseRms, int rate) {
        int segment = Math.max(1, (int) (ENVELOPE_SECONDS * rate));
        double limit = noiseRms * Math.pow(10, END_ABOVE_NOISE_DB / 20);
        int searchEnd = block.length - (block.length - peak) / 4;
        int end = Math.min(searchEnd, peak + (int) (MIN_LENGTH_SECONDS * rate));
        for (int s = peak; s + segment <= searchEnd; s += segment) {
            if (rms(block, s, s + segment) > limit) {
                end = Math.max(end, s + segment);
            }
        }
        return end;
    }

    static double rms(double[] x, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += x[i] * x[i];
        }
        return to > from ? Math.sqrt(sum / (to - from)) : 0;
    }

    /** The octave-band centres distortion is reported at: 31.25 Hz to 16 kHz. */
    static List<Double> octaveCentresHz() {
        return List.of(31.25, 62.5, 125.0, 250.0, 500.0, 1000.0, 2000.0, 4000.0, 8000.0, 16000.0);
    }
}
