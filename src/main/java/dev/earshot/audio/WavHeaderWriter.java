package dev.earshot.audio;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Builds the header {@link WavWriter} writes: RIFF, a 28-byte JUNK chunk where a ds64 chunk goes if the file turns
 * out larger than 4 GiB, fmt (IEEE float or PCM; WAVE_FORMAT_EXTENSIBLE with a channel mask above 2 channels), a
 * fact chunk for float files, and the data chunk header. The header has the same size in both forms, so a RIFF
 * file becomes RF64 by rewriting the header only.
 */
final class WavHeaderWriter {
    private static final int DS64_BYTES = 28;
    private static final long NO_SIZE = 0xFFFF_FFFFL;
    /** Speaker masks (KSAUDIO_SPEAKER_*) for 1 to 8 channels: mono, stereo, 3.0, quad, 5.0, 5.1, 6.1, 7.1. */
    private static final int[] CHANNEL_MASKS = {0x4, 0x3, 0x7, 0x33, 0x37, 0x3F, 0x70F, 0x63F};
    private static final byte[] GUID_TAIL = {
        0x00, 0x00, 0x10, 0x00, (byte) 0x80, 0x00, 0x00, (byte) 0xAA, 0x00, 0x38, (byte) 0x9B, 0x71};

    private final int sampleRate;
    private final int channels;
    private final WavSampleFormat format;

    WavHeaderWriter(int sampleRate, int channels, WavSampleFormat format) {
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.format = format;
    }

    private boolean extensible() {
        return channels > 2;
    }

    private int fmtBytes() {
        return extensible() ? 40 : format == WavSampleFormat.FLOAT32 ? 18 : 16;
    }

    private boolean hasFact() {
        return format == WavSampleFormat.FLOAT32;
    }

    /** Header size in bytes; the samples start here. */
    int headerBytes() {
        return 12 + 8 + DS64_BYTES + 8 + fmtBytes() + (hasFact() ? 12 : 0) + 8;
    }

    /**
     * The header for a file with {@code dataBytes} bytes of samples followed by {@code padBytes} (0 or 1).
     *
     * @param rf64 write RF64 with a ds64 chunk and 0xFFFFFFFF placeholders instead of RIFF with a JUNK chunk
     */
    ByteBuffer build(long dataBytes, int padBytes, boolean rf64) {
        long riffBytes = headerBytes() - 8 + dataBytes + padBytes;
        long frames = dataBytes / ((long) channels * format.bytesPerSample());
        ByteBuffer b = ByteBuffer.allocate(headerBytes()).order(ByteOrder.LITTLE_ENDIAN);
        code(b, rf64 ? "RF64" : "RIFF").putInt((int) (rf64 ? NO_SIZE : riffBytes));
        code(b, "WAVE");
        code(b, rf64 ? "ds64" : "JUNK").putInt(DS64_BYTES);
        if (rf64) {
            b.putLong(riffBytes).putLong(dataBytes).putLong(frames).putInt(0);
        } else {
            b.position(b.position() + DS64_BYTES);
        }
        putFmt(b);
        if (hasFact()) {
            code(b, "fact").putInt(4).putInt((int) (rf64 ? NO_SIZE : frames));
        }
        code(b, "data").putInt((int) (rf64 ? NO_SIZE : dataBytes));
        return b.flip();
    }

    private void putFmt(ByteBuffer b) {
        int bytes = format.bytesPerSample();
        int tag = format == WavSampleFormat.FLOAT32 ? WavFormatTags.IEEE_FLOAT : WavFormatTags.PCM;
        code(b, "fmt ").putInt(fmtBytes());
        b.putShort((short) (extensible() ? WavFormatTags.EXTENSIBLE : tag)).putShort((short) channels);
        b.putInt(sampleRate).putInt(sampleRate * channels * bytes);
        b.putShort((short) (channels * bytes)).putShort((short) (bytes * 8));
        if (extensible()) {
            b.putShort((short) 22).putShort((short) (bytes * 8)).putInt(CHANNEL_MASKS[channels - 1]);
            b.putInt(tag).put(GUID_TAIL);
        } else if (fmtBytes() == 18) {
            b.putShort((short) 0);
        }
    }

    private static ByteBuffer code(ByteBuffer b, String fourCc) {
        return b.put(fourCc.getBytes(StandardCharsets.US_ASCII));
    }
}
