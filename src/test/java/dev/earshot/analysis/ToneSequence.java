package dev.earshot.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Test signal: a 1 kHz sine (phase continuous across segments) whose per-channel peak level changes segment by
 * segment, generated block by block and fed to a meter without storing the whole signal. Used to build the EBU
 * Tech 3341/3342 cases.
 */
final class ToneSequence {
    static final double SILENCE = Double.NEGATIVE_INFINITY;

    private final int sampleRate;
    private final double[] channelOffsetsDb;
    private final List<double[]> segments = new ArrayList<>();
    private final double frequencyHz;

    /** @param channelOffsetsDb level of each channel relative to the segment level (0 for "in phase on all") */
    ToneSequence(int sampleRate, double frequencyHz, double... channelOffsetsDb) {
        this.sampleRate = sampleRate;
        this.frequencyHz = frequencyHz;
        this.channelOffsetsDb = channelOffsetsDb;
    }

    static ToneSequence stereo(int sampleRate) {
        return new ToneSequence(sampleRate, 1000.0, 0.0, 0.0);
    }

    /** Appends {@code seconds} of tone at {@code levelDbfs} peak ({@link #SILENCE} for digital silence). */
    ToneSequence then(double seconds, double levelDbfs) {
        segments.add(new double[] {seconds, levelDbfs});
        return this;
    }

    /** Feeds the whole sequence to the meter in blocks of {@code blockFrames}. */
    void feed(LoudnessMeter meter, int blockFrames) {
        int channels = channelOffsetsDb.length;
        float[][] block = new float[channels][blockFrames];
        long start = 0;
        double[] boundaries = new double[segments.size()];
        double t = 0;
        for (int s = 0; s < segments.size(); s++) {
            t += segments.get(s)[0];
            boundaries[s] = t;
        }
        long total = Math.round(t * sampleRate);
        double[][] amplitudes = new double[segments.size()][channels];
        for (int s = 0; s < segments.size(); s++) {
            double level = segments.get(s)[1];
            for (int c = 0; c < channels; c++) {
                amplitudes[s][c] = level == SILENCE ? 0.0 : Math.pow(10, (level + channelOffsetsDb[c]) / 20);
            }
        }
        int segment = 0;
        while (start < total) {
            int n = (int) Math.min(blockFrames, total - start);
            for (int i = 0; i < n; i++) {
                long frame = start + i;
                while (frame >= Math.round(boundaries[segment] * sampleRate)) {
                    segment++;
                }
                double sine = Math.sin(2 * Math.PI * frequencyHz * frame / sampleRate);
                for (int c = 0; c < channels; c++) {
                    block[c][i] = (float) (amplitudes[segment][c] * sine);
                }
            }
            meter.add(block, n);
            start += n;
        }
    }
}
