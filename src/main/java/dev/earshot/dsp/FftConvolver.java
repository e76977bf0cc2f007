package dev.earshot.dsp;

import org.jtransforms.fft.FloatFFT_1D;

/**
 * The spectrum of one impulse-response channel, ready for overlap-save convolution with FFT size
 * {@link #fftSize()}.
 *
 * <p>Overlap-save: a window of {@code fftSize} input samples (the last {@code irFrames - 1} samples before the
 * block, then {@link #hopFrames()} new ones) is transformed with {@link FloatFFT_1D#realForward(float[])}; its
 * spectrum is multiplied by this one ({@link #multiply} or {@link #multiplyAccumulate} to sum several paths, as
 * true stereo does); {@link FloatFFT_1D#realInverse(float[], boolean) realInverse(spectrum, false)} then leaves the
 * {@code hopFrames} output samples of the block at indices {@code irFrames - 1} onwards. The scaling of the
 * inverse transform (2/N for JTransforms' packed real transforms) is folded into the stored spectrum, so the
 * inverse must be called unscaled.
 *
 * <p>Spectra use JTransforms' packed real layout: {@code a[0]} = Re[0], {@code a[1]} = Re[N/2], and
 * {@code a[2k]}, {@code a[2k+1]} = Re[k], Im[k] for 0 &lt; k &lt; N/2. One instance serves any number of channels
 * and threads at once: it is immutable after construction.
 */
public final class FftConvolver {
    /** Longest impulse response accepted, in frames (about 5.8 minutes at 48 kHz). */
    public static final int MAX_IR_FRAMES = 1 << 24;
    /**
     * Smallest FFT size used. Short responses still get large blocks: below this the per-block overhead dominates,
     * above it the FFT's cost per sample grows only with log N.
     */
    static final int MIN_FFT_SIZE = 1 << 14;

    private final float[] spectrum;
    private final int fftSize;
    private final int irFrames;

    /**
     * Transforms {@code impulse} with the FFT size {@link #fftSizeFor(int)} picks for its length.
     *
     * @param impulse the response, 1 to {@link #MAX_IR_FRAMES} samples; not kept
     */
    public FftConvolver(float[] impulse) {
        this(impulse, fftSizeFor(impulse.length));
    }

    /**
     * @param impulse the response, 1 to {@link #MAX_IR_FRAMES} samples; not kept
     * @param fftSize a power of two, at least {@code 2 * impulse.length}
     * @throws IllegalArgumentException if the sizes are not as above
     */
    public FftConvolver(float[] impulse, int fftSize) {
        this(impulse, fftSize, new FloatFFT_1D(checkedFftSize(impulse.length, fftSize)));
    }

    /** As {@link #FftConvolver(float[], int)}, reusing a transform of size {@code fftSize}. */
    FftConvolver(float[] impulse, int fftSize, FloatFFT_1D transform) {
        checkedFftSize(impulse.length, fftSize);
        this.fftSize = fftSize;
        this.irFrames = impulse.length;
        this.spectrum = new float[fftSize];
        // JTransforms' unscaled realInverse returns the signal times fftSize / 2.
        float scale = 2.0f / fftSize;
        for (int i = 0; i < impulse.length; i++) {
            spectrum[i] = impulse[i] * scale;
        }
        transform.realForward(spectrum);
    }

    /**
     * The FFT size that gives the best throughput for a response of {@code irFrames} frames: the smallest power of
     * two at least four times the response, and at least {@value #MIN_FFT_SIZE}. Four times rather than twice
     * because each block then yields three quarters of the FFT size as output instead of about half, which is
     * cheaper per output sample despite the larger transform.
     *
     * @throws IllegalArgumentException if {@code irFrames} is outside 1..{@link #MAX_IR_FRAMES}
     */
    public static int fftSizeFor(int irFrames) {
        requireIrFrames(irFrames);
        int size = Integer.highestOneBit(4 * irFrames - 1) << 1;
        return Math.max(MIN_FFT_SIZE, size);
    }

    private static long checkedFftSize(int irFrames, int fftSize) {
        requireIrFrames(irFrames);
        if (Integer.bitCount(fftSize) != 1 || fftSize < 2L * irFrames || fftSize < 4) {
            throw new IllegalArgumentException("FFT size " + fftSize + " must be a power of two of at least twice the"
                    + " impulse response length (" + irFrames + " frames)");
        }
        return fftSize;
    }

    private static void requireIrFrames(int irFrames) {
        if (irFrames < 1 || irFrames > MAX_IR_FRAMES) {
            throw new IllegalArgumentException("impulse response of " + irFrames + " frames is outside 1.."
                    + MAX_IR_FRAMES + " frames");
        }
    }

    /** Transform length in samples, a power of two. */
    public int fftSize() {
        return fftSize;
    }

    /** Length of the response in frames. */
    public int irFrames() {
        return irFrames;
    }

    /** New output samples per block: {@code fftSize - irFrames + 1}. */
    public int hopFrames() {
        return fftSize - irFrames + 1;
    }

    /**
     * Writes the product of {@code inputSpectrum} and this response's spectrum into {@code product}.
     *
     * @param inputSpectrum packed spectrum of an input window, {@code fftSize} floats; only read
     * @param product       receives the packed product, {@code fftSize} floats; may not be {@code inputSpectrum}
     */
    public void multiply(float[] inputSpectrum, float[] product) {
        float[] h = spectrum;
        product[0] = inputSpectrum[0] * h[0];
        product[1] = inputSpectrum[1] * h[1];
        for (int i = 2; i < fftSize; i += 2) {
            float xr = inputSpectrum[i];
            float xi = inputSpectrum[i + 1];
            float hr = h[i];
            float hi = h[i + 1];
            product[i] = xr * hr - xi * hi;
            product[i + 1] = xr * hi + xi * hr;
        }
    }

    /**
     * Adds the product of {@code inputSpectrum} and this response's spectrum to {@code accumulator}.
     *
     * @param inputSpectrum packed spectrum of an input window, {@code fftSize} floats; only read
     * @param accumulator   packed spectrum to add to, {@code fftSize} floats
     */
    public void multiplyAccumulate(float[] inputSpectrum, float[] accumulator) {
        float[] h = spectrum;
        accumulator[0] += inputSpectrum[0] * h[0];
        accumulator[1] += inputSpectrum[1] * h[1];
        for (int i = 2; i < fftSize; i += 2) {
            float xr = inputSpectrum[i];
            float xi = inputSpectrum[i + 1];
            float hr = h[i];
            float hi = h[i + 1];
            accumulator[i] += xr * hr - xi * hi;
            accumulator[i + 1] += xr * hi + xi * hr;
        }
    }
}
