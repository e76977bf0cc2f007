package dev.earshot.ui;

/**
 * A waveform overview: for each of {@code columns} equal spans of the master, the smallest and largest sample and
 * the RMS per channel. Column {@code k} covers frames {@code [k * length / columns, (k + 1) * length / columns)}.
 * Filled in column order by {@link WaveformSummarizer} on a worker thread; {@link #columnsReady()} is volatile, so
 * a reader (the EDT) sees every value of the columns below it. Values are full scale 1.0.
 */
public final class WaveformSummary {
    private final int channels;
    private final int columns;
    private final long lengthFrames;
    private final float[][] min;
    private final float[][] max;
    private final float[][] rms;
    private volatile int columnsReady;

    /**
     * @param channels     1 or more
     * @param columns      1 or more
     * @param lengthFrames frames of the master, 0 or more
     */
    public WaveformSummary(int channels, int columns, long lengthFrames) {
        this.channels = channels;
        this.columns = columns;
        this.lengthFrames = lengthFrames;
        min = new float[channels][columns];
        max = new float[channels][columns];
        rms = new float[channels][columns];
    }

    public int channels() {
        return channels;
    }

    public int columns() {
        return columns;
    }

    public long lengthFrames() {
        return lengthFrames;
    }

    /** Columns computed so far, 0 to {@link #columns()}. */
    public int columnsReady() {
        return columnsReady;
    }

    /** First frame of column {@code column} (0 to {@code columns}; {@code columns} gives the length). */
    public long firstFrame(int column) {
        return column * lengthFrames / columns;
    }

    public float min(int channel, int column) {
        return min[channel][column];
    }

    public float max(int channel, int column) {
        return max[channel][column];
    }

    public float rms(int channel, int column) {
        return rms[channel][column];
    }

    /** Stores one column; worker thread, in column order, before {@link #publish}. */
    void set(int channel, int column, float minValue, float maxValue, float rmsValue) {
        min[channel][column] = minValue;
        max[channel][column] = maxValue;
        rms[channel][column] = rmsValue;
    }

    /** Makes columns {@code [0, ready)} visible to readers. */
    void publish(int ready) {
        columnsReady = ready;
    }
}
