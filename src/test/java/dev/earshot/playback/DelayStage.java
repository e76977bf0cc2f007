package dev.earshot.playback;

import dev.earshot.device.DeviceStage;

/** A test stage that delays by a whole number of frames and reports it as its latency. */
final class DelayStage implements DeviceStage {
    private final int delayFrames;
    private float[][] ring;
    private int position;

    DelayStage(int delayFrames) {
        this.delayFrames = delayFrames;
    }

    @Override
    public void prepare(int sampleRate, int maxBlockFrames, int channels) {
        ring = new float[channels][delayFrames];
        position = 0;
    }

    @Override
    public void process(float[][] block, int frames) {
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < ring.length; c++) {
                float x = ring[c][position];
                ring[c][position] = block[c][i];
                block[c][i] = x;
            }
            position = (position + 1) % delayFrames;
        }
    }

    @Override
    public void reset() {
        prepare(0, 0, ring.length);
    }

    @Override
    public int latencyFrames() {
        return delayFrames;
    }
}
