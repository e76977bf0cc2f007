package dev.earshot.listen;

import dev.earshot.analysis.LoudnessAnalyzer;
import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.dsp.CrossCorrelation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Measures two stimuli before a blind test: level match from integrated loudness (BS.1770 via
 * {@link LoudnessAnalyzer}), time offset by FFT cross-correlation of the mono sum of the first
 * {@value #EXCERPT_SECONDS} s within ±{@value #SEARCH_SECONDS} s, and each file's SHA-256.
 *
 * <p>Stateless; each call opens and closes the files itself. Both files must share one sample rate. Memory: the
 * excerpts and the FFT buffers, about 100 MB for 30 s at 96 kHz.
 */
public final class StimulusPreparation {
    /** Length of the excerpt that is cross-correlated, in seconds. */
    public static final int EXCERPT_SECONDS = 30;
    /** Largest offset searched, in seconds either way. */
    public static final int SEARCH_SECONDS = 1;
    private static final int BLOCK_FRAMES = 4096;

    private StimulusPreparation() {
    }

    /**
     * Measures A and B.
     *
     * @param fileA        the reference stimulus
     * @param fileB        the stimulus that gets the gain and offset
     * @param manualTrimDb extra gain for B in dB (finite; 0 for none)
     * @return the measurements
     * @throws AudioFileException       if a file cannot be read, the sample rates differ, or a file is silent
     * @throws IllegalArgumentException if the trim is not finite
     */
    public static PreparedStimuli prepare(Path fileA, Path fileB, double manualTrimDb) throws IOException {
        if (!Double.isFinite(manualTrimDb)) {
            throw new IllegalArgumentException("manual trim must be a finite number of dB");
        }
        double lufsA = loudness(fileA);
        double lufsB = loudness(fileB);
        float[] monoA;
        float[] monoB;
        int rateA;
        try (AudioSource a = AudioFiles.open(fileA); AudioSource b = AudioFiles.open(fileB)) {
            rateA = a.format().sampleRate();
            if (b.format().sampleRate() != rateA) {
                throw new AudioFileException(fileB, "sample rate " + b.format().sampleRate() + " Hz differs from "
                        + fileA.getFileName() + " (" + rateA + " Hz); convert one so both share a rate");
            }
            int excerptFrames = EXCERPT_SECONDS * rateA;
            monoA = monoExcerpt(a, excerptFrames);
            monoB = monoExcerpt(b, excerptFrames);
        }
        Alignment alignment = align(monoA, monoB, SEARCH_SECONDS * rateA);
        return new PreparedStimuli(Sha256.ofFile(fileA), Sha256.ofFile(fileB), lufsA, lufsB, lufsA - lufsB,
                manualTrimDb, alignment.offsetFrames(), alignment.correlationPeak());
    }

    /**
     * The lag of {@code b} against {@code a} with the highest cross-correlation {@code Σ a[n]·b[n+lag]}.
     *
     * @param a             reference samples (not modified)
     * @param b             delayed or advanced copy (not modified)
     * @param maxLagFrames  largest |lag| searched, ≥ 0
     * @return the lag in frames (positive: b is late) and the correlation there divided by √(Σa²·Σb²); a peak of 0
     *         at lag 0 when either input is silent
     */
    public static Alignment align(float[] a, float[] b, int maxLagFrames) {
        CrossCorrelation.Lag lag = CrossCorrelation.best(a, b, maxLagFrames);
        return new Alignment(lag.frames(), lag.peak());
    }

    /**
     * The result of {@link #align}.
     *
     * @param offsetFrames     lag of the second signal in frames (positive: late)
     * @param correlationPeak  normalised correlation at that lag, −1..1
     */
    public record Alignment(long offsetFrames, double correlationPeak) {
    }

    private static double loudness(Path file) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            double lufs = LoudnessAnalyzer.analyze(source, null, false, ProgressListener.NONE).integratedLufs();
            if (!Double.isFinite(lufs)) {
                throw new AudioFileException(file, "too quiet to level-match (no block above the −70 LUFS gate)");
            }
            return lufs;
        }
    }

    private static float[] monoExcerpt(AudioSource source, int maxFrames) throws IOException {
        int channels = source.format().channels();
        float[][] block = new float[channels][BLOCK_FRAMES];
        float[] mono = new float[maxFrames];
        int filled = 0;
        while (filled < maxFrames) {
            int frames = source.read(block, Math.min(BLOCK_FRAMES, maxFrames - filled));
            if (frames < 0) {
                break;
            }
            for (int c = 0; c < channels; c++) {
                float[] samples = block[c];
                for (int i = 0; i < frames; i++) {
                    mono[filled + i] += samples[i];
                }
            }
            filled += frames;
        }
        return filled == maxFrames ? mono : Arrays.copyOf(mono, filled);
    }
}
