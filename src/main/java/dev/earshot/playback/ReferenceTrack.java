package dev.earshot.playback;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ResamplingSource;
import dev.earshot.audio.WholeSource;
import dev.earshot.dsp.CrossCorrelation;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A reference track held in memory at the master's rate, with its alignment to the master: the lag found by
 * cross-correlating mono folds of the first {@value #EXCERPT_SECONDS} s of both within ±{@value #SEARCH_SECONDS} s.
 * When the best normalised correlation is below {@value #MIN_ALIGNMENT_PEAK} the reference is taken to be a
 * different piece and is played from the master's frame 0 (alignment 0). Immutable once built; the audio rows are
 * shared with the engine, which only reads them.
 */
public final class ReferenceTrack {
    /** Seconds of each signal cross-correlated. */
    public static final int EXCERPT_SECONDS = 10;
    /** Largest alignment searched, seconds either way. */
    public static final int SEARCH_SECONDS = 2;
    /** Normalised correlation below which no alignment is applied. */
    public static final double MIN_ALIGNMENT_PEAK = 0.3;

    private final String name;
    private final float[][] audio;
    private final int sampleRate;
    private final long alignmentFrames;
    private final double correlationPeak;

    private ReferenceTrack(String name, float[][] audio, int sampleRate, long alignmentFrames, double peak) {
        this.name = name;
        this.audio = audio;
        this.sampleRate = sampleRate;
        this.alignmentFrames = alignmentFrames;
        this.correlationPeak = peak;
    }

    /**
     * Aligns in-memory audio to the master (seconds of CPU at most; call off the audio thread and off the EDT).
     *
     * @param name       shown in the window, e.g. the file name
     * @param audio      one or two rows of equal length at {@code sampleRate}, full scale 1.0; kept, not copied
     * @param master     one or two rows, the engine's master; read only
     * @param sampleRate of both, frames per second
     * @throws IllegalArgumentException if {@code audio} is not mono or stereo with rows of equal length
     */
    public static ReferenceTrack of(String name, float[][] audio, float[][] master, int sampleRate) {
        float[][] stereo = stereo(name, audio);
        int excerpt = EXCERPT_SECONDS * sampleRate;
        CrossCorrelation.Lag lag = CrossCorrelation.best(monoExcerpt(master, excerpt), monoExcerpt(stereo, excerpt),
                SEARCH_SECONDS * sampleRate);
        boolean aligned = lag.peak() >= MIN_ALIGNMENT_PEAK;
        return new ReferenceTrack(name, stereo, sampleRate, aligned ? lag.frames() : 0, lag.peak());
    }

    /**
     * In-memory audio played at a fixed offset, without cross-correlation: for audio already aligned to the master
     * (e.g. blind-test stimuli, whose offset the session log records). Cheap; any thread.
     *
     * @param name         shown in the window
     * @param audio        one or two rows of equal length at {@code sampleRate}, full scale 1.0; kept, not copied
     * @param sampleRate   frames per second
     * @param offsetFrames reference frame = master frame + this
     * @throws IllegalArgumentException if {@code audio} is not mono or stereo with rows of equal length
     */
    public static ReferenceTrack fixed(String name, float[][] audio, int sampleRate, long offsetFrames) {
        return new ReferenceTrack(name, stereo(name, audio), sampleRate, offsetFrames, Double.NaN);
    }

    /**
     * Decodes {@code file} (any format Earshot reads), converts it to {@code sampleRate} when its rate differs, and
     * aligns it to the master as {@link #of} does. Reads the file: call off the audio thread and off the EDT.
     *
     * @throws IOException if the file cannot be read or is not mono or stereo (the message names the file)
     */
    public static ReferenceTrack load(Path file, float[][] master, int sampleRate) throws IOException {
        float[][] audio;
        try (AudioSource opened = AudioFiles.open(file)) {
            int channels = opened.format().channels();
            if (channels > 2) {
                throw new AudioFileException(file, channels + " channels; the player takes mono or stereo references");
            }
            AudioSource source = opened.format().sampleRate() == sampleRate ? opened
                    : new ResamplingSource(opened, sampleRate);
            audio = WholeSource.read(source, WholeSource.MAX_FRAMES);
        }
        if (audio[0].length == 0) {
            throw new AudioFileException(file, "holds no audio frames");
        }
        return of(file.getFileName().toString(), audio, master, sampleRate);
    }

    /** The name given when the track was built. */
    public String name() {
        return name;
    }

    /** Frames per second of the audio (the master's rate). */
    public int sampleRate() {
        return sampleRate;
    }

    /** Length in frames; past it the reference plays silence. */
    public long lengthFrames() {
        return audio[0].length;
    }

    /** Frames the reference lags the master by (reference frame = master frame + this), from cross-correlation. */
    public long alignmentFrames() {
        return alignmentFrames;
    }

    /**
     * Normalised cross-correlation at the alignment, −1 to 1: near 1 for another version of the same master; NaN for
     * a {@link #fixed} track.
     */
    public double correlationPeak() {
        return correlationPeak;
    }

    /** The two rows; shared, never written. */
    float[][] audio() {
        return audio;
    }

    private static float[][] stereo(String name, float[][] audio) {
        if (audio.length < 1 || audio.length > 2 || audio[0].length != audio[audio.length - 1].length) {
            throw new IllegalArgumentException(name + ": the player takes mono or stereo references with rows of "
                    + "equal length, not " + audio.length + " channels");
        }
        return audio.length == 2 ? audio : new float[][] {audio[0], audio[0]};
    }

    private static float[] monoExcerpt(float[][] stereo, int maxFrames) {
        int frames = Math.min(maxFrames, stereo[0].length);
        float[] mono = new float[frames];
        for (int i = 0; i < frames; i++) {
            mono[i] = 0.5f * (stereo[0][i] + stereo[stereo.length - 1][i]);
        }
        return mono;
    }
}
