package dev.earshot.audio;

import java.io.IOException;

/**
 * The checked contents of an AIFF or AIFF-C COMM chunk.
 *
 * @param channels      1 to 8
 * @param frames        sample frames the header declares
 * @param bitsPerSample significant bits per sample
 * @param sampleRate    frames per second, already range-checked and rounded to an integer
 * @param coding        byte layout of one sample
 */
record AiffCommChunk(int channels, long frames, int bitsPerSample, long sampleRate, SampleCoding coding) {
    /** COMM payload bytes read: 18 for AIFF, plus the 4-byte compression type for AIFF-C. */
    static int bytesNeeded(boolean aifc) {
        return aifc ? 22 : 18;
    }

    /** Parses and checks the COMM payload {@code b} ({@link #bytesNeeded} bytes). */
    static AiffCommChunk parse(byte[] b, boolean aifc, HeaderReader reader) throws IOException {
        int channels = Bytes.s16be(b, 0);
        long frames = Bytes.u32be(b, 2);
        int bits = Bytes.s16be(b, 6);
        double rate = ExtendedFloat.decode(b, 8);
        if (channels <= 0) {
            throw reader.error("the COMM chunk declares " + channels + " channels");
        }
        if (channels > AudioFormatInfo.MAX_CHANNELS) {
            throw reader.error(channels + " channels; Earshot reads 1 to " + AudioFormatInfo.MAX_CHANNELS);
        }
        if (!(rate >= AudioFormatInfo.MIN_SAMPLE_RATE - 0.5 && rate < AudioFormatInfo.MAX_SAMPLE_RATE + 0.5)) {
            throw reader.error("sample rate " + rate + " Hz in the COMM chunk is outside "
                    + AudioFormatInfo.MIN_SAMPLE_RATE + ".." + AudioFormatInfo.MAX_SAMPLE_RATE + " Hz");
        }
        SampleCoding coding = coding(aifc ? Bytes.describeCode(b, 18) : "'NONE'", bits, reader);
        int significantBits = coding.floating() ? coding.bytesPerSample() * 8 : bits;
        return new AiffCommChunk(channels, frames, significantBits, Math.round(rate), coding);
    }

    private static SampleCoding coding(String compression, int bits, HeaderReader reader) throws IOException {
        return switch (compression) {
            case "'NONE'", "'twos'" -> integer(bits, true, reader);
            case "'sowt'" -> integer(bits, false, reader);
            case "'in24'" -> SampleCoding.S24_BE;
            case "'in32'" -> SampleCoding.S32_BE;
            case "'fl32'", "'FL32'" -> SampleCoding.F32_BE;
            case "'fl64'", "'FL64'" -> SampleCoding.F64_BE;
            default -> throw reader.error("AIFF-C compression type " + compression + describe(compression)
                    + " is not supported");
        };
    }

    private static SampleCoding integer(int bits, boolean bigEndian, HeaderReader reader) throws IOException {
        if (bits < 1 || bits > 32) {
            throw reader.error(bits + "-bit integer samples are not supported (1 to 32 bits)");
        }
        return SampleCoding.signedInteger((bits + 7) / 8, bigEndian);
    }

    private static String describe(String compression) {
        return switch (compression) {
            case "'ulaw'", "'ULAW'" -> " (µ-law)";
            case "'alaw'", "'ALAW'" -> " (A-law)";
            case "'ima4'" -> " (IMA ADPCM)";
            case "'MAC3'", "'MAC6'" -> " (MACE)";
            case "'Qclp'" -> " (QCELP)";
            case "'GSM '" -> " (GSM)";
            default -> "";
        };
    }
}
