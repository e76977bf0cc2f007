package dev.earshot.audio;

import java.io.Closeable;
import java.io.IOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a WAV file safely: samples go to a temporary file {@code .<name>.partial-<random>} in the target's folder;
 * {@link #commit()} completes the header, syncs the file to disk and renames it onto the target in one atomic step.
 * Closing without a commit deletes the temporary file, so a failed run leaves nothing behind.
 *
 * <p>The file is plain RIFF with a JUNK chunk reserved for a ds64 chunk; if the audio data makes the file larger than
 * 4 GiB, {@code commit} rewrites the header as RF64. Not thread-safe: one thread writes.
 */
public final class WavWriter implements Closeable {
    /** A RIFF size field holds at most this; larger files become RF64. */
    static final long RIFF_MAX_BYTES = 0xFFFF_FFFFL;
    private static final int BUFFER_BYTES = 64 * 1024;
    /** A little-endian view of a byte array: one store per sample where the JIT allows, instead of one per byte. */
    private static final VarHandle FLOAT_LE =
            MethodHandles.byteArrayViewVarHandle(float[].class, ByteOrder.LITTLE_ENDIAN);
    private static final double PCM24_SCALE = 1 << 23;
    private static final int PCM24_MAX = (1 << 23) - 1;
    private static final int PCM24_MIN = -(1 << 23);

    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final int channels;
    private final WavSampleFormat format;
    private final WavHeaderWriter header;
    private final TpdfDither dither;
    private final long rf64ThresholdBytes;
    private final ByteBuffer buffer;
    private long dataBytes;
    private boolean committed;
    private boolean closed;
    private boolean failed;

    /**
     * @param rf64ThresholdBytes the RIFF size above which the file is written as RF64; {@link #RIFF_MAX_BYTES} in
     *                           production, small in tests
     */
    WavWriter(Path target, int sampleRate, int channels, WavSampleFormat format, long ditherSeed,
              long rf64ThresholdBytes) throws IOException {
        new AudioFormatInfo(sampleRate, channels, format.bytesPerSample() * 8,
                format == WavSampleFormat.FLOAT32 ? SampleEncoding.PCM_FLOAT : SampleEncoding.PCM_INTEGER, "WAV");
        this.target = target;
        this.channels = channels;
        this.format = format;
        this.header = new WavHeaderWriter(sampleRate, channels, format);
        this.dither = new TpdfDither(ditherSeed);
        this.rf64ThresholdBytes = rf64ThresholdBytes;
        this.buffer = ByteBuffer.allocate(BUFFER_BYTES / frameBytes() * frameBytes()).order(ByteOrder.LITTLE_ENDIAN);
        Path folder = target.toAbsolutePath().getParent();
        Path name = target.getFileName();
        if (folder == null || name == null) {
            throw new AudioFileException(target, "is not a file path");
        }
        // Not Files.createTempFile: its owner-only permissions would carry over to the finished file.
        this.temporary = folder.resolve("." + name + ".partial-"
                + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE));
        try {
            this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            // Ctrl-C ends the JVM without unwinding to close(): remove the partial file on the way out too (after
            // a commit it no longer exists under this name, so nothing is deleted then).
            temporary.toFile().deleteOnExit();
        } catch (IllegalStateException shuttingDown) {
            // deleteOnExit refuses once the JVM is shutting down: do not leave a file no one will remove.
            closeAndDelete();
            throw new AudioFileException(target, "not written: Earshot is shutting down");
        } catch (IOException e) {
            throw new AudioFileException(target, "cannot create a file in " + folder + ": "
                    + IoMessages.reason(e), e);
        }
        try {
            channel.position(header.headerBytes());
        } catch (IOException e) {
            close();
            throw new AudioFileException(target, "cannot write: " + IoMessages.reason(e), e);
        }
    }

    /**
     * Starts writing {@code file}; nothing appears at {@code file} until {@link #commit()}.
     *
     * @param sampleRate 8 000 to 384 000 Hz
     * @param channels   1 to 8
     * @param ditherSeed seed of the PCM24 dither noise; the same seed and input give the same file
     * @throws IllegalArgumentException if the rate or channel count is out of range
     * @throws AudioFileException       if the temporary file cannot be created
     */
    public static WavWriter create(Path file, int sampleRate, int channels, WavSampleFormat format, long ditherSeed)
            throws IOException {
        return new WavWriter(file, sampleRate, channels, format, ditherSeed, RIFF_MAX_BYTES);
    }

    /**
     * Appends {@code frames} frames from {@code block[c][0..frames)} (deinterleaved, full scale ±1). The caller keeps
     * ownership of {@code block}; it is only read.
     */
    public void write(float[][] block, int frames) throws IOException {
        checkWritable("write");
        if (block.length < channels || frames < 0) {
            throw new IllegalArgumentException(block.length + " rows for " + channels + " channels, " + frames
                    + " frames");
        }
        for (int c = 0; c < channels; c++) {
            if (block[c].length < frames) {
                throw new IllegalArgumentException("channel " + c + " holds " + block[c].length + " of " + frames
                        + " frames");
            }
        }
        int frameBytes = frameBytes();
        int done = 0;
        while (done < frames) {
            if (buffer.remaining() < frameBytes) {
                flush();
            }
            int n = Math.min(frames - done, buffer.remaining() / frameBytes);
            if (format == WavSampleFormat.FLOAT32) {
                putFloats(block, done, n);
            } else {
                putPcm24(block, done, n);
            }
            done += n;
        }
    }

    /** Interleaves {@code n} float frames from {@code offset} straight into the buffer's array. */
    private void putFloats(float[][] block, int offset, int n) {
        byte[] bytes = buffer.array();
        int p = buffer.arrayOffset() + buffer.position();
        if (channels == 2) {
            float[] left = block[0];
            float[] right = block[1];
            for (int i = offset; i < offset + n; i++, p += 8) {
                FLOAT_LE.set(bytes, p, left[i]);
                FLOAT_LE.set(bytes, p + 4, right[i]);
            }
        } else {
            for (int i = offset; i < offset + n; i++) {
                for (int c = 0; c < channels; c++, p += 4) {
                    FLOAT_LE.set(bytes, p, block[c][i]);
                }
            }
        }
        buffer.position(buffer.position() + n * channels * 4);
    }

    /**
     * Interleaves {@code n} frames from {@code offset} as TPDF-dithered, clipped 24-bit integers straight into the
     * buffer's array. Dither values are drawn frame by frame, channel by channel, so a seed gives the same file
     * whatever the block sizes. NaN becomes 0.
     */
    private void putPcm24(float[][] block, int offset, int n) {
        byte[] bytes = buffer.array();
        int p = buffer.arrayOffset() + buffer.position();
        if (channels == 2) {
            float[] left = block[0];
            float[] right = block[1];
            for (int i = offset; i < offset + n; i++) {
                putPcm24(bytes, p, left[i]);
                putPcm24(bytes, p + 3, right[i]);
                p += 6;
            }
        } else {
            for (int i = offset; i < offset + n; i++) {
                for (int c = 0; c < channels; c++) {
                    putPcm24(bytes, p, block[c][i]);
                    p += 3;
                }
            }
        }
        buffer.position(buffer.position() + n * channels * 3);
    }

    private void putPcm24(byte[] bytes, int p, float sample) {
        // Clamping after the cast gives the same value as clamping the double (the cast saturates, NaN becomes 0) at
        // half the cost.
        int value = (int) Math.floor(sample * PCM24_SCALE + dither.nextLsb() + 0.5);
        value = Math.max(PCM24_MIN, Math.min(PCM24_MAX, value));
        bytes[p] = (byte) value;
        bytes[p + 1] = (byte) (value >> 8);
        bytes[p + 2] = (byte) (value >> 16);
    }

    private void closeAndDelete() {
        try {
            if (channel != null) {
                channel.close();
            }
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Nothing more can be done while the JVM is shutting down; the file is hidden and named as partial.
        }
    }

    /**
     * Finishes the file: writes the header (RF64 if needed), syncs it to disk and renames it onto the target,
     * replacing an existing file there.
     */
    public void commit() throws IOException {
        checkWritable("commit");
        flush();
        int padBytes = (int) (dataBytes & 1);
        try {
            if (padBytes == 1) {
                channel.write(ByteBuffer.allocate(1));
            }
            long riffBytes = header.headerBytes() - 8 + dataBytes + padBytes;
            ByteBuffer head = header.build(dataBytes, padBytes, riffBytes > rf64ThresholdBytes);
            while (head.hasRemaining()) {
                channel.write(head, head.position());
            }
            channel.force(true);
            channel.close();
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            failed = true;
            throw new AudioFileException(target, "cannot finish the file: " + IoMessages.reason(e), e);
        }
        committed = true;
    }

    /** Closes the writer; without a prior {@link #commit()} the temporary file is deleted. Idempotent. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (!committed) {
            try {
                channel.close();
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        try {
            while (buffer.hasRemaining()) {
                dataBytes += channel.write(buffer);
            }
        } catch (IOException e) {
            failed = true;
            throw new AudioFileException(target, "cannot write: " + IoMessages.reason(e), e);
        } finally {
            buffer.clear();
        }
    }

    /** A writer that failed once would leave a gap in the audio, so it refuses further work. */
    private void checkWritable(String action) {
        if (committed || closed || failed) {
            throw new IllegalStateException(action + " after " + (failed ? "a write error" : committed ? "commit"
                    : "close"));
        }
    }

    private int frameBytes() {
        return channels * format.bytesPerSample();
    }
}
