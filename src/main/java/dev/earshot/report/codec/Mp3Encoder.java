package dev.earshot.report.codec;

import de.sciss.jump3r.mp3.BitStream;
import de.sciss.jump3r.mp3.GainAnalysis;
import de.sciss.jump3r.mp3.ID3Tag;
import de.sciss.jump3r.mp3.Lame;
import de.sciss.jump3r.mp3.LameGlobalFlags;
import de.sciss.jump3r.mp3.MPEGMode;
import de.sciss.jump3r.mp3.Presets;
import de.sciss.jump3r.mp3.Quantize;
import de.sciss.jump3r.mp3.QuantizePVT;
import de.sciss.jump3r.mp3.Reservoir;
import de.sciss.jump3r.mp3.Takehiro;
import de.sciss.jump3r.mp3.VBRTag;
import de.sciss.jump3r.mp3.VbrMode;
import de.sciss.jump3r.mp3.Version;
import de.sciss.jump3r.mpg.Common;
import de.sciss.jump3r.mpg.Interface;
import de.sciss.jump3r.mpg.MPGLib;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Encodes float audio to a constant-bit-rate MP3 file with jump3r (LGPL, a Java port of LAME), block by block: memory
 * is one block's worth of buffers, independent of the stream's length. The file starts with a LAME "Info" tag frame
 * carrying the encoder delay and padding, so a gapless decoder ({@code audio.Mp3Source}) lines the decoded audio up
 * with the input sample for sample.
 *
 * <p>Samples are handed to the encoder as 32-bit integers (full scale 1.0 = 2³¹): values beyond full scale are
 * clipped to it on the way in, as any fixed-point encoder input would. Not thread-safe: one thread at a time encodes
 * (calls may come from different threads when the caller orders them, e.g. through a Future).
 */
final class Mp3Encoder implements Closeable {
    /** Largest block accepted by {@link #encode}, in frames. */
    static final int MAX_BLOCK_FRAMES = 8192;
    /**
     * LAME's quality setting 0 (best, slowest) to 9; 5 is what the lame command line uses by default. Measured for
     * speed (2026-11): 7 (no noise shaping) encodes about 35 % faster and 9 (no psychoacoustic model) about 75 %, but
     * the decoded true peak at 128 kbit/s then moved by up to 1 dB and the samples over full scale up to fifty-fold
     * on the demo master and a 2 dB hotter copy, and at 320 kbit/s by 0.24 dB on brickwalled noise: the figures the
     * preview reports depend on the setting, so the preview keeps 5 at every bit rate.
     */
    private static final int QUALITY = 5;
    private static final double INT_FULL_SCALE = 2147483648.0;

    private final Path file;
    private final FileChannel channel;
    private final Lame lame;
    private final VBRTag vbrTag;
    private final LameGlobalFlags flags;
    private final int channels;
    private final int[] left = new int[MAX_BLOCK_FRAMES];
    private final int[] right = new int[MAX_BLOCK_FRAMES];
    private final byte[] mp3Buffer = new byte[MAX_BLOCK_FRAMES * 5 / 4 + 7200];
    private boolean finished;

    /**
     * Creates (or truncates) {@code file} and prepares the encoder.
     *
     * @param sampleRate  32 000, 44 100 or 48 000 Hz (MPEG-1 Layer III)
     * @param channels    1 (mono) or 2 (joint stereo)
     * @param bitrateKbps a Layer III bit rate, e.g. 128 or 320
     * @throws IllegalArgumentException if the encoder rejects the settings
     * @throws IOException              if the file cannot be created
     */
    Mp3Encoder(Path file, int sampleRate, int channels, int bitrateKbps) throws IOException {
        if (channels < 1 || channels > 2) {
            throw new IllegalArgumentException("MP3 holds 1 or 2 channels, not " + channels);
        }
        this.file = file;
        this.channels = channels;
        lame = new Lame();
        vbrTag = new VBRTag();
        ID3Tag id3 = wire(lame, vbrTag);
        flags = lame.lame_init();
        flags.num_channels = channels;
        flags.in_samplerate = sampleRate;
        flags.out_samplerate = sampleRate;
        flags.mode = channels == 1 ? MPEGMode.MONO : MPEGMode.JOINT_STEREO;
        flags.VBR = VbrMode.vbr_off;
        flags.brate = bitrateKbps;
        flags.quality = QUALITY;
        flags.bWriteVbrTag = true;
        id3.id3tag_init(flags);
        flags.write_id3tag_automatic = false;
        flags.findReplayGain = false;
        int status = lame.lame_init_params(flags);
        if (status < 0 || flags.brate != bitrateKbps || flags.out_samplerate != sampleRate) {
            throw new IllegalArgumentException("the MP3 encoder cannot encode " + channels + " channel(s) at "
                    + sampleRate + " Hz and " + bitrateKbps + " kbit/s");
        }
        channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
    }

