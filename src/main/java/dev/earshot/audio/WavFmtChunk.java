package dev.earshot.audio;

import java.io.IOException;

/**
 * The checked contents of a WAV fmt chunk: sample coding and stream format. Parsing rejects every combination the
 * reader cannot decode, with a message that says which field is wrong.
 *
 * @param coding     byte layout of one sample
 * @param validBits  significant bits per sample (≤ the container width)
 * @param extensible true for WAVE_FORMAT_EXTENSIBLE
 */
record WavFmtChunk(SampleCoding coding, int channels, long sampleRate, int validBits, boolean extensible) {
    /** Size of the fmt payload we read: the 40-byte WAVE_FORMAT_EXTENSIBLE layout; extra bytes are ignored. */
    static final int MAX_FMT_BYTES = 40;
    private static final byte[] GUID_TAIL = {
        0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};

    /** Parses and checks the fmt chunk payload {@code b} (the first min(size, 40) bytes; size ≥ 16). */
    static WavFmtChunk parse(byte[] b, HeaderReader reader) throws IOException {
        int tag = Bytes.u16le(b, 0);
        int channels = Bytes.u16le(b, 2);
        long sampleRate = Bytes.u32le(b, 4);
        int blockAlign = Bytes.u16le(b, 12);
        int bits = Bytes.u16le(b, 14);
        boolean extensible = tag == WavFormatTags.EXTENSIBLE;
        int validBits = 0;
        if (extensible) {
            if (b.length < MAX_FMT_BYTES || Bytes.u16le(b, 16) < 22) {
                throw reader.error("the fmt chunk says WAVE_FORMAT_EXTENSIBLE but is too short for its extension ("
                        + b.length + " bytes, 40 needed)");
            }
            validBits = Bytes.u16le(b, 18);
            tag = subformatTag(b, reader);
        }
        if (channels == 0) {
            throw reader.error("the fmt chunk declares 0 channels");
        }
        if (channels > AudioFormatInfo.MAX_CHANNELS) {
            throw reader.error(channels + " channels; Earshot reads 1 to " + AudioFormatInfo.MAX_CHANNELS);
        }
        SampleCoding coding = coding(tag, bits, reader);
        int containerBits = coding.bytesPerSample() * 8;
        if (validBits == 0) {
            validBits = Math.min(bits, containerBits);
        } else if (validBits > containerBits) {
            throw reader.error("the fmt chunk declares " + validBits + " valid bits in a " + containerBits
                    + "-bit sample");
        }
        int expectedAlign = channels * coding.bytesPerSample();
        if (blockAlign != expectedAlign) {
            throw reader.error("block align " + blockAlign + " does not match " + channels + " channels × "
                    + containerBits + " bits (" + expectedAlign + " bytes per frame)");
        }
        return new WavFmtChunk(coding, channels, sampleRate, validBits, extensible);
    }

    private static int subformatTag(byte[] b, HeaderReader reader) throws AudioFileException {
        for (int i = 0; i < GUID_TAIL.length; i++) {
            if (b[28 + i] != GUID_TAIL[i]) {
                throw reader.error("the WAVE_FORMAT_EXTENSIBLE subformat is not PCM or IEEE float "
                        + "(unknown subformat GUID)");
            }
        }
        long data1 = Bytes.u32le(b, 24);
        return data1 > 0xFFFF ? -1 : (int) data1;
    }

    private static SampleCoding coding(int tag, int bits, HeaderReader reader) throws AudioFileException {
        if (tag == WavFormatTags.PCM) {
            if (bits < 1 || bits > 32) {
                throw reader.error(bits + "-bit PCM is not supported (8, 16, 24 or 32 bits)");
            }
            int bytes = (bits + 7) / 8;
            return bytes == 1 ? SampleCoding.U8 : SampleCoding.signedInteger(bytes, false);
        }
        if (tag == WavFormatTags.IEEE_FLOAT) {
            if (bits != 32 && bits != 64) {
                throw reader.error(bits + "-bit IEEE float is not supported (32 or 64 bits)");
            }
            return SampleCoding.ieeeFloat(bits / 8, false);
        }
        if (tag < 0) {
            throw reader.error("the WAVE_FORMAT_EXTENSIBLE subformat is not PCM or IEEE float");
        }
        throw reader.error(WavFormatTags.unsupported(tag));
    }
}
