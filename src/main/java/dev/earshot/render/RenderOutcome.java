package dev.earshot.render;

import java.nio.file.Path;

/**
 * What happened to one profile's render.
 *
 * @param profileId     the profile
 * @param output        the file written, or null if the render failed
 * @param frames        frames written
 * @param peakDbfs      highest absolute sample before the file's quantisation, in dBFS (above 0 means overs)
 * @param clippedFrames frames with at least one sample clipped by 24-bit output (0 for float output)
 * @param matchGainDb   gain applied to match the master's integrated loudness (0 when not level-matched)
 * @param problem       why the render failed, or null
 */
public record RenderOutcome(String profileId, Path output, long frames, double peakDbfs, long clippedFrames,
                            double matchGainDb, String problem) {
    public boolean succeeded() {
        return problem == null;
    }
}
