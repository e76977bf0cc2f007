package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StereoAnalyzerTest {
    private static final int RATE = 48_000;
    private static final double SIX_DB = 10.0 * Math.log10(4.0);
    private static final double THREE_DB = 10.0 * Math.log10(2.0);

    private static StereoResult analyse(double[] left, double[] right) {
        StereoAnalyzer analyzer = new StereoAnalyzer(RATE, 2);
        TestSignals.feed(analyzer::add, TestSignals.channels(left, right), 17, 4000);
        return analyzer.result();
    }

    @Test
    void identicalChannelsCorrelateFullyAndTheirSumGainsSixDecibels() {
        double[] noise = TestSignals.whiteNoise(1, 0.1, 4 * RATE);
        StereoResult result = analyse(noise, noise);
        assertEquals(1.0, result.correlation(), 1e-12);
        assertEquals(1.0, result.shortTerm().minimum(), 1e-12);
        assertEquals(1.0, result.shortTerm().median(), 1e-12);
        assertEquals(0.0, result.shortTerm().fractionNegative());
        // (4 s − 400 ms) / 100 ms + 1 windows.
        assertEquals(37, result.shortTerm().windows());
        assertEquals(Double.NEGATIVE_INFINITY, result.sideToMidDb());
        // P(L+R) = 4·P(L) exactly: 10·log10(4) = 6.0206 dB.
        assertEquals(SIX_DB, result.fold().sumGainDb(), 1e-9);
    }

    @Test
    void invertedChannelsAnticorrelateAndCancelInTheSum() {
        double[] noise = TestSignals.whiteNoise(2, 0.1, 4 * RATE);
        StereoResult result = analyse(noise, TestSignals.scaled(noise, -1.0));
        assertEquals(-1.0, result.correlation(), 1e-12);
        assertEquals(-1.0, result.shortTerm().median(), 1e-12);
        assertEquals(1.0, result.shortTerm().fractionNegative());
        assertEquals(Double.POSITIVE_INFINITY, result.sideToMidDb());
        assertEquals(Double.NEGATIVE_INFINITY, result.fold().sumGainDb());
    }

    @Test
    void uncorrelatedNoiseReadsNearZeroAndThreeDecibelsOfSumGain() {
        // Two independent Gaussian noises of 2^20 samples: the sample correlation has a standard deviation of
        // 1/√n ≈ 0.001; the sum gain 10·log10(2 + 2r) is then within 0.01 dB of 3.01 dB.
        StereoResult result = analyse(TestSignals.whiteNoise(3, 0.1, 1 << 20),
                TestSignals.whiteNoise(4, 0.1, 1 << 20));
        assertEquals(0.0, result.correlation(), 0.005);
        assertEquals(0.0, result.shortTerm().median(), 0.03);
        assertEquals(0.0, result.sideToMidDb(), 0.05);
        assertEquals(THREE_DB, result.fold().sumGainDb(), 0.05);
    }

    @Test
    void foldLossIsLocatedWhereTheChannelsAreOutOfPhase() {
        // Common content 400 Hz to 15 kHz in phase, plus content 30 to 180 Hz inverted in the right channel.
        int frames = 1 << 20;
        double[] low = TestSignals.shapedNoise(5, frames, RATE, f -> f >= 30 && f <= 180 ? 1.0 : 0.0);
        double[] high = TestSignals.shapedNoise(6, frames, RATE, f -> f >= 400 && f <= 15_000 ? 0.3 : 0.0);
        double gain = 0.1 / TestSignals.rms(TestSignals.sum(low, high));
        low = TestSignals.scaled(low, gain);
        high = TestSignals.scaled(high, gain);
        MonoFold fold = analyse(TestSignals.sum(high, low), TestSignals.sum(high, TestSignals.scaled(low, -1.0)))
                .fold();
        assertTrue(fold.worstBand().highHz() <= 224.0, "worst band " + fold.worstBand());
        assertTrue(fold.worstGainDb() < -30.0, "worst gain " + fold.worstGainDb());
        assertTrue(fold.lossLowHz() >= fold.bands().get(0).lowHz() && fold.lossHighHz() <= 224.0,
                "loss range " + fold.lossLowHz() + " to " + fold.lossHighHz() + " Hz");
        assertTrue(fold.lossLowHz() <= 36.0, "loss range starts at " + fold.lossLowHz() + " Hz");
        List<FrequencyBand> bands = fold.bands();
        double[] gains = fold.bandSumGainDb();
        for (int b = 0; b < bands.size(); b++) {
            double centreHz = bands.get(b).centreHz();
            if (centreHz >= 500 && centreHz <= 12_000) {
                // In-phase content: +6.02 dB; the inverted low band's Hann leakage up here is below −100 dB.
                assertEquals(SIX_DB, gains[b], 0.01, "band at " + centreHz + " Hz");
            }
        }
    }

    @Test
    void shortTermCorrelationKeepsTheUncorrelatedStretches() {
        // 3 s identical channels, then 1 s independent noise, three times: a quarter of the windows uncorrelated.
        int period = 4 * RATE;
        double[] common = TestSignals.whiteNoise(7, 0.1, 3 * period);
        double[] other = TestSignals.whiteNoise(8, 0.1, 3 * period);
        double[] right = new double[common.length];
        for (int i = 0; i < right.length; i++) {
            right[i] = (i % period) < 3 * RATE ? common[i] : other[i];
        }
        CorrelationSummary shortTerm = analyse(common, right).shortTerm();
        // A 400 ms window of independent noise: r has a standard deviation of 1/√19200 ≈ 0.007.
        assertEquals(0.0, shortTerm.p10(), 0.03);
        assertEquals(1.0, shortTerm.median(), 1e-12);
        assertTrue(shortTerm.minimum() > -0.05 && shortTerm.minimum() < 0.0, "minimum " + shortTerm.minimum());
        assertTrue(shortTerm.fractionNegative() > 0.05 && shortTerm.fractionNegative() < 0.2);
    }

    @Test
    void silenceHasNoCorrelation() {
        StereoResult result = analyse(new double[RATE], new double[RATE]);
        assertTrue(Double.isNaN(result.correlation()));
        assertEquals(0, result.shortTerm().windows());
        assertEquals(null, result.fold().worstBand());
    }

    @Test
    void monoInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new StereoAnalyzer(RATE, 1));
    }
}
