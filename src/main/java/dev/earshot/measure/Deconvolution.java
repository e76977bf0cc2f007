package dev.earshot.measure;

/**
 * The deconvolved response of one recorded channel: sample {@code n} is the response at lag {@code n} frames after
 * the start of the recording, so a wire with no latency shows its impulse at the frame where a sweep starts in the
 * recording. Negative lags (where the harmonic responses of a sweep starting near the beginning fall) wrap around
 * to the end, as in a circular convolution of {@link #sizeFrames()} frames. Immutable: {@link #window} copies.
 */
public final class Deconvolution {
    private final double[] samples;
    private final int sampleRate;
    private final double bandDelayFrames;

    Deconvolution(double[] samples, int sampleRate, double bandDelayFrames) {
        this.samples = samples;
        this.sampleRate = sampleRate;
        this.bandDelayFrames = bandDelayFrames;
    }

    /**
     * Where the deconvolution's own band limit puts the peak of a wire, in frames after the sweep's start (about
     * one frame: the limit is causal); subtracted when the latency is reported.
     */
    public double bandDelayFrames() {
        return bandDelayFrames;
    }

    /** Frames per second. */
    public int sampleRate() {
        return sampleRate;
    }

    /** The circular length in frames, a power of two at least the recording's length plus the sweep's. */
    public int sizeFrames() {
        return samples.length;
    }

    /** The response at lag {@code frame}, which may be negative or beyond the size (it wraps). */
    public double at(long frame) {
        return samples[(int) Math.floorMod(frame, (long) samples.length)];
    }

    /** A new array of {@code frames} samples from lag {@code start} on (wrapping). */
    public double[] window(long start, int frames) {
        double[] out = new double[frames];
        for (int i = 0; i < frames; i++) {
            out[i] = at(start + i);
        }
        return out;
    }

    /** The lag in [{@code from}, {@code to}) whose sample has the largest magnitude. */
    public long peakBetween(long from, long to) {
        long best = from;
        double bestValue = -1;
        for (long i = from; i < to; i++) {
            double value = Math.abs(at(i));
            if (value > bestValue) {
                bestValue = value;
                best = i;
            }
        }
        return best;
    }
}
