package dev.earshot.ui;

import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.JavaSoundOutput;
import java.io.IOException;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Line;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

/**
 * The player's output: a Java Sound device when one can play the master's format, otherwise a
 * {@link SilentRealTimeOutput}, so that the playhead moves and the meters run on a machine without a sound card.
 * Which one was chosen is known after {@link #open} ({@link #silent()}, {@link #description()}); read those on the
 * EDT only after the engine has started (thread start orders them).
 */
public final class AutoOutput implements AudioOutput {
    private final Mixer.Info device;
    private final int bufferBlocks;
    private AudioOutput chosen;
    private String description = "";
    private boolean silent;

    /**
     * @param device       the device to try, or null for the system default
     * @param bufferBlocks line buffer in blocks, at least 2
     */
    public AutoOutput(Mixer.Info device, int bufferBlocks) {
        this.device = device;
        this.bufferBlocks = bufferBlocks;
    }

    /** True when some mixer offers an output line (the machine has a sound device). */
    public static boolean anyDevice() {
        Line.Info wanted = new Line.Info(SourceDataLine.class);
        for (Mixer.Info info : AudioSystem.getMixerInfo()) {
            if (AudioSystem.getMixer(info).isLineSupported(wanted)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void open(int sampleRate, int channels, int blockFrames) throws IOException {
        if (anyDevice()) {
            JavaSoundOutput sound = new JavaSoundOutput(device, 24, bufferBlocks);
            try {
                sound.open(sampleRate, channels, blockFrames);
                chosen = sound;
                description = device == null ? "Default output" : device.getName();
                return;
            } catch (IOException e) {
                description = "No usable audio device (" + e.getMessage() + ") — playing silently";
            }
        } else {
            description = "No audio device — playing silently";
        }
        silent = true;
        chosen = new SilentRealTimeOutput();
        chosen.open(sampleRate, channels, blockFrames);
    }

    @Override
    public void write(float[][] block, int frames) throws IOException {
        chosen.write(block, frames);
    }

    @Override
    public void close() throws IOException {
        if (chosen != null) {
            chosen.close();
        }
    }

    /** True when no device plays the audio. */
    public boolean silent() {
        return silent;
    }

    /** The device's name, or why playback is silent. */
    public String description() {
        return description;
    }
}
