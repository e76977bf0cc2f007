package dev.earshot.dsp;

/**
 * Running minimum over the last {@code capacity} pushed values in amortised constant time (a monotonic queue in
 * preallocated ring buffers), as look-ahead limiters and peak-hold envelopes need; not thread-safe.
 */
public final class MinimumWindow {
    private double[] values = new double[0];
    private long[] positions = new long[0];
    private int capacity;
    private int head;
    private int size;
    private long pushed;

    /** Allocates room for a window of {@code capacity} values, at least 1, and clears it. */
    public void allocate(int capacity) {
        this.capacity = capacity;
        this.values = new double[capacity];
        this.positions = new long[capacity];
        clear();
    }

    /** Forgets every value. Allocates nothing. */
    public void clear() {
        head = 0;
        size = 0;
        pushed = 0;
    }

    /**
     * Adds {@code value} and returns the minimum of the last {@code capacity} values including it (fewer at the
     * start). Allocates nothing.
     */
    public double push(double value) {
        if (size > 0 && positions[head] <= pushed - capacity) {
            head = head + 1 == capacity ? 0 : head + 1;
            size--;
        }
        while (size > 0 && values[index(size - 1)] >= value) {
            size--;
        }
        values[index(size)] = value;
        positions[index(size)] = pushed;
        size++;
        pushed++;
        return values[head];
    }

    private int index(int offset) {
        int i = head + offset;
        return i >= capacity ? i - capacity : i;
    }
}
