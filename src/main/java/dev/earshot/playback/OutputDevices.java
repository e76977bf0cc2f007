package dev.earshot.playback;

import java.util.ArrayList;
import java.util.List;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * The machine's sound outputs and the buffer sizes the player offers, and the output to hand an engine for a choice
 * of them. Every output it builds is a {@link FallbackOutput}: when the device cannot be opened the engine plays on
 * silently in real time and {@link FallbackOutput#fallbackReason()} says why. Thread-safe (no state); call off the
 * audio thread (Java Sound probes devices).
 */
public final class OutputDevices {
    /** Output buffer sizes offered, frames: the latency between the engine and the speaker. */
    public static final List<Integer> BUFFER_FRAMES = List.of(256, 512, 1024, 2048, 4096);
    /** The buffer size used when none is chosen, frames. */
    public static final int DEFAULT_BUFFER_FRAMES = 1024;
    private static final int[] DEPTHS = {16, 24};
    private static final float[] PROBE_RATES = {48_000f, 44_100f};

    private OutputDevices() {
    }

    /** Mixers offering a stereo 16- or 24-bit PCM line at 44.1 or 48 kHz, in Java Sound's order; may be empty. */
    public static List<OutputDevice> list() {
        List<OutputDevice> devices = new ArrayList<>();
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            Mixer mixer = AudioSystem.getMixer(info);
            List<Integer> depths = new ArrayList<>();
            for (int bits : DEPTHS) {
                if (supports(mixer, bits)) {
                    depths.add(bits);
                }
            }
            if (!depths.isEmpty()) {
                devices.add(new OutputDevice(info.getName(), info.getDescription() + " (" + info.getVendor() + ")",
                        depths));
            }
        }
        return devices;
    }

    /**
     * The output for a choice of device and buffer. The device is opened (and may fail) when the engine starts; a
     * device that is not present, or no device at all, gives an output that plays silently with the reason set.
     *
     * @param deviceName    an {@link OutputDevice#name()}, or null for the system's default output
     * @param bitsPerSample 16 or 24
     * @param bufferFrames  the output buffer, frames (one of {@link #BUFFER_FRAMES}, or any from 2 blocks up)
     * @param blockFrames   the engine's block, frames; the buffer holds at least two
     * @throws IllegalArgumentException if the depth is not 16 or 24 or a size is not positive
     */
    public static FallbackOutput output(String deviceName, int bitsPerSample, int bufferFrames, int blockFrames) {
        if (bitsPerSample != 16 && bitsPerSample != 24) {
            throw new IllegalArgumentException("bits per sample must be 16 or 24, not " + bitsPerSample);
        }
        if (bufferFrames < 1 || blockFrames < 1) {
            throw new IllegalArgumentException("buffer of " + bufferFrames + " frames and block of " + blockFrames
                    + " frames must be positive");
        }
        int bufferBlocks = Math.max(2, bufferFrames / blockFrames);
        List<OutputDevice> devices = list();
        if (devices.isEmpty()) {
            return new FallbackOutput(null, "no sound output found: Java Sound lists no device that plays stereo "
                    + "16- or 24-bit PCM, so Earshot plays silently (meters and reports still work)");
        }
        if (deviceName == null) {
            return new FallbackOutput(new JavaSoundOutput(null, bitsPerSample, bufferBlocks), null);
        }
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (info.getName().equals(deviceName)) {
                return new FallbackOutput(new JavaSoundOutput(info, bitsPerSample, bufferBlocks), null);
            }
        }
        return new FallbackOutput(null, "output device \"" + deviceName + "\" is not present (unplugged?); choose "
                + "another in the output settings. Playing silently.");
    }

    private static boolean supports(Mixer mixer, int bits) {
        for (float rate : PROBE_RATES) {
            AudioFormat format = new AudioFormat(rate, bits, 2, true, false);
            if (mixer.isLineSupported(new DataLine.Info(SourceDataLine.class, format))) {
                return true;
            }
        }
        return false;
    }
}
