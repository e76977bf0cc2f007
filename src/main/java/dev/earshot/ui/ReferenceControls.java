package dev.earshot.ui;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ResamplingSource;
import dev.earshot.audio.WholeSource;
import dev.earshot.playback.ReferenceLevel;
import dev.earshot.playback.ReferenceTrack;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What the reference controls show and allow, without Swing: the spinner ranges, the texts of the alignment and the
 * applied gain, and how album tracks (other songs of the record, heard at the same playhead) are built. Pure
 * functions apart from {@link #decode}, which reads a file; any thread.
 */
public final class ReferenceControls {
    /** The manual offset spinner's range, ± milliseconds. */
    public static final double MAX_OFFSET_MS = 2000.0;
    /** The offset spinner's step, milliseconds. */
    public static final double OFFSET_STEP_MS = 1.0;
    /** The trim spinner's range, ± dB. */
    public static final double MAX_TRIM_DB = 12.0;
    /** The trim spinner's step, dB. */
    public static final double TRIM_STEP_DB = 0.5;
    /** The gain an album track is added with: none, so that loudness differences between songs stay audible. */
    public static final double ALBUM_GAIN_DB = 0.0;

    private ReferenceControls() {
    }

    /** The selector's text for a track: its name, with "(album)" for an album track. */
    public static String itemText(String name, boolean album) {
        return album ? name + " (album)" : name;
    }

    /**
     * The alignment found, e.g. "+12.5 ms (match 0.93)", "not aligned (match 0.12)" when the correlation peak was too
     * weak (the track then plays from frame 0), or "none (album track)" for a fixed track.
     */
    public static String alignmentText(ReferenceTrack track) {
        double peak = track.correlationPeak();
        if (Double.isNaN(peak)) {
            return "none (album track)";
        }
        if (peak < ReferenceTrack.MIN_ALIGNMENT_PEAK) {
            return String.format(Locale.ROOT, "not aligned (match %.2f)", peak);
        }
        double ms = track.alignmentFrames() * 1000.0 / track.sampleRate();
        return String.format(Locale.ROOT, "%+.1f ms (match %.2f)", ms, peak);
    }

    /**
     * The applied gain, e.g. "−3.2 dB"; "measuring…" until a level-matched reference's whole-signal measurement is
     * done (an album track's gain is known at once).
     */
    public static String gainText(ReferenceLevel level, boolean album) {
        if (!album && !level.measured()) {
            return "measuring…";
        }
        return String.format(Locale.ROOT, "%+.1f dB", level.appliedGainDb()).replace('-', '\u2212');
    }

    /** {@code offsetMs} limited to ±{@link #MAX_OFFSET_MS}. */
    public static double clampOffsetMs(double offsetMs) {
        return Math.max(-MAX_OFFSET_MS, Math.min(MAX_OFFSET_MS, offsetMs));
    }

    /** {@code trimDb} limited to ±{@link #MAX_TRIM_DB} and rounded to the nearest {@link #TRIM_STEP_DB}. */
    public static double clampTrimDb(double trimDb) {
        double rounded = Math.round(trimDb / TRIM_STEP_DB) * TRIM_STEP_DB;
        return Math.max(-MAX_TRIM_DB, Math.min(MAX_TRIM_DB, rounded));
    }

    /**
     * The trim to give the engine: the listener's trim, plus, for an album track being level matched, its match gain
     * (the engine does not level match fixed tracks).
     */
    public static double engineTrimDb(double userTrimDb, boolean album, boolean matched, double albumMatchDb) {
        return album && matched ? userTrimDb + albumMatchDb : userTrimDb;
    }

    /** An album track: played from frame 0 with the master (songs cannot be aligned by correlation). */
    public static ReferenceTrack albumTrack(String name, float[][] audio, int sampleRate) {
        return ReferenceTrack.fixed(name, audio, sampleRate, 0);
    }

    /**
     * Decodes {@code file} (any format Earshot reads) at {@code sampleRate}, for {@link #albumTrack}. Reads the file:
     * call off the EDT.
     *
     * @return one or two rows, full scale 1.0; the caller's
     * @throws IOException if the file cannot be read, is not mono or stereo or is empty (the message names the file)
     */
    public static float[][] decode(Path file, int sampleRate) throws IOException {
        float[][] audio;
        try (AudioSource opened = AudioFiles.open(file)) {
            int channels = opened.format().channels();
            if (channels > 2) {
                throw new AudioFileException(file, channels + " channels; the player takes mono or stereo tracks");
            }
            AudioSource source = opened.format().sampleRate() == sampleRate ? opened
                    : new ResamplingSource(opened, sampleRate);
            audio = WholeSource.read(source, WholeSource.MAX_FRAMES);
        }
        if (audio[0].length == 0) {
            throw new AudioFileException(file, "holds no audio frames");
        }
        return audio;
    }
}
