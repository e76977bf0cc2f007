package dev.earshot.render;

import dev.earshot.analysis.ChannelLayout;
import dev.earshot.analysis.LoudnessAnalyzer;
import dev.earshot.analysis.IntegratedLoudnessMeter;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.audio.SummedProgress;
import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.DeviceChains;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Renders a master through several playback profiles in parallel, each to its own stereo WAV file named after the
 * profile. Every profile streams the master from its own reader, so memory depends on the profiles' impulse responses,
 * the thread count and the bounded first-pass budget below, never otherwise on the master's length. A profile that
 * fails does not stop the others; its file is not left half-written.
 *
 * <p>With level matching (the default for listening), every render is brought to one integrated loudness, so what
 * differs between the files is tone, not level: the master's own loudness, but never above
 * {@link #DEFAULT_MAX_MATCH_LUFS}, because a dense master leaves no headroom for a device that lifts the bass (the
 * studio-monitors profile gives the master itself at that level to compare against). That takes two passes: the chain's
 * output is kept as 32-bit floats while it is measured, then it is copied with the matching gain into the final file.
 * The floats stay in memory while the renders running at once fit in {@link #MEMORY_BUDGET_BYTES} together (a 4-minute
 * stereo master takes 92 MB per render), otherwise in a temporary float file that is deleted afterwards; the output is
 * the same either way.
 */
public final class ProfileRenderer {
    private static final long NOISE_SEED = 0x4541_5253_484FL;
    private static final int BLOCK_FRAMES = 16_384;
    private static final double FIRST_PASS_SHARE = 0.8;
    /** The loudest level renders are matched to: AES TD1008's music level, leaving headroom for bass boosts. */
    public static final double DEFAULT_MAX_MATCH_LUFS = -16.0;
    /** Memory all renders of one call may hold their unmatched first passes in, in bytes. */
    public static final long MEMORY_BUDGET_BYTES = 128L << 20;

    private ProfileRenderer() {
    }

    /** Stops a running {@link #renderAll}: every render ends at its next block and leaves no file behind. */
    public static final class Cancellation {
        private volatile boolean cancelled;

        /** Asks the renders to stop; safe from any thread, e.g. a shutdown hook. */
        public void cancel() {
            cancelled = true;
        }

        public boolean isCancelled() {
            return cancelled;
        }

        void check() throws InterruptedIOException {
            if (cancelled) {
                throw new InterruptedIOException("render cancelled");
            }
        }
    }

    /** One profile to render and the impulse-response file it uses. */
    public record Job(PlaybackProfile profile, Path impulseResponseFile) {
    }

    /**
     * How to write the renders.
     *
     * @param format     output samples
     * @param levelMatch bring every render to one integrated loudness
     * @param matchLufs  that loudness, or NaN for the master's own capped at {@link #DEFAULT_MAX_MATCH_LUFS}
     * @param threads    profiles rendered at once
     */
    public record Settings(WavSampleFormat format, boolean levelMatch, double matchLufs, int threads) {
        public Settings {
            if (threads < 1) {
                throw new IllegalArgumentException("thread count must be 1 or more, not " + threads);
            }
            if (!Double.isNaN(matchLufs) && (matchLufs < -60 || matchLufs > 0)) {
                throw new IllegalArgumentException("match level " + matchLufs + " LUFS is outside -60..0 LUFS");
            }
        }
    }

    /** The renders and the loudness they were matched to (NaN when not level-matched). */
    public record Result(List<RenderOutcome> outcomes, double masterLufs, double matchedLufs) {
    }

    /**
     * @param master    the master file, read once per profile (and once more to measure it when level matching)
     * @param jobs      the profiles
     * @param outputDir created if missing; receives {@code <profile-id>.wav}
     * @param settings  sample format, level matching and how many profiles render at once
     * @param progress  overall fraction done, called from the render threads
     * @return one outcome per job, in the jobs' order, and the levels
     * @throws IOException if the master cannot be read or the folder cannot be created
     */
    public static Result renderAll(Path master, List<Job> jobs, Path outputDir, Settings settings,
                                   ProgressListener progress) throws IOException {
        return renderAll(master, jobs, outputDir, settings, progress, new Cancellation());
    }

    /**
     * As {@link #renderAll(Path, List, Path, Settings, ProgressListener)}, stoppable: after {@code cancellation}
     * is cancelled every unfinished render fails with "render cancelled" and removes its temporary files.
     */
    public static Result renderAll(Path master, List<Job> jobs, Path outputDir, Settings settings,
                                   ProgressListener progress, Cancellation cancellation) throws IOException {
        return renderAll(master, jobs, outputDir, settings, progress, cancellation, MEMORY_BUDGET_BYTES);
    }