    /** Connects jump3r's modules the way its own front end does; returns the ID3 module for initialisation. */
    private static ID3Tag wire(Lame lame, VBRTag vbrTag) {
        GainAnalysis gainAnalysis = new GainAnalysis();
        BitStream bitStream = new BitStream();
        Presets presets = new Presets();
        QuantizePVT quantizePvt = new QuantizePVT();
        Quantize quantize = new Quantize();
        Version version = new Version();
        ID3Tag id3 = new ID3Tag();
        Reservoir reservoir = new Reservoir();
        Takehiro takehiro = new Takehiro();
        MPGLib mpgLib = new MPGLib();
        Interface decoderInterface = new Interface();
        Common common = new Common();
        lame.setModules(gainAnalysis, bitStream, presets, quantizePvt, quantize, vbrTag, version, id3, mpgLib);
        bitStream.setModules(gainAnalysis, mpgLib, version, vbrTag);
        id3.setModules(bitStream, version);
        presets.setModules(lame);
        quantize.setModules(bitStream, reservoir, quantizePvt, takehiro);
        quantizePvt.setModules(takehiro, reservoir, lame.enc.psy);
        reservoir.setModules(bitStream);
        takehiro.setModules(quantizePvt);
        vbrTag.setModules(lame, bitStream, version);
        mpgLib.setModules(decoderInterface, common);
        decoderInterface.setModules(vbrTag, common);
        return id3;
    }

    /**
     * Encodes {@code block[c][0..frames)}; for a stereo encoder the block has two channels, for mono one.
     *
     * @param frames 0 to {@link #MAX_BLOCK_FRAMES}
     * @throws IOException if the file cannot be written
     */
    void encode(float[][] block, int frames) throws IOException {
        if (frames < 0 || frames > MAX_BLOCK_FRAMES) {
            throw new IllegalArgumentException("block of " + frames + " frames; at most " + MAX_BLOCK_FRAMES);
        }
        if (frames == 0) {
            return;
        }
        toInts(block[0], left, frames);
        toInts(block[channels == 1 ? 0 : 1], right, frames);
        int bytes = lame.lame_encode_buffer_int(flags, left, right, frames, mp3Buffer, 0, mp3Buffer.length);
        checkStatus(bytes);
        write(bytes);
    }

    /** Flushes the encoder and writes the LAME tag into the first frame. Call once, after the last block. */
    void finish() throws IOException {
        if (finished) {
            return;
        }
        finished = true;
        int bytes = lame.lame_encode_flush(flags, mp3Buffer, 0, mp3Buffer.length);
        checkStatus(bytes);
        write(bytes);
        int tagBytes = vbrTag.getLameTagFrame(flags, mp3Buffer);
        if (tagBytes > 0) {
            channel.write(ByteBuffer.wrap(mp3Buffer, 0, tagBytes), 0);
        }
    }

    private static void toInts(float[] samples, int[] out, int frames) {
        for (int i = 0; i < frames; i++) {
            double scaled = samples[i] * INT_FULL_SCALE;
            out[i] = scaled >= Integer.MAX_VALUE ? Integer.MAX_VALUE
                    : scaled <= Integer.MIN_VALUE ? Integer.MIN_VALUE : (int) Math.round(scaled);
        }
    }

    private void checkStatus(int bytes) throws IOException {
        if (bytes < 0) {
            throw new IOException(file.getFileName() + ": the MP3 encoder failed (LAME status " + bytes + ")");
        }
    }

    private void write(int bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(mp3Buffer, 0, bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lame.lame_close(flags);
        } finally {
            channel.close();
        }
    }
}
