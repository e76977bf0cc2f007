package dev.earshot.playback;

/** Float blocks to interleaved little-endian signed PCM, rounded to nearest and clipped to full scale. */
final class PcmPacking {

    private PcmPacking() {
    }

    /**
     * Writes {@code frames} interleaved frames of {@code block} into {@code out} from index 0.
     *
     * @param bitsPerSample 16 or 24
     * @param out           at least {@code frames * block.length * bitsPerSample / 8} bytes
     * @return bytes written
     */
    static int pack(float[][] block, int channels, int frames, int bitsPerSample, byte[] out) {
        int bytes = bitsPerSample / 8;
        double scale = bitsPerSample == 16 ? 32_767.0 : 8_388_607.0;
        int index = 0;
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                double v = block[c][i];
                v = v > 1.0 ? 1.0 : (v < -1.0 ? -1.0 : v);
                int code = (int) Math.round(v * scale);
                out[index] = (byte) code;
                out[index + 1] = (byte) (code >> 8);
                if (bytes == 3) {
                    out[index + 2] = (byte) (code >> 16);
                }
                index += bytes;
            }
        }
        return index;
    }
}
