package dev.earshot.measure;

import dev.earshot.dsp.MinimumPhase;
import java.util.Arrays;
import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Deconvolves a recording of an exponential sweep: the recording's spectrum is multiplied by the inverse filter's,
 * divided, with regularisation, by the spectrum a wire would give (sweep times inverse), and shaped by the sweep's
 * own fades (flat inside, half-Hann edges in log frequency, nothing outside the swept range). The division removes
 * the ripple the Farina inverse leaves in short sweeps, so the response is flat inside the unfaded band to better
 * than 0.01 dB; the fade shape keeps the band edges smooth, so the response rings briefly and nothing outside the
 * sweep is amplified. The whole recording is transformed at once in double precision: three double arrays of the next
 * power of two above the recording's plus the sweep's length (at most 48 bytes per frame of that sum, twice that
 * after rounding up), proportional to the recording, with no copy of it kept. Stateless and thread-safe.
 */
public final class Deconvolver {
    /** Power added to |wire response|² before dividing by it: −40 dB below the unit in-band gain. */
    static final double REGULARISATION = 1e-4;
    /** Length of the minimum-phase band-limiting filter: 0.34 s at 48 kHz, long enough for a 15 Hz edge. */
    private static final int BAND_FIR_FRAMES = 1 << 14;
    /** Gain of the band limit outside the swept range. */
    private static final double BAND_FLOOR_DB = -80;

    private Deconvolver() {
    }

    /**
     * Deconvolves one recorded channel.
     *
     * @param recording the channel, at {@code settings.sampleRate()}; only read
     * @param settings  the settings the sweep was generated with
     * @throws IllegalArgumentException if the recording is empty or too long to transform
     */
    public static Deconvolution deconvolve(float[] recording, SweepSettings settings) {
        if (recording.length == 0) {
            throw new IllegalArgumentException("the recording holds no samples");
        }
        long needed = (long) recording.length + settings.sweepFrames();
        if (needed > (1 << 29)) {
            throw new IllegalArgumentException("the recording of " + recording.length + " frames is too long to "
                    + "deconvolve at once; cut it to the sweeps");
        }
        int size = Integer.highestOneBit((int) needed - 1) << 1;
        DoubleFFT_1D fft = new DoubleFFT_1D(size);
        double[] filter = new double[size];
        double[] other = new double[size];
        double[] sweep = ExponentialSweep.sweep(settings);
        System.arraycopy(sweep, 0, filter, 0, sweep.length);
        double[] inverse = ExponentialSweep.inverseFilter(settings);
        System.arraycopy(inverse, 0, other, 0, inverse.length);
        fft.realForward(filter);
        fft.realForward(other);
        // filter := B · I · conj(W) / (|W|² + ε) with W = X · I and B the sweep's fade shape; the wire's lag (sweep
        // length − 1) cancels out.
        double[] band = bandShape(settings, size);
        double delayFrames = peakPosition(band);
        fft.realForward(band);
        filter[0] = 0;
        filter[1] = 0;
        for (int k = 2; k < size; k += 2) {
            double xRe = filter[k];
            double xIm = filter[k + 1];
            double iRe = other[k];
            double iIm = other[k + 1];
            double wRe = xRe * iRe - xIm * iIm;
            double wIm = xRe * iIm + xIm * iRe;
            double denominator = wRe * wRe + wIm * wIm + REGULARISATION;
            // I · conj(W) / (|W|² + ε)
            double gRe = (iRe * wRe + iIm * wIm) / denominator;
            double gIm = (iIm * wRe - iRe * wIm) / denominator;
            filter[k] = band[k] * gRe - band[k + 1] * gIm;
            filter[k + 1] = band[k] * gIm + band[k + 1] * gRe;
        }
        band = null;
        Arrays.fill(other, 0);
        for (int i = 0; i < recording.length; i++) {
            other[i] = recording[i];
        }
        fft.realForward(other);
        other[0] *= filter[0];
        other[1] *= filter[1];
        for (int k = 2; k < size; k += 2) {
            double re = other[k] * filter[k] - other[k + 1] * filter[k + 1];
            double im = other[k] * filter[k + 1] + other[k + 1] * filter[k];
            other[k] = re;
            other[k + 1] = im;
        }
        fft.realInverse(other, true);
        return new Deconvolution(other, settings.sampleRate(), delayFrames);
    }

    /**
     * The sweep's fade shape as a minimum-phase FIR, zero-padded to {@code size}: a causal band limit, so the
     * deconvolved response does not ring before its onset (a zero-phase band edge near 20 Hz would ring for a tenth
     * of a second on both sides of the peak, and trimming the lead-in would cut that).
     */
    private static double[] bandShape(SweepSettings settings, int size) {
        int frames = Math.min(size / 2, BAND_FIR_FRAMES);
        double[] fir = MinimumPhase.design(frequencyHz -> Math.max(BAND_FLOOR_DB,
                20 * Math.log10(ExponentialSweep.bandWeight(settings, frequencyHz))), settings.sampleRate(), frames);
        return Arrays.copyOf(fir, size);
    }

    /** Where {@code fir} peaks, to a fraction of a frame (the vertex of a parabola through its largest values). */
    private static double peakPosition(double[] fir) {
        int peak = 0;
        for (int i = 1; i < Math.min(fir.length, BAND_FIR_FRAMES); i++) {
            if (Math.abs(fir[i]) > Math.abs(fir[peak])) {
                peak = i;
            }
        }
        double left = peak > 0 ? Math.abs(fir[peak - 1]) : 0;
        double centre = Math.abs(fir[peak]);
        double right = Math.abs(fir[peak + 1]);
        double denominator = left - 2 * centre + right;
        return denominator < 0 ? peak + 0.5 * (left - right) / denominator : peak;
    }
}
