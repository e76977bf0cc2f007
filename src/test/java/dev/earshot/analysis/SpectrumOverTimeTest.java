package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpectrumOverTimeTest {
    private static final int RATE = 48_000;

    private static int bandIndexAt(List<FrequencyBand> bands, double frequencyHz) {
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).lowHz() <= frequencyHz && frequencyHz < bands.get(b).highHz()) {
                return b;
            }
        }
        throw new AssertionError("no band holds " + frequencyHz + " Hz");
    }

    @Test
    void sineAlternatingBetweenTwoLevelsGivesThoseLevelsAsPercentiles() {
        // 2 s at −10 dBFS, 1 s at −30 dBFS, four times: two thirds of the frames loud, a third quiet. Frames whose
        // window straddles a switch (about 2 per switch, 13 % of all) lie between the two levels, so the 10th
        // percentile is still a quiet frame and the 50th and 90th are loud frames.
        int period = 3 * RATE;
        double[] x = new double[4 * period];
        for (int i = 0; i < x.length; i++) {
            double amplitude = (i % period) < 2 * RATE ? Math.pow(10, -10 / 20.0) : Math.pow(10, -30 / 20.0);
            x[i] = amplitude * Math.sin(2.0 * Math.PI * 1000.0 * i / RATE);
        }
        SpectrumOverTime overTime = new SpectrumOverTime(RATE, 2);
        TestSignals.feed(overTime::add, TestSignals.channels(x, x), 4, 2500);
        SpectrumPercentiles result = overTime.result();
        int band = bandIndexAt(result.bands(), 1000.0);
        // The whole Hann main lobe (±11.7 Hz) lies inside the 891–1122 Hz band; 0.1 dB histogram steps.
        assertEquals(-30.0, result.p10Db()[band], 0.1);
        assertEquals(-10.0, result.p50Db()[band], 0.1);
        assertEquals(-10.0, result.p90Db()[band], 0.1);
        // (12 s − 171 ms window) / 100 ms hop, plus the first frame.
        assertEquals(119, result.frames());
    }

    @Test
    void whiteNoiseMedianBandLevelMatchesItsBandwidthShare() {
        double sigma = 0.1;
        double[] noise = TestSignals.whiteNoise(21, sigma, 10 * RATE);
        SpectrumOverTime overTime = new SpectrumOverTime(RATE, 1);
        TestSignals.feed(overTime::add, TestSignals.channels(noise), 8, 4096);
        SpectrumPercentiles result = overTime.result();
        int band = bandIndexAt(result.bands(), 4000.0);
        FrequencyBand fourKilohertz = result.bands().get(band);
        double meanSquare = sigma * sigma * (fourKilohertz.highHz() - fourKilohertz.lowHz()) / (RATE / 2.0);
        // About 158 bins per frame: a per-frame spread of ≈0.35 dB; the median of 99 frames is within 0.2 dB.
        assertEquals(10.0 * Math.log10(2.0 * meanSquare), result.p50Db()[band], 0.2);
    }

    @Test
    void thirdOctaveBandsSpanTwentyHertzToTwentyKilohertz() {
        List<FrequencyBand> bands = new SpectrumOverTime(RATE, 1).bands();
        assertEquals(31, bands.size());
        assertEquals(1000.0 * Math.pow(2, -17 / 3.0), bands.get(0).centreHz(), 1e-9);
        assertEquals(1000.0 * Math.pow(2, 13 / 3.0), bands.get(30).centreHz(), 1e-9);
    }

    @Test
    void withoutSignalEveryPercentileIsTheFloor() {
        SpectrumPercentiles result = new SpectrumOverTime(RATE, 2).result();
        assertEquals(0, result.frames());
        assertEquals(SpectrumOverTime.FLOOR_DB, result.p90Db()[5]);
    }
}
