package dev.earshot.analysis;

/**
 * How much louder or quieter a stereo programme plays when a mono device folds it: the integrated loudness
 * (BS.1770-4) of the fold (L + R) / 2 played on both speakers, against that of the stereo original. Identical
 * channels read 0 LU, uncorrelated channels of equal level about −3 LU, opposite-polarity channels minus infinity.
 * This is the loudness-weighted companion of {@link MonoFold}, which says where in frequency the fold loses.
 * Streaming, memory independent of duration, not thread-safe.
 */
public final class MonoFoldLoudness {
    private final IntegratedLoudnessMeter stereo;
    private final IntegratedLoudnessMeter fold;
    private float[][] folded = new float[2][0];

    /** @param sampleRate in Hz */
    public MonoFoldLoudness(int sampleRate) {
        this.stereo = new IntegratedLoudnessMeter(sampleRate, ChannelLayout.STEREO, 2);
        this.fold = new IntegratedLoudnessMeter(sampleRate, ChannelLayout.STEREO, 2);
    }

    /** Adds {@code frames} frames of the two channels {@code block[0]} and {@code block[1]}. */
    public void add(float[][] block, int frames) {
        if (folded[0].length < frames) {
            folded = new float[2][frames];
        }
        float[] left = block[0];
        float[] right = block[1];
        float[] mono = folded[0];
        for (int i = 0; i < frames; i++) {
            mono[i] = 0.5f * (left[i] + right[i]);
        }
        System.arraycopy(mono, 0, folded[1], 0, frames);
        stereo.add(block, frames);
        fold.add(folded, frames);
    }

    /** Integrated loudness of the stereo programme, LUFS. */
    public double stereoLufs() {
        return stereo.integratedLufs();
    }

    /** Integrated loudness of the mono fold on both speakers, LUFS. */
    public double foldLufs() {
        return fold.integratedLufs();
    }

    /** Fold minus stereo, in LU: negative when the fold is quieter; NaN while the stereo programme is silent. */
    public double changeLu() {
        double original = stereoLufs();
        if (!Double.isFinite(original)) {
            return Double.NaN;
        }
        return foldLufs() - original;
    }
}
