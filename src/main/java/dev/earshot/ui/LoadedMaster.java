package dev.earshot.ui;

/**
 * A master decoded into memory for the player.
 *
 * @param displayName  the file name shown in the title bar
 * @param file         where it came from, or null for the built-in demo
 * @param samples      one or two rows of equal length, full scale 1.0; owned by the player from now on, never written
 * @param sampleRate   frames per second
 * @param note         a remark for the status bar (e.g. channels dropped), empty if none
 */
public record LoadedMaster(String displayName, java.nio.file.Path file, float[][] samples, int sampleRate,
                           String note) {
    /** Length in frames. */
    public long lengthFrames() {
        return samples[0].length;
    }

    /** Length in seconds. */
    public double durationSeconds() {
        return samples[0].length / (double) sampleRate;
    }
}
