package dev.earshot.playback;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A preallocated ring of engine commands, each a type and three primitive arguments, so that neither side allocates.
 * Producers (any thread) serialise among themselves on this object's monitor; the one consumer, the audio thread,
 * takes no lock: it reads the published tail and releases slots by advancing the head.
 */
final class CommandRing {
    static final int PLAY = 1;
    static final int PAUSE = 2;
    static final int SEEK = 3;
    static final int SELECT = 4;
    static final int LOOP = 5;
    static final int GAIN = 6;
    static final int MONO = 7;
    static final int RESET_TRUE_PEAK = 8;
    static final int REFERENCE_LOAD = 9;
    static final int REFERENCE_OFFSET = 10;
    static final int TOGGLE_REFERENCE = 11;
    static final int OUTPUT_GAIN = 12;

    private final int[] types;
    private final long[] firsts;
    private final long[] seconds;
    private final double[] values;
    private final int mask;
    private final AtomicLong head = new AtomicLong();
    private final AtomicLong tail = new AtomicLong();

    /** @param capacity a power of two: commands that may wait between two blocks */
    CommandRing(int capacity) {
        if (Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two, not " + capacity);
        }
        types = new int[capacity];
        firsts = new long[capacity];
        seconds = new long[capacity];
        values = new double[capacity];
        mask = capacity - 1;
    }

    /**
     * Queues a command; any thread.
     *
     * @throws IllegalStateException if the ring is full (the audio thread has stopped taking commands)
     */
    synchronized void post(int type, long first, long second, double value) {
        long t = tail.get();
        if (t - head.get() > mask) {
            throw new IllegalStateException("playback command queue is full: the audio thread is not running");
        }
        int slot = (int) (t & mask);
        types[slot] = type;
        firsts[slot] = first;
        seconds[slot] = second;
        values[slot] = value;
        tail.set(t + 1);
    }

    /**
     * Takes the oldest command into {@code into}; audio thread only.
     *
     * @return false when the ring is empty
     */
    boolean poll(Command into) {
        long h = head.get();
        if (h == tail.get()) {
            return false;
        }
        int slot = (int) (h & mask);
        into.type = types[slot];
        into.first = firsts[slot];
        into.second = seconds[slot];
        into.value = values[slot];
        head.set(h + 1);
        return true;
    }

    /** A reusable holder the audio thread polls into. */
    static final class Command {
        int type;
        long first;
        long second;
        double value;
    }
}
