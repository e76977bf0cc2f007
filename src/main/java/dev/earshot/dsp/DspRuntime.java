package dev.earshot.dsp;

import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Process-wide settings of the DSP libraries. The one place that touches global state: call
 * {@link #configureThreads(int)} once at start-up, before any DSP work starts, and optionally
 * {@link #startWarmUp(long)} right after it.
 */
public final class DspRuntime {
    private DspRuntime() {
    }

    /**
     * Sets how many threads JTransforms (and JLargeArrays) may use inside one transform. JTransforms splits a
     * transform across threads only above its own size threshold (8192 points) and gives bit-identical results
     * for any thread count. Earshot's offline convolution parallelises across blocks itself (see
     * {@link OfflineConvolution}); measured on two cores with 262144-point transforms, JTransforms' threads on top
     * of that bring no measurable gain, while one render thread plus JTransforms' two threads is 10 to 20 %
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

    /**
     * Starts a daemon thread that runs the convolution code on silence for about {@code durationMillis}, so that the
     * JIT compiler has compiled the transforms by the time a render starts. A freshly started JVM runs the first
     * transforms 10 to 20 times slower than compiled ones; call this first thing in a command that will convolve,
     * so the warm-up uses the core that sits idle while the program parses arguments and opens its files. Measured
     * on two cores: convolving 240 s of 48 kHz stereo with a 1 s stereo response took 0.62 s right after start-up,
     * 0.41 to 0.50 s after a 250 ms warm-up and 0.26 to 0.34 s after a 400 ms one.
     *
     * @param durationMillis how long to run, 0 to 10 000 ms; 300 suits a command-line start
     * @return the started thread, for callers that want to wait for it or interrupt it (which ends it early)
     * @throws IllegalArgumentException if {@code durationMillis} is outside 0..10 000
     */
    public static Thread startWarmUp(long durationMillis) {
        if (durationMillis < 0 || durationMillis > 10_000) {
            throw new IllegalArgumentException("warm-up of " + durationMillis + " ms is outside 0..10000 ms");
        }
        Thread thread = new Thread(new TransformWarmUp(durationMillis), "earshot-dsp-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
        return thread;
    }
}
