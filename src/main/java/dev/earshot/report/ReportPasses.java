package dev.earshot.report;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.SummedProgress;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.report.measure.DeviceProbe;
import dev.earshot.report.measure.NoiseProbe;
import dev.earshot.report.measure.ProgrammeMeasurement;
import dev.earshot.report.measure.ProgrammePass;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every streaming pass a report needs, in parallel on a bounded pool: each programme (the master, then every
 * reference) once in the studio and once through every profile; for the master, also each device's 1 kHz probe and
 * each profile's noise alone. Each pass reads its file itself, so memory depends on the thread count and the impulse
 * responses, never on the programmes' lengths. The first failure cancels the other passes and is rethrown.
 */
final class ReportPasses {

    /**
     * Everything measured.
     *
     * @param studio        per programme (master first), measured without a device
     * @param device        per programme, per profile (request order)
     * @param gainAt1kHzDb  per profile, the device's gain at 1 kHz
     * @param noise         per profile, the noise alone, or null for profiles without noise
     */
    record Measurements(List<ProgrammeMeasurement> studio, List<List<ProgrammeMeasurement>> device,
                        double[] gainAt1kHzDb, List<ProgrammeMeasurement> noise) {
    }

    private ReportPasses() {
    }

    static Measurements run(ReportRequest request, ProgressListener progress, ReportCancellation cancellation)
            throws IOException {
        List<Path> programmes = new ArrayList<>();
        programmes.add(request.master());
        programmes.addAll(request.references());
        int[] sampleRates = new int[programmes.size()];
        for (int p = 0; p < programmes.size(); p++) {
            try (AudioSource source = AudioFiles.open(programmes.get(p))) {
                sampleRates[p] = source.format().sampleRate();
            }
        }
        int profileCount = request.profiles().size();
        int tasks = programmes.size() * (profileCount + 1);
        SummedProgress shared = new SummedProgress(tasks, progress);
        ProgrammeMeasurement[][] results = new ProgrammeMeasurement[programmes.size()][profileCount + 1];
        double[] gains = new double[profileCount];
        ProgrammeMeasurement[] noise = new ProgrammeMeasurement[profileCount];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(request.threads(), tasks), r -> {
            Thread t = new Thread(r, "earshot-report");
            t.setDaemon(true);
            return t;
        });
        List<Future<?>> futures = new ArrayList<>();
        try {
            int task = 0;
            for (int p = 0; p < programmes.size(); p++) {
                for (int i = -1; i < profileCount; i++) {
                    int programme = p;
                    int profile = i;
                    int index = task++;
                    futures.add(pool.submit(() -> {
                        if (cancellation.isCancelled()) {
                            throw new InterruptedIOException("report cancelled");
                        }
                        ProgressListener own = fraction -> shared.update(index, fraction);
                        Path file = programmes.get(programme);
                        if (profile < 0) {
                            results[programme][0] = ProgrammePass.run(file, null, programme == 0, own,
                                    cancellation::isCancelled);
                            return null;
                        }
                        ProfileInput input = request.profiles().get(profile);
                        DeviceChain chain = DeviceChainFactory.build(input, sampleRates[programme]);
                        if (programme == 0) {
                            gains[profile] = DeviceProbe.gainAt1kHzDb(chain, sampleRates[0]);
                            PlaybackProfile profileModel = input.profile();
                            if (profileModel.noise() != null) {
                                noise[profile] = NoiseProbe.measure(profileModel.noise(),
                                        profileModel.listeningLevelDbSpl(), sampleRates[0],
                                        DeviceChainFactory.NOISE_SEED);
                            }
                        }
                        results[programme][profile + 1] = ProgrammePass.run(file, chain, false, own,
                                cancellation::isCancelled);
                        return null;
                    }));
                }
            }
            for (Future<?> future : futures) {
                await(future, cancellation);
            }
        } finally {
            // No interrupts: the passes stop at their next block once cancelled, and an interrupted transform
            // thread would log its own stack trace.
            cancellationOnExit(futures, cancellation);
            pool.shutdown();
        }
        List<ProgrammeMeasurement> studio = new ArrayList<>();
        List<List<ProgrammeMeasurement>> device = new ArrayList<>();
        for (ProgrammeMeasurement[] row : results) {
            studio.add(row[0]);
            List<ProgrammeMeasurement> perProfile = new ArrayList<>();
            for (int i = 1; i < row.length; i++) {
                perProfile.add(row[i]);
            }
            device.add(perProfile);
        }
        List<ProgrammeMeasurement> noiseList = new ArrayList<>();
        for (ProgrammeMeasurement n : noise) {
            noiseList.add(n);
        }
        return new Measurements(studio, device, gains, Collections.unmodifiableList(noiseList));
    }

    private static void cancellationOnExit(List<Future<?>> futures, ReportCancellation cancellation) {
        for (Future<?> future : futures) {
            if (!future.isDone()) {
                cancellation.cancel();
                return;
            }
        }
    }

    private static void await(Future<?> future, ReportCancellation cancellation) throws IOException {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancellation.cancel();
            throw new InterruptedIOException("report interrupted");
        } catch (ExecutionException e) {
            cancellation.cancel();
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            if (cause instanceof UncheckedIOException unchecked) {
                throw unchecked.getCause();
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IOException(cause);
        }
    }
}