    /** As above with another memory budget for first passes; 0 keeps every one in a temporary file (tests). */
    static Result renderAll(Path master, List<Job> jobs, Path outputDir, Settings settings,
                            ProgressListener progress, Cancellation cancellation, long memoryBudgetBytes)
            throws IOException {
        RenderMemory memory = new RenderMemory(memoryBudgetBytes);
        try (AudioSource source = AudioFiles.open(master)) {
            // Opened here so that an unreadable master fails the call at once, before any render starts.
            source.format();
        }
        Files.createDirectories(outputDir);
        SummedProgress shared = new SummedProgress(jobs.size(), progress);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(settings.threads(), Math.max(1, jobs.size())),
                r -> {
                    Thread t = new Thread(r, "earshot-render");
                    t.setDaemon(true);
                    return t;
                });
        try {
            // The master is measured on the pool, first, while the other threads start rendering: a render needs
            // the level only for its second pass.
            Future<Double> masterLoudness = pool.submit(() -> settings.levelMatch() ? measure(master) : Double.NaN);
            MatchLevel matchLevel = new MatchLevel(masterLoudness, settings);
            List<Future<RenderOutcome>> futures = new ArrayList<>(Collections.nCopies(jobs.size(), null));
            for (int index : costliestFirst(jobs)) {
                Job job = jobs.get(index);
                futures.set(index, pool.submit(() -> renderOne(master, job, outputDir, settings, matchLevel, memory,
                        fraction -> shared.update(index, fraction), cancellation)));
            }
            List<RenderOutcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), jobs.get(i)));
            }
            return new Result(outcomes, matchLevel.masterLufs(), matchLevel.matchLufs());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The master's integrated loudness; a mono master plays on both channels, so it is measured as dual mono. */
    private static double measure(Path master) throws IOException {
        try (AudioSource source = AudioFiles.open(master)) {
            int channels = source.format().channels();
            return LoudnessAnalyzer.analyze(source, ChannelLayout.defaultFor(channels), channels == 1,
                    ProgressListener.NONE).integratedLufs();
        }
    }

    /** The level renders are matched to, known once the master has been measured. */
    private static final class MatchLevel {
        private final Future<Double> masterLoudness;
        private final Settings settings;

        MatchLevel(Future<Double> masterLoudness, Settings settings) {
            this.masterLoudness = masterLoudness;
            this.settings = settings;
        }

        /** Waits for the master's measurement; throws its failure as an IOException naming the problem. */
        double masterLufs() throws IOException {
            try {
                return masterLoudness.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while measuring the master");
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause.getMessage() == null ? cause.toString() : cause.getMessage(), cause);
            }
        }

        /** The master's own level capped at {@link #DEFAULT_MAX_MATCH_LUFS}, the requested one, or NaN. */
        double matchLufs() throws IOException {
            if (!settings.levelMatch()) {
                return Double.NaN;
            }
            if (!Double.isNaN(settings.matchLufs())) {
                return settings.matchLufs();
            }
            double masterLufs = masterLufs();
            return Double.isFinite(masterLufs) ? Math.min(masterLufs, DEFAULT_MAX_MATCH_LUFS) : Double.NaN;
        }
    }

    /**
     * The jobs' indices, longest impulse-response file first (the convolution dominates a render's cost), so the last
     * renders to start are short ones and the threads finish close together. Unreadable sizes count as 0; the
     * outcomes keep the jobs' order whatever the start order.
     */
    static List<Integer> costliestFirst(List<Job> jobs) {
        long[] sizes = new long[jobs.size()];
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            try {
                sizes[i] = Files.size(jobs.get(i).impulseResponseFile());
            } catch (IOException e) {
                sizes[i] = 0;
            }
            order.add(i);
        }
        order.sort(Comparator.comparingLong((Integer i) -> sizes[i]).reversed());
        return order;
    }

    private static RenderOutcome await(Future<RenderOutcome> future, Job job) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering " + job.profile().id(), e);
        } catch (ExecutionException e) {
            return failed(job.profile().id(), e.getCause());
        }
    }

    private static RenderOutcome failed(String id, Throwable problem) {
        return new RenderOutcome(id, null, 0, Double.NaN, 0, 0,
                problem.getMessage() == null ? problem.getClass().getSimpleName() : problem.getMessage());
    }

    private static RenderOutcome renderOne(Path master, Job job, Path outputDir, Settings settings,
                                           MatchLevel matchLevel, RenderMemory memory, ProgressListener progress,
                                           Cancellation cancellation) {
        String id = job.profile().id();
        Path output = outputDir.resolve(id + ".wav");
        long ditherSeed = NOISE_SEED ^ id.hashCode();
        Path unmatched = outputDir.resolve("." + id + ".unmatched-"
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".wav");
        try (AudioSource source = AudioFiles.open(master)) {
            cancellation.check();
            int sampleRate = source.format().sampleRate();
            ImpulseResponse ir = IrFiles.load(job.impulseResponseFile(), sampleRate);
            DeviceChain chain = DeviceChains.build(job.profile(), ir, ImpulseResponseStage.OFFLINE,
                    NOISE_SEED);
            PeakCounter peaks = new PeakCounter();
            if (!settings.levelMatch()) {
                long frames;
                try (WavWriter writer = WavWriter.create(output, sampleRate, DeviceChain.CHANNELS, settings.format(),
                        ditherSeed)) {
                    frames = DeviceChain.render(source, chain, false, (block, n) -> {
                        cancellation.check();
                        peaks.add(block, n);
                        writer.write(block, n);
                    }, progress);
                    writer.commit();
                }
                return new RenderOutcome(id, output, frames, peaks.peakDbfs(), clipped(settings, peaks), 0, null);
            }
            IntegratedLoudnessMeter meter = new IntegratedLoudnessMeter(sampleRate, ChannelLayout.STEREO,
                    DeviceChain.CHANNELS);
            long frames;
            double gainDb;
            // The render is as long as the master (latency compensated, no tail).
            try (UnmatchedTake take = new UnmatchedTake(memory, unmatched, sampleRate, source.lengthFrames())) {
                DeviceChain.render(source, chain, false, (block, n) -> {
                    cancellation.check();
                    meter.add(block, n);
                    take.write(block, n);
                }, fraction -> progress.progress(fraction * FIRST_PASS_SHARE));
                double renderLufs = meter.integratedLufs();
                double matchLufs = matchLevel.matchLufs();
                gainDb = Double.isFinite(renderLufs) && Double.isFinite(matchLufs) ? matchLufs - renderLufs : 0;
                try (AudioSource unmatchedSource = take.replay()) {
                    frames = copyWithGain(unmatchedSource, output, gainDb, settings.format(), ditherSeed, peaks,
                            fraction -> progress.progress(FIRST_PASS_SHARE + fraction * (1 - FIRST_PASS_SHARE)),
                            cancellation);
                }
            }
            return new RenderOutcome(id, output, frames, peaks.peakDbfs(), clipped(settings, peaks), gainDb, null);
        } catch (IOException | RuntimeException e) {
            return failed(id, e);
        } finally {
            deleteQuietly(unmatched);
            progress.progress(1.0);
        }
    }

    /** Copies {@code source} into a new {@code to} with {@code gainDb} applied; returns the frames copied. */
    private static long copyWithGain(AudioSource source, Path to, double gainDb, WavSampleFormat format,
                                     long ditherSeed, PeakCounter peaks, ProgressListener progress,
                                     Cancellation cancellation)
            throws IOException {
        float gain = (float) Math.pow(10, gainDb / 20);
        try (WavWriter writer = WavWriter.create(to, source.format().sampleRate(), DeviceChain.CHANNELS, format,
                ditherSeed)) {
            float[][] block = new float[DeviceChain.CHANNELS][BLOCK_FRAMES];
            long total = Math.max(1, source.lengthFrames());
            long frames = 0;
            int n;
            while ((n = source.read(block, BLOCK_FRAMES)) > 0) {
                cancellation.check();
                for (float[] channel : block) {
                    for (int i = 0; i < n; i++) {
                        channel[i] *= gain;
                    }
                }
                peaks.add(block, n);
                writer.write(block, n);
                frames += n;
                progress.progress(Math.min(1.0, frames / (double) total));
            }
            writer.commit();
            return frames;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The temporary file is hidden and named as such; a failure to remove it must not hide the render's
            // own outcome. Nothing else can be done here.
        }
    }

    private static long clipped(Settings settings, PeakCounter peaks) {
        return settings.format() == WavSampleFormat.PCM24 ? peaks.framesAboveFullScale() : 0;
    }

    /** Tracks the output's peak and how many frames go above full scale. */
    static final class PeakCounter {
        private double peak;
        private long framesAbove;

        void add(float[][] block, int frames) {
            float blockPeak = 0f;
            for (int c = 0; c < DeviceChain.CHANNELS; c++) {
                float[] samples = block[c];
                for (int i = 0; i < frames; i++) {
                    blockPeak = Math.max(blockPeak, Math.abs(samples[i]));
                }
            }
            // Math.max keeps a NaN, as comparing sample by sample did; with a NaN in the block, count frame by frame.
            peak = Math.max(peak, blockPeak);
            if (!(blockPeak <= 1f)) {
                for (int i = 0; i < frames; i++) {
                    boolean over = false;
                    for (int c = 0; c < DeviceChain.CHANNELS; c++) {
                        over |= Math.abs(block[c][i]) > 1f;
                    }
                    if (over) {
                        framesAbove++;
                    }
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
