package dev.earshot.playback;

/**
 * An output with no device: {@link #write} returns at once, so the engine runs as fast as the processor allows. For
 * tests and headless use. Counts the frames written and can keep the first frames of the output in a caller-provided
 * buffer. Allocates nothing after construction.
 *
 * <p>Threading: written by the audio thread; {@link #framesWritten()} may be read from any thread. The capture
 * buffer is complete (safely visible) for another thread once the engine has been closed (the engine joins its
 * thread).
 */
public final class NullOutput implements AudioOutput {
    private final float[][] capture;
    private final BlockListener listener;
    private final int deviceRate;
    private volatile long framesWritten;
    private int channels;

    /** Counts frames and keeps nothing. */
    public NullOutput() {
        this(null, BlockListener.NONE);
    }

    /**
     * @param capture  rows (at least as many as the opened channels) that receive the output from frame 0 until they
     *                 are full; later frames are counted and dropped. Owned by the caller, written by the audio
     *                 thread. May be null to keep nothing.
     * @param listener told after every block, on the audio thread
     */
    public NullOutput(float[][] capture, BlockListener listener) {
        this(capture, listener, 0);
    }

    /**
     * As {@link #NullOutput(float[][], BlockListener)}, standing in for a device that runs only at
     * {@code deviceRate}, so that tests can exercise the engine's rate conversion.
     *
     * @param deviceRate frames per second the output claims to run at, 8 000 to 384 000; 0 for any rate
     */
    public NullOutput(float[][] capture, BlockListener listener, int deviceRate) {
        if (deviceRate != 0 && (deviceRate < 8_000 || deviceRate > 384_000)) {
            throw new IllegalArgumentException("device rate " + deviceRate + " Hz is outside 8000..384000 Hz");
        }
        this.capture = capture;
        this.listener = listener;
        this.deviceRate = deviceRate;
    }

    /** The configured device rate, or {@code sampleRate} when none was configured. */
    @Override
    public int openRate(int sampleRate) {
        return deviceRate == 0 ? sampleRate : deviceRate;
    }

    @Override
    public void open(int sampleRate, int channels, int blockFrames) {
        if (capture != null && capture.length < channels) {
            throw new IllegalArgumentException("capture has " + capture.length + " rows for " + channels
                    + " channels");
        }
        this.channels = channels;
        framesWritten = 0;
    }

    @Override
    public void write(float[][] block, int frames) {
        long start = framesWritten;
        if (capture != null && start < capture[0].length) {
            int n = (int) Math.min(frames, capture[0].length - start);
            for (int c = 0; c < channels; c++) {
                System.arraycopy(block[c], 0, capture[c], (int) start, n);
            }
        }
        framesWritten = start + frames;
        listener.afterBlock(start + frames);
    }

    /** Frames written since {@link #open}. */
    public long framesWritten() {
        return framesWritten;
    }

    @Override
    public void close() {
        // nothing to release
    }
}
