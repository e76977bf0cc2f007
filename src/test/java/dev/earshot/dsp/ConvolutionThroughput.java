package dev.earshot.dsp;

import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.util.Random;

/**
 * Hand-run throughput check, not a test: convolves 240 s of 48 kHz stereo noise with a one-second stereo response
 * and prints the wall-clock time of each run. Run with
 * {@code java -cp target/classes:target/test-classes:<dependencies> dev.earshot.dsp.ConvolutionThroughput [runs]
 * [threads] [jtransformsThreads]}.
 */
public final class ConvolutionThroughput {
    private ConvolutionThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int irLayoutChannels = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        DspRuntime.configureThreads(args.length > 2 ? Integer.parseInt(args[2]) : 1);
        int rate = 48_000;
        Random random = new Random(42);
        float[][] master = OfflineConvolutionTest.noise(random, 2, 240 * rate);
        ImpulseResponse ir = ImpulseResponse.of(OfflineConvolutionTest.decayingNoise(random, irLayoutChannels, rate),
                rate);
        for (int run = 1; run <= runs; run++) {
            double[] checksum = new double[1];
            long start = System.nanoTime();
            StringBuilder batchMillis = new StringBuilder();
            long[] last = {start};
            long frames = OfflineConvolution.render(new FloatArraySource(master, rate, 1 << 16, true), ir, false,
                    (block, count) -> {
                        for (float[] channel : block) {
                            for (int i = 0; i < count; i++) {
                                checksum[0] += channel[i];
                            }
                        }
                        long now = System.nanoTime();
                        batchMillis.append(' ').append((now - last[0]) / 1_000_000);
                        last[0] = now;
                    },
                    ProgressListener.NONE, threads);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (run == 1 && System.getProperty("batches") != null) {
                System.out.println("batch ms:" + batchMillis);
            }
            System.out.printf("run %d: %d frames, %d IR channels, %d threads, FFT %d: %.3f s (%.0fx real time),"
                            + " checksum %.6f%n", run, frames, irLayoutChannels, threads,
                    FftConvolver.fftSizeFor(rate), seconds, 240 / seconds, checksum[0]);
        }
    }
}
