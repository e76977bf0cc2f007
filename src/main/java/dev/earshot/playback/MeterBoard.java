package dev.earshot.playback;

import java.lang.invoke.VarHandle;

/**
 * Meter values handed from the audio thread to readers through a sequence lock: the writer makes the sequence odd,
 * writes the primitive fields and makes it even again; a reader retries until it has read the fields between two
 * equal, even sequence values. The writer never waits and allocates nothing; a reader allocates its
 * {@link MeterReading}.
 */
final class MeterBoard {
    private volatile long sequence;
    private float peakLeft;
    private float peakRight;
    private float rmsLeft;
    private float rmsRight;
    private long playheadFrame;
    private int sourceIndex;
    private long blockCount;

    /** Audio thread only. */
    void publish(float[][] block, int frames, long playhead, int source) {
        float pl = 0f;
        float pr = 0f;
        double sl = 0.0;
        double sr = 0.0;
        for (int i = 0; i < frames; i++) {
            float l = block[0][i];
            float r = block[1][i];
            pl = Math.max(pl, Math.abs(l));
            pr = Math.max(pr, Math.abs(r));
            sl += l * l;
            sr += r * r;
        }
        long s = sequence;
        sequence = s + 1;
        VarHandle.storeStoreFence();
        peakLeft = pl;
        peakRight = pr;
        rmsLeft = frames == 0 ? 0f : (float) Math.sqrt(sl / frames);
        rmsRight = frames == 0 ? 0f : (float) Math.sqrt(sr / frames);
        playheadFrame = playhead;
        sourceIndex = source;
        blockCount++;
        sequence = s + 2;
    }

    /** Any thread; spins only while the audio thread is in the middle of a publish. */
    MeterReading read() {
        while (true) {
            long before = sequence;
            if ((before & 1) == 0) {
                MeterReading reading = new MeterReading(peakLeft, peakRight, rmsLeft, rmsRight, playheadFrame,
                        sourceIndex, blockCount);
                VarHandle.loadLoadFence();
                if (sequence == before) {
                    return reading;
                }
            }
            Thread.onSpinWait();
        }
    }
}
