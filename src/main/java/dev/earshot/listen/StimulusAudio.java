package dev.earshot.listen;

import dev.earshot.audio.AudioFileException;
import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.WholeSource;
import dev.earshot.playback.blind.StimulusPlayer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns two decoded stimuli into what a blind test plays: B shifted by the alignment offset and turned by the
 * level-match gain, both cut to the part that is played (the loop region, or everything both cover, at most
 * {@link StimulusPlayer#MAX_FRAMES}), and both turned down together when a peak would exceed full scale, so a
 * stimulus never clips where the other does not (clipping would give the answer away). Stateless.
 */
public final class StimulusAudio {

    private StimulusAudio() {
    }

    /**
     * The stimuli ready to play.
     *
     * @param stimuli     A then B, two rows each, of {@link #lengthFrames} frames; new arrays
     * @param startFrame  frame of the aligned stimuli (A's frames) where the played part starts
     * @param headroomDb  gain applied to both (≤ 0) to keep every peak within full scale
     * @param cropped     whether the played part is shorter than what both stimuli cover without a loop
     */
    public record Playable(List<float[][]> stimuli, long startFrame, double headroomDb, boolean cropped) {
        /** Frames of each stimulus. */
        public int lengthFrames() {
            return stimuli.get(0)[0].length;
        }
    }

    /**
     * Decodes a whole file into memory.
     *
     * @return one row per channel, full scale 1.0
     * @throws AudioFileException if the file cannot be read or has more than two channels
     */
    public static float[][] decode(Path file) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            int channels = source.format().channels();
            if (channels > 2) {
                throw new AudioFileException(file, channels + " channels; a blind test plays mono or stereo");
            }
            return WholeSource.read(source, WholeSource.MAX_FRAMES);
        }
    }

    /**
     * Aligns, level-matches and cuts A and B.
     *
     * @param a            stimulus A, one or two rows; not modified
     * @param b            stimulus B, one or two rows; not modified
     * @param gainBDb      gain for B in dB (level match plus trim)
     * @param offsetFrames how many frames later B's content starts than A's; B is read this much further on
     * @param loop         the loop region in A's frames, or null to play everything both cover
     * @throws IllegalArgumentException if the stimuli do not overlap or the loop region lies outside them
     */
    public static Playable playable(float[][] a, float[][] b, double gainBDb, long offsetFrames, LoopRegion loop) {
        long common = Math.min(a[0].length, b[0].length - offsetFrames);
        if (common <= 0) {
            throw new IllegalArgumentException("the stimuli do not overlap after alignment");
        }
        long start = 0;
        long end = Math.min(common, StimulusPlayer.MAX_FRAMES);
        if (loop != null) {
            if (loop.startFrame() >= common) {
                throw new IllegalArgumentException("the loop starts at frame " + loop.startFrame() + " but the "
                        + "aligned stimuli end at frame " + common);
            }
            start = loop.startFrame();
            end = Math.min(Math.min(loop.endFrame(), common), start + StimulusPlayer.MAX_FRAMES);
        }
        int length = (int) (end - start);
        float gainB = (float) Math.pow(10, gainBDb / 20);
        float[][] outA = new float[2][length];
        float[][] outB = new float[2][length];
        for (int c = 0; c < 2; c++) {
            float[] rowA = a[Math.min(c, a.length - 1)];
            float[] rowB = b[Math.min(c, b.length - 1)];
            for (int i = 0; i < length; i++) {
                long frameB = start + i + offsetFrames;
                outA[c][i] = rowA[(int) (start + i)];
                outB[c][i] = frameB >= 0 && frameB < rowB.length ? rowB[(int) frameB] * gainB : 0f;
            }
        }
        float peak = Math.max(peak(outA), peak(outB));
        double headroomDb = 0;
        if (peak > 1f) {
            float scale = 1f / peak;
            scale(outA, scale);
            scale(outB, scale);
            headroomDb = 20 * Math.log10(scale);
        }
        return new Playable(List.of(outA, outB), start, headroomDb, loop == null && end < common);
    }

    private static float peak(float[][] rows) {
        float peak = 0f;
        for (float[] row : rows) {
            for (float v : row) {
                peak = Math.max(peak, Math.abs(v));
            }
        }
        return peak;
    }

    private static void scale(float[][] rows, float gain) {
        for (float[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                row[i] *= gain;
            }
        }
    }
}
