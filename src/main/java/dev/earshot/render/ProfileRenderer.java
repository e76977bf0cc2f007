package dev.earshot.render;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.DeviceChains;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders a master through several playback profiles in parallel, each to its own WAV file named after the
 * profile. Every profile streams the master from its own reader, so memory depends on the profiles' impulse
 * responses and the thread count, never on the master's length. A profile that fails does not stop the others;
 * its file is not left half-written.
 */
public final class ProfileRenderer {
    private static final long NOISE_SEED = 0x4541_5253_484FL;

    private ProfileRenderer() {
    }

    /** One profile to render and the impulse-response file it uses. */
    public record Job(PlaybackProfile profile, Path impulseResponseFile) {
    }

    /**
     * @param master    the master file, read once per profile
     * @param jobs      the profiles
     * @param outputDir created if missing; receives {@code <profile-id>.wav}
     * @param format    output samples (24-bit dithered PCM or 32-bit float)
     * @param threads   profiles rendered at once, 1 or more
     * @param progress  overall fraction done, from any render thread
     * @return one outcome per job, in the jobs' order
     * @throws IOException if the master cannot be opened or the folder cannot be created
     */
    public static List<RenderOutcome> renderAll(Path master, List<Job> jobs, Path outputDir, WavSampleFormat format,
                                                int threads, ProgressListener progress) throws IOException {
        try (AudioSource probe = AudioFiles.open(master)) {
            probe.format(); // fail early, once, on a master that cannot be read
        }
        Files.createDirectories(outputDir);
        SharedProgress shared = new SharedProgress(jobs.size(), progress);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, jobs.size())), r -> {
            Thread t = new Thread(r, "earshot-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RenderOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job job = jobs.get(i);
                int index = i;
                futures.add(pool.submit(() -> renderOne(master, job, outputDir, format,
                        fraction -> shared.update(index, fraction))));
            }
            List<RenderOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), jobs.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static RenderOutcome await(Future<RenderOutcome> future, Job job) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering " + job.profile().id(), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            return new RenderOutcome(job.profile().id(), null, 0, Double.NaN, 0,
                    cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        }
    }

    private static RenderOutcome renderOne(Path master, Job job, Path outputDir, WavSampleFormat format,
                                           ProgressListener progress) {
        String id = job.profile().id();
        Path output = outputDir.resolve(id + ".wav");
        try (AudioSource source = AudioFiles.open(master)) {
            int sampleRate = source.format().sampleRate();
            ImpulseResponse ir = IrFiles.load(job.impulseResponseFile(), sampleRate);
            DeviceChain chain = DeviceChains.build(job.profile(), ir, ImpulseResponseStage.OFFLINE_PARTITION_FRAMES,
                    NOISE_SEED);
            PeakCounter peaks = new PeakCounter();
            long frames;
            try (WavWriter writer = WavWriter.create(output, sampleRate, 2, format, NOISE_SEED ^ id.hashCode())) {
                frames = DeviceChain.render(source, chain, false, (block, n) -> {
                    peaks.add(block, 2, n);
                    writer.write(block, n);
                }, progress);
                writer.commit();
            }
            progress.progress(1.0);
            return new RenderOutcome(id, output, frames, peaks.peakDbfs(),
                    format == WavSampleFormat.PCM24 ? peaks.framesAboveFullScale() : 0, null);
        } catch (IOException | RuntimeException e) {
            progress.progress(1.0);
            return new RenderOutcome(id, null, 0, Double.NaN, 0,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Sums the per-profile fractions into one overall fraction. */
    private static final class SharedProgress {
        private final double[] fractions;
        private final ProgressListener listener;
        private double reported;

        SharedProgress(int jobs, ProgressListener listener) {
            this.fractions = new double[Math.max(1, jobs)];
            this.listener = listener;
        }

        synchronized void update(int index, double fraction) {
            fractions[index] = Math.max(fractions[index], Math.min(1.0, fraction));
            double sum = 0;
            for (double f : fractions) {
                sum += f;
            }
            double overall = sum / fractions.length;
            if (overall > reported) {
                reported = overall;
                listener.progress(overall);
            }
        }
    }

    /** Tracks the output's peak and how many frames go above full scale. */
    private static final class PeakCounter {
        private double peak;
        private long framesAbove;

        void add(float[][] block, int channels, int frames) {
            for (int i = 0; i < frames; i++) {
                boolean over = false;
                for (int c = 0; c < channels; c++) {
                    double a = Math.abs(block[c][i]);
                    peak = Math.max(peak, a);
                    over |= a > 1.0;
                }
                if (over) {
                    framesAbove++;
                }
            }
        }

        double peakDbfs() {
            return peak > 0 ? 20 * Math.log10(peak) : Double.NEGATIVE_INFINITY;
        }

        long framesAboveFullScale() {
            return framesAbove;
        }
    }
}
