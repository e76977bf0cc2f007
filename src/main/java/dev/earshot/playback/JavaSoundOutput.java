package dev.earshot.playback;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * A sound card through Java Sound: a {@link SourceDataLine} fed signed little-endian 16- or 24-bit PCM. Each block is
 * converted into a byte buffer allocated in {@link #open}; {@link #write} allocates nothing and blocks while the
 * line's buffer is full. Used by the audio thread only.
 */
public final class JavaSoundOutput implements AudioOutput {
    private final Mixer.Info mixer;
    private final int bitsPerSample;
    private final int bufferBlocks;
    private SourceDataLine line;
    private byte[] bytes;
    private int channels;
    private boolean started;
    private volatile long underruns;

    /**
     * @param mixer         the device, or null for the system's default
     * @param bitsPerSample 16 or 24
     * @param bufferBlocks  the line's buffer in blocks (its latency), at least 2
     */
    public JavaSoundOutput(Mixer.Info mixer, int bitsPerSample, int bufferBlocks) {
        if (bitsPerSample != 16 && bitsPerSample != 24) {
            throw new IllegalArgumentException("bits per sample must be 16 or 24, not " + bitsPerSample);
        }
        if (bufferBlocks < 2) {
            throw new IllegalArgumentException("the line buffer must hold at least 2 blocks, not " + bufferBlocks);
        }
        this.mixer = mixer;
        this.bitsPerSample = bitsPerSample;
        this.bufferBlocks = bufferBlocks;
    }

    /** Rates tried, in order, when the device cannot run at the audio's rate. */
    private static final int[] FALLBACK_RATES = {48_000, 44_100, 96_000, 88_200, 192_000, 176_400, 32_000};

    /**
     * {@code sampleRate} when the device reports a line for it at this output's bit depth, otherwise the first of
     * 48, 44.1, 96, 88.2, 192, 176.4 and 32 kHz that it reports; {@code sampleRate} when it reports none (then
     * {@link #open} fails with a message naming the device).
     */
    @Override
    public int openRate(int sampleRate) {
        if (supports(sampleRate)) {
            return sampleRate;
        }
        for (int rate : FALLBACK_RATES) {
            if (supports(rate)) {
                return rate;
            }
        }
        return sampleRate;
    }

    private boolean supports(int sampleRate) {
        DataLine.Info info = new DataLine.Info(SourceDataLine.class,
                new AudioFormat(sampleRate, bitsPerSample, 2, true, false));
        try {
            return mixer == null ? AudioSystem.isLineSupported(info)
                    : AudioSystem.getMixer(mixer).isLineSupported(info);
        } catch (IllegalArgumentException | SecurityException e) {
            return false;
        }
    }

    @Override
    public void open(int sampleRate, int channels, int blockFrames) throws IOException {
        AudioFormat format = new AudioFormat(sampleRate, bitsPerSample, channels, true, false);
        String device = mixer == null ? "the default output" : mixer.getName();
        try {
            line = mixer == null ? AudioSystem.getSourceDataLine(format) : AudioSystem.getSourceDataLine(format, mixer);
            int frameBytes = channels * bitsPerSample / 8;
            line.open(format, blockFrames * frameBytes * bufferBlocks);
            bytes = new byte[blockFrames * frameBytes];
            started = false;
            underruns = 0;
            this.channels = channels;
            line.start();
        } catch (LineUnavailableException | IllegalArgumentException e) {
            throw new IOException(device + " cannot play " + format + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void write(float[][] block, int frames) {
        // A line whose whole buffer is free after the first write has played everything queued: it ran dry.
        if (started && line.available() >= line.getBufferSize()) {
            underruns++;
        }
        started = true;
        int length = PcmPacking.pack(block, channels, frames, bitsPerSample, bytes);
        int offset = 0;
        while (offset < length) {
            offset += line.write(bytes, offset, length - offset);
        }
    }

    @Override
    public long underruns() {
        return underruns;
    }

    @Override
    public void close() {
        if (line != null) {
            line.drain();
            line.close();
            line = null;
        }
    }
}
