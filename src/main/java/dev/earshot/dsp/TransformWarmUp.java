package dev.earshot.dsp;

/**
 * Runs the offline convolution's block code (transforms, spectral products, copies) on silence until a deadline, so
 * that the JIT compiler has compiled it before a real render needs it. Uses a true-stereo routing, which exercises
 * every path, and a 65536-point transform, which takes the same JTransforms code paths as the larger ones renders
 * use while reaching the compile thresholds sooner.
 */
final class TransformWarmUp implements Runnable {
    private static final int FFT_SIZE = 1 << 16;
    private static final int SAMPLE_RATE = 48_000;

    private final long durationNanos;

    /** @param durationMillis how long to run, at least 0 */
    TransformWarmUp(long durationMillis) {
        this.durationNanos = durationMillis * 1_000_000L;
    }

    @Override
    public void run() {
        long start = System.nanoTime();
        float[][] dirac = {{1f}, {0f}, {0f}, {1f}};
        ImpulseResponse ir = ImpulseResponse.of(dirac, SAMPLE_RATE);
        FftConvolver[] convolvers = new FftConvolver[dirac.length];
        for (int c = 0; c < dirac.length; c++) {
            convolvers[c] = new FftConvolver(dirac[c], FFT_SIZE);
        }
        BlockConvolver block = new BlockConvolver(convolvers, ConvolutionRouting.of(ir, 2));
        float[][] window = new float[2][FFT_SIZE];
        float[][] output = new float[2][FFT_SIZE];
        while (System.nanoTime() - start < durationNanos && !Thread.currentThread().isInterrupted()) {
            block.process(window, 0, output, 0, FFT_SIZE);
        }
    }
}
