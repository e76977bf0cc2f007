package dev.earshot.audio;

/**
 * The facts in a 4-byte MPEG-1/2/2.5 audio frame header (ISO/IEC 11172-3, 13818-3), used to find the first frame of
 * an MP3 file and its Xing/Info tag before jlayer decodes it.
 *
 * @param version         1 for MPEG-1, 2 for MPEG-2, 25 for MPEG-2.5
 * @param layer           1, 2 or 3
 * @param sampleRate      Hz
 * @param channels        1 (single channel) or 2
 * @param samplesPerFrame frames of audio one MPEG frame decodes to (384, 576 or 1152)
 * @param frameBytes      length of the frame including its header
 * @param tagOffset       offset from the frame start where a Xing/Info tag would begin (Layer III only)
 */
record MpegFrameHeader(int version, int layer, int sampleRate, int channels, int samplesPerFrame, int frameBytes,
                       int tagOffset) {
    private static final int[][] BITRATES_KBPS = {
        {0, 32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384},
        {0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320},
        {0, 32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256},
        {0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160},
    };
    private static final int[] MPEG1_RATES = {44_100, 48_000, 32_000};

    /**
     * Parses a big-endian header word; {@code null} if it is not a valid header (no sync, reserved version, layer,
     * bit rate or sample rate, or free-format bit rate, which jlayer cannot decode either).
     */
    static MpegFrameHeader parse(int word) {
        if ((word >>> 21) != 0x7FF) {
            return null;
        }
        int versionBits = (word >>> 19) & 3;
        int layerBits = (word >>> 17) & 3;
        int bitrateIndex = (word >>> 12) & 0xF;
        int rateIndex = (word >>> 10) & 3;
        if (versionBits == 1 || layerBits == 0 || bitrateIndex == 0 || bitrateIndex == 15 || rateIndex == 3) {
            return null;
        }
        int version = versionBits == 3 ? 1 : versionBits == 2 ? 2 : 25;
        int layer = 4 - layerBits;
        int sampleRate = MPEG1_RATES[rateIndex] / (version == 1 ? 1 : version == 2 ? 2 : 4);
        int table = version == 1 ? layer - 1 : layer == 1 ? 3 : 4;
        int bitrate = BITRATES_KBPS[table][bitrateIndex] * 1000;
        int padding = (word >>> 9) & 1;
        int channels = ((word >>> 6) & 3) == 3 ? 1 : 2;
        int samplesPerFrame = layer == 1 ? 384 : layer == 2 || version == 1 ? 1152 : 576;
        int frameBytes = layer == 1
                ? (12 * bitrate / sampleRate + padding) * 4
                : samplesPerFrame / 8 * bitrate / sampleRate + padding;
        boolean crc = ((word >>> 16) & 1) == 0;
        int sideInfo = version == 1 ? (channels == 1 ? 17 : 32) : (channels == 1 ? 9 : 17);
        return new MpegFrameHeader(version, layer, sampleRate, channels, samplesPerFrame, frameBytes,
                4 + (crc ? 2 : 0) + sideInfo);
    }

    /** Whether {@code other} could be the next frame of the same stream. */
    boolean sameStreamAs(MpegFrameHeader other) {
        return other != null && other.version == version && other.layer == layer && other.sampleRate == sampleRate;
    }
}
