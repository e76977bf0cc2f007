package dev.earshot.dsp;

import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Process-wide settings of the DSP libraries. The one place that touches global state: call
 * {@link #configureThreads(int)} once at start-up, before any DSP work starts.
 */
public final class DspRuntime {
    private DspRuntime() {
    }

    /**
     * Sets how many threads JTransforms (and JLargeArrays) may use inside one transform. JTransforms splits a
     * transform across threads only above its own size threshold (8192 points) and gives bit-identical results
     * for any thread count. Earshot's offline convolution parallelises across blocks itself (see
     * {@link OfflineConvolution}); measured on two cores with 262144-point transforms, JTransforms' threads on top
     * of that neither help nor hurt measurably, while one render thread plus JTransforms' two threads is about 10 %
     * slower than two render threads. Passing 1 avoids oversubscription when several renders run at once.
     * JTransforms' pool threads are not daemons: a program that sets more than 1 must end with
     * {@code System.exit}.
     *
     * @param threads 1 or more, typically the number of cores
     * @throws IllegalArgumentException if {@code threads < 1}
     */
    public static void configureThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("thread count must be at least 1, not " + threads);
        }
        ConcurrencyUtils.setNumberOfThreads(threads);
    }
}
