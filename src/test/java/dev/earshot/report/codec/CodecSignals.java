package dev.earshot.report.codec;

import dev.earshot.analysis.TruePeakMeter;

import java.util.SplittableRandom;

/** Seeded test signals for the codec preview. */
final class CodecSignals {
    private CodecSignals() {
    }

    /** Independent Gaussian white noise per channel, standard deviation {@code sigma}. */
    static float[][] whiteNoise(long seed, int channels, int frames, double sigma) {
        SplittableRandom random = new SplittableRandom(seed);
        float[][] signal = new float[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                signal[c][i] = (float) (sigma * gaussian(random));
            }
        }
        return signal;
    }

    /** A sine of the given amplitude on every channel. */
    static float[][] sine(int channels, int frames, int sampleRate, double frequencyHz, double amplitude) {
        float[][] signal = new float[channels][frames];
        for (int i = 0; i < frames; i++) {
            float value = (float) (amplitude * Math.sin(2 * Math.PI * frequencyHz * i / sampleRate));
            for (int c = 0; c < channels; c++) {
                signal[c][i] = value;
            }
        }
        return signal;
    }

    /**
     * "Loud master" noise: white noise driven 12 dB into a hard clipper (dense, brickwalled peaks like an
     * over-limited master), then scaled so its true peak is exactly {@code truePeakDbtp}.
     */
    static float[][] brickwalledNoise(long seed, int channels, int frames, int sampleRate, double truePeakDbtp) {
        float[][] signal = whiteNoise(seed, channels, frames, 1.0);
        for (float[] channel : signal) {
            for (int i = 0; i < frames; i++) {
                channel[i] = Math.max(-0.25f, Math.min(0.25f, channel[i]));
            }
        }
        double gain = Math.pow(10, truePeakDbtp / 20) / truePeak(signal, sampleRate);
        for (float[] channel : signal) {
            for (int i = 0; i < frames; i++) {
                channel[i] = (float) (channel[i] * gain);
            }
        }
        return signal;
    }

    /** Largest true peak over all channels, linear. */
    static double truePeak(float[][] signal, int sampleRate) {
        TruePeakMeter meter = new TruePeakMeter(sampleRate, signal.length);
        meter.add(signal, signal[0].length);
        double peak = 0;
        for (double channelPeak : meter.truePeaks()) {
            peak = Math.max(peak, channelPeak);
        }
        return peak;
    }

    private static double gaussian(SplittableRandom random) {
        double u1 = 1.0 - random.nextDouble();
        double u2 = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * u2);
    }
}
