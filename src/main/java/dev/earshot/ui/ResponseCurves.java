package dev.earshot.ui;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.dsp.FrequencyResponse;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;

/**
 * Each profile's impulse-response magnitude at the spectrum's bands (1/6-octave smoothed, power-averaged over the
 * direct paths: L→L and R→R), computed once per profile on a worker thread and cached. The curve is the IR alone:
 * the profile's non-linear stages and noise are not in it. Thread-safe.
 */
public final class ResponseCurves implements AutoCloseable {
    private static final double SMOOTHING_OCTAVES = 1.0 / 6.0;

    private final ProfileLibrary library;
    private final List<PlaybackProfile> profiles;
    private final int sampleRate;
    private final ConcurrentHashMap<Integer, double[]> cache = new ConcurrentHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "response-curves");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    /** @param profiles in source order (source {@code i + 1} is element {@code i}) */
    public ResponseCurves(ProfileLibrary library, List<PlaybackProfile> profiles, int sampleRate) {
        this.library = library;
        this.profiles = profiles;
        this.sampleRate = sampleRate;
    }

    /**
     * Delivers source {@code source}'s curve (dB per band of {@code bandsHz}) to {@code sink} on the worker thread,
     * at once from the cache when known. Source 0 (the master) has none and gets nothing.
     */
    public void request(int source, double[] bandsHz, BiConsumer<Integer, double[]> sink) {
        if (source <= 0 || source > profiles.size()) {
            return;
        }
        double[] known = cache.get(source);
        if (known != null) {
            sink.accept(source, known);
            return;
        }
        worker.submit(() -> {
            double[] curve = cache.computeIfAbsent(source, s -> compute(s, bandsHz));
            if (curve.length > 0) {
                sink.accept(source, curve);
            }
        });
    }

    private double[] compute(int source, double[] bandsHz) {
        try {
            ImpulseResponse ir = IrFiles.load(library.irPath(profiles.get(source - 1)), sampleRate);
            return curve(ir, bandsHz);
        } catch (IOException e) {
            return new double[0]; // the engine loaded this IR already; a file gone since simply shows no curve
        }
    }

    /** The smoothed magnitude of {@code ir}'s direct paths at {@code bandsHz} (those above Nyquist get NaN), dB. */
    static double[] curve(ImpulseResponse ir, double[] bandsHz) {
        int channels = ir.channelCount();
        int[] direct = channels == 1 ? new int[] {0} : channels == 2 ? new int[] {0, 1} : new int[] {0, 3};
        double[] curve = new double[bandsHz.length];
        double nyquist = ir.sampleRate() / 2.0;
        for (int b = 0; b < bandsHz.length; b++) {
            if (bandsHz[b] * Math.pow(2, SMOOTHING_OCTAVES / 2) > nyquist) {
                curve[b] = Double.NaN;
                continue;
            }
            double power = 0;
            for (int c : direct) {
                double db = FrequencyResponse.smoothedGainDbAt(ir.channel(c), ir.sampleRate(), bandsHz[b],
                        SMOOTHING_OCTAVES);
                power += Math.pow(10, db / 10);
            }
            curve[b] = 10 * Math.log10(power / direct.length);
        }
        return curve;
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
