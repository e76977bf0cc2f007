package dev.earshot.dsp;

import org.jtransforms.fft.DoubleFFT_1D;

/**
 * Designs minimum-phase FIR filters from magnitude-only responses by the real-cepstrum method: the log magnitude is
 * sampled on a dense linear grid, turned into the real cepstrum by an inverse FFT, folded onto positive quefrencies
 * (which makes it causal and the filter minimum phase), brought back to a spectrum, exponentiated and inverse
 * transformed. The result is truncated to the requested length with a short half-Hann fade at its end.
 *
 * <p>Every elementary function here is {@link StrictMath}, so the design does not depend on the CPU; the FFTs are
 * IEEE arithmetic. Stateless and thread-safe; each call allocates its own working arrays (a few MB for long IRs).
 */
public final class MinimumPhase {
    /** The smallest FFT used for the cepstrum: fine enough that a 1/12-octave feature at 30 Hz spans many bins. */
    static final int MIN_FFT_SIZE = 1 << 16;
    /** The grid is at least this many times longer than the IR, which keeps cepstral aliasing negligible. */
    static final int OVERSAMPLING = 8;
    /** Gains below this are clamped before the logarithm (a response may vanish at 0 Hz). */
    static final double FLOOR_DB = -160.0;
    private static final double NEPERS_PER_DB = StrictMath.log(10.0) / 20.0;

    private MinimumPhase() {
    }

    /**
     * The minimum-phase FIR whose magnitude follows {@code response} (a {@link MagnitudeCurve} or any model).
     *
     * @param sampleRate 8 000 to 384 000 Hz; the response is sampled from 0 Hz to sampleRate / 2
     * @param irFrames   the IR length, at least 1 and at most 2<sup>22</sup>
     * @return a new array of {@code irFrames} samples, owned by the caller
     * @throws IllegalArgumentException for a bad rate or length, or a response that returns NaN
     */
    public static float[] fromMagnitude(MagnitudeResponse response, int sampleRate, int irFrames) {
        double[] design = design(response, sampleRate, irFrames);
        float[] ir = new float[irFrames];
        for (int i = 0; i < irFrames; i++) {
            ir[i] = (float) design[i];
        }
        return ir;
    }

    /** As {@link #fromMagnitude}, in double precision, for callers that keep composing before rounding. */
    public static double[] design(MagnitudeResponse response, int sampleRate, int irFrames) {
        if (sampleRate < 8_000 || sampleRate > 384_000) {
            throw new IllegalArgumentException("sample rate " + sampleRate + " Hz is outside 8000..384000");
        }
        if (irFrames < 1 || irFrames > (1 << 22)) {
            throw new IllegalArgumentException("IR length " + irFrames + " frames is outside 1.." + (1 << 22));
        }
        int fftSize = fftSize(irFrames);
        DoubleFFT_1D fft = new DoubleFFT_1D(fftSize);
        double[] spectrum = logMagnitude(response, sampleRate, fftSize);
        fft.complexInverse(spectrum, true);
        foldCepstrum(spectrum, fftSize);
        fft.complexForward(spectrum);
        exponentiate(spectrum, fftSize);
        fft.complexInverse(spectrum, true);
        double[] ir = new double[irFrames];
        for (int i = 0; i < irFrames; i++) {
            ir[i] = spectrum[2 * i];
        }
        fadeOut(ir);
        return ir;
    }

    /** The cepstrum FFT size for an IR of {@code irFrames}: a power of two, at least 65 536 and 8× the IR. */
    static int fftSize(int irFrames) {
        int size = MIN_FFT_SIZE;
        while (size < OVERSAMPLING * irFrames) {
            size <<= 1;
        }
        return size;
    }

    /** Natural-log magnitude on bins 0..N-1 (even-symmetric), as interleaved complex values with zero imaginary. */
    private static double[] logMagnitude(MagnitudeResponse response, int sampleRate, int fftSize) {
        double[] spectrum = new double[2 * fftSize];
        double binHz = (double) sampleRate / fftSize;
        for (int k = 0; k <= fftSize / 2; k++) {
            // Bin 0 is sampled half a bin up: models that vanish at DC stay finite and the floor catches the rest.
            double frequencyHz = k == 0 ? 0.5 * binHz : k * binHz;
            double gainDb = response.gainDbAt(frequencyHz);
            if (Double.isNaN(gainDb)) {
                throw new IllegalArgumentException("the response is NaN at " + frequencyHz + " Hz");
            }
            double logMagnitude = Math.max(gainDb, FLOOR_DB) * NEPERS_PER_DB;
            spectrum[2 * k] = logMagnitude;
            if (k > 0 && k < fftSize / 2) {
                spectrum[2 * (fftSize - k)] = logMagnitude;
            }
        }
        return spectrum;
    }

    /** Keeps c[0] and c[N/2], doubles c[1..N/2-1], zeroes the negative quefrencies and all imaginary parts. */
    private static void foldCepstrum(double[] cepstrum, int fftSize) {
        int half = fftSize / 2;
        for (int n = 0; n < fftSize; n++) {
            double factor = n == 0 || n == half ? 1.0 : n < half ? 2.0 : 0.0;
            cepstrum[2 * n] *= factor;
            cepstrum[2 * n + 1] = 0.0;
        }
    }

    private static void exponentiate(double[] spectrum, int fftSize) {
        for (int k = 0; k < fftSize; k++) {
            double magnitude = StrictMath.exp(spectrum[2 * k]);
            double phase = spectrum[2 * k + 1];
            spectrum[2 * k] = magnitude * StrictMath.cos(phase);
            spectrum[2 * k + 1] = magnitude * StrictMath.sin(phase);
        }
    }

    /** A half-Hann fade over the last 1/16 of the IR (at most 1024 frames; none below 16), so truncation is smooth. */
    private static void fadeOut(double[] ir) {
        if (ir.length < 16) {
            return;
        }
        int fadeFrames = Math.min(1024, ir.length / 16);
        for (int i = 0; i < fadeFrames; i++) {
            double weight = 0.5 * (1.0 + StrictMath.cos(StrictMath.PI * (i + 1) / (fadeFrames + 1)));
            ir[ir.length - fadeFrames + i] *= weight;
        }
    }
}
