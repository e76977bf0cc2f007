package dev.earshot.analysis;

/**
 * Only integrated loudness (BS.1770-4 gating), without the peaks, loudness range or series that
 * {@link LoudnessMeter} also measures: what level matching needs, at about half the cost. Gives exactly the
 * integrated loudness a {@link LoudnessMeter} gives for the same stream and layout. Memory is independent of duration.
 * Not thread-safe.
 */
public final class IntegratedLoudnessMeter {
    private final KWeightedLoudness loudness;

    /**
     * @param sampleRate in Hz
     * @param layout     channel weights (see {@link ChannelLayout#weights(int, boolean)})
     * @param channels   channels of the blocks that will be added
     */
    public IntegratedLoudnessMeter(int sampleRate, ChannelLayout layout, int channels) {
        this.loudness = new KWeightedLoudness(sampleRate, layout.weights(channels, false), false);
    }

    /** Adds {@code frames} frames of {@code block[c][0..frames)}; any block size. */
    public void add(float[][] block, int frames) {
        loudness.add(block, frames);
    }

    /** Integrated loudness so far in LUFS; minus infinity before the first full 400 ms block or for silence. */
    public double integratedLufs() {
        return loudness.integratedLufs();
    }
}
