package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TruePeakMeterTest {

    @ParameterizedTest
    @CsvSource({"44100, 4", "48000, 4", "88200, 4", "96000, 2", "176400, 2", "192000, 1", "384000, 1"})
    void oversamplingFollowsBs1770(int sampleRate, int factor) {
        assertEquals(factor, new TruePeakMeter(sampleRate, 1).oversampling());
    }

    /**
     * A sine at fs/4 sampled 45° off its crests peaks at 1/sin(45°) = √2 times its samples: ×4 and ×2 both land an
     * interpolated point on the crest, so the true peak is the sine's amplitude to 0.01 dB. 10 ms fades keep the
     * start and end from ringing (an abrupt full-scale start overshoots, rightly, by about 0.1 dB).
     */
    @ParameterizedTest
    @CsvSource({"48000", "96000"})
    void crestBetweenSamplesIsFound(int sampleRate) {
        float[] x = new float[sampleRate / 2];
        int fade = sampleRate / 100;
        for (int i = 0; i < x.length; i++) {
            double gain = Math.min(1.0, Math.min(i, x.length - 1 - i) / (double) fade);
            x[i] = (float) (gain * 1.41 * Math.sin(Math.PI / 2 * i + Math.PI / 4));
        }
        TruePeakMeter meter = new TruePeakMeter(sampleRate, 1);
        meter.add(new float[][] {x}, x.length);
        assertEquals(20 * Math.log10(1.41), 20 * Math.log10(meter.truePeaks()[0]), 0.01);
        assertEquals(20 * Math.log10(1.41 * Math.sqrt(0.5)), 20 * Math.log10(meter.samplePeaks()[0]), 0.01);
    }

    /** The last samples are interpolated against silence after the end, as if the stream stopped there. */
    @Test
    void singleFullScaleSampleAtTheEndRingsAboveItself() {
        TruePeakMeter meter = new TruePeakMeter(48000, 1);
        meter.add(new float[][] {{0f, 0f, 1f, -1f}}, 4);
        assertEquals(1.0, meter.samplePeaks()[0], 0.0);
        double truePeak = meter.truePeaks()[0];
        assertEquals(true, truePeak > 1.0, "an alternating pair has an inter-sample peak, got " + truePeak);
    }

    @Test
    void atOneTimesTruePeakIsSamplePeak() {
        TruePeakMeter meter = new TruePeakMeter(192000, 2);
        meter.add(new float[][] {{0.1f, -0.7f, 0.2f}, {0.3f, 0.0f, -0.25f}}, 3);
        assertEquals(0.7f, meter.truePeaks()[0], 0.0);
        assertEquals(0.3f, meter.truePeaks()[1], 0.0);
    }
}
