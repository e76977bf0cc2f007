package dev.earshot.playback.blind;

import dev.earshot.device.DeviceStage;

/**
 * A stage that ignores the programme and plays one of several in-memory stimuli at the engine's playhead. The
 * engine's master is a {@link PlayheadCode} signal, so the stage reads from its input both the frame the playhead is
 * at and the transport's fade gain, and outputs the stimulus's frame at that gain. Which stimulus it plays can be
 * changed from another thread ({@link #play(int)}); change it only while the engine is silent.
 *
 * <p>Allocates nothing in {@link #process}. Latency 0.
 */
final class PlayheadStage implements DeviceStage {
    private final float[][][] stimuli;
    private volatile int current;
    private long expected = -1;

    /** @param stimuli stimuli of two rows each, equal lengths; read, never written */
    PlayheadStage(float[][][] stimuli) {
        this.stimuli = stimuli;
    }

    /** Plays stimulus {@code index} from the next block on. Any thread. */
    void play(int index) {
        if (index < 0 || index >= stimuli.length) {
            throw new IndexOutOfBoundsException("stimulus " + index + " of " + stimuli.length);
        }
        current = index;
    }

    /** The stimulus this stage plays. */
    int playing() {
        return current;
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        if (channels != 2) {
            throw new IllegalArgumentException("the playhead stage works on the engine's two channels");
        }
        expected = -1;
    }

    @Override
    public void process(float[][] block, int frames) {
        float[][] stimulus = stimuli[current];
        float[] left = block[0];
        float[] right = block[1];
        int length = stimulus[0].length;
        for (int i = 0; i < frames; i++) {
            float carrier = left[i];
            float code = right[i];
            if (!(carrier > 0f)) {
                left[i] = 0f;
                right[i] = 0f;
                expected = -1;
                continue;
            }
            long frame = PlayheadCode.frame(carrier, code);
            // During a fade the decoded frame may be off by one near the top of the range; the playhead moves on
            // by one frame per frame except at a jump, so a near miss is the next frame.
            if (carrier != PlayheadCode.CARRIER && expected >= 0 && Math.abs(frame - expected) <= 2) {
                frame = expected;
            }
            expected = frame + 1;
            float gain = carrier / PlayheadCode.CARRIER;
            if (frame < 0 || frame >= length) {
                left[i] = 0f;
                right[i] = 0f;
            } else {
                left[i] = stimulus[0][(int) frame] * gain;
                right[i] = stimulus[1][(int) frame] * gain;
            }
        }
    }

    @Override
    public void reset() {
        expected = -1;
    }
}
