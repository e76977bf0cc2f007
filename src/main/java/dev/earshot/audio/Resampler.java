package dev.earshot.audio;

/**
 * Sample-rate conversion of whole buffers, e.g. an impulse response brought to a master's rate. Uses the same
 * polyphase windowed-sinc filter as {@link ResamplingSource} (see {@link ResamplingKernel}): pass band flat within
 * 0.0001 dB up to 0.45 × the lower rate, aliases and images attenuated by more than 100 dB, no added delay.
 */
public final class Resampler {
    private Resampler() {
    }

    /**
     * Resamples one channel. Output sample {@code n} corresponds to input time {@code n·fromRate/toRate} (in input
     * samples); samples outside the input count as silence.
     *
     * @param input    samples at {@code fromRate}; not modified, not retained
     * @param fromRate input rate in Hz, positive
     * @param toRate   output rate in Hz, positive
     * @return a new array of {@code round(input.length·toRate/fromRate)} samples at {@code toRate}; a copy of the
     *         input when the rates are equal
     * @throws IllegalArgumentException if a rate is not positive
     */
    public static float[] resample(float[] input, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive: " + fromRate + " Hz -> " + toRate + " Hz");
        }
        if (fromRate == toRate) {
            return input.clone();
        }
        ResamplingKernel kernel = new ResamplingKernel(fromRate, toRate);
        int halfTaps = kernel.halfTaps();
        long outputLength = kernel.outputLength(input.length);
        if (outputLength > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(input.length + " samples at " + fromRate + " Hz do not fit in one array at "
                    + toRate + " Hz");
        }
        // Padded so that padded[i] holds input sample i - (halfTaps - 1); then the window of output n starts at
        // padded[inputBase(n)]. The tail pad covers the last output's window, which reaches halfTaps past its base.
        float[] padded = new float[input.length + 3 * halfTaps + 1];
        System.arraycopy(input, 0, padded, halfTaps - 1, input.length);
        float[] output = new float[(int) outputLength];
        double[] scratch = new double[2 * halfTaps];
        for (int n = 0; n < output.length; n++) {
            output[n] = kernel.apply(padded, (int) kernel.inputBase(n), n, scratch);
        }
        return output;
    }

    /**
     * Number of output frames for {@code inputFrames} input frames: {@code round(inputFrames·toRate/fromRate)}, halves
     * rounded up; {@code inputFrames} when the rates are equal.
     */
    public static long outputLength(long inputFrames, int fromRate, int toRate) {
        if (fromRate == toRate) {
            return inputFrames;
        }
        int gcd = ResamplingKernel.gcd(fromRate, toRate);
        long up = toRate / gcd;
        long down = fromRate / gcd;
        return Math.floorDiv(2 * inputFrames * up + down, 2 * down);
    }
}
