package dev.earshot.report;

import static dev.earshot.report.ReportFixtures.RATE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.analysis.Band;
import dev.earshot.analysis.LoudnessAnalyzer;
import dev.earshot.audio.ArraySource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.device.NoiseSpec;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.RoadNoiseStage;
import dev.earshot.device.StageSpec;
import dev.earshot.dsp.EqualLoudness;
import dev.earshot.report.findings.FundamentalLostRule;
import dev.earshot.report.model.LoudnessSeries;
import dev.earshot.report.model.LowEndTranslation;
import dev.earshot.report.model.ProfileSection;
import dev.earshot.report.model.ReferenceComparison;
import dev.earshot.report.model.ReportDocument;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's figures on synthetic masters through devices with a known response, against closed forms. */
class ReportBuilderTest {
    private static final double SECONDS = 3.0;

    @TempDir
    Path dir;

    private ReportDocument build(Path master, List<ProfileInput> profiles, List<Path> references) throws IOException {
        return new ReportBuilder().build(ReportFixtures.request(master, profiles, references), ProgressListener.NONE,
                new ReportCancellation());
    }

    @Test
    void fortyTwoHertzThroughAKnownHighPassLosesWhatTheFilterTakes() throws IOException {
        float[] signal = ReportFixtures.sines(SECONDS, 0.1, 1000, 0.3, 42);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        ProfileInput identity = ReportFixtures.profile("identity", ProfileCategory.REFERENCE,
                ReportFixtures.diracIr(dir), 83, List.of(), null);
        ProfileInput highPass = ReportFixtures.profile("small", ProfileCategory.PHONE,
                ReportFixtures.highPassIr(dir, 150), 83, List.of(), null);
        ReportDocument report = build(master, List.of(identity, highPass), List.of());

        LowEndTranslation flat = report.profiles().get(0).lowEnd();
        LowEndTranslation small = report.profiles().get(1).lowEnd();
        // Parabolic interpolation of a Hann-windowed sine's peak is biased by well under a tenth of a bin (1.46 Hz).
        assertEquals(42.0, flat.fundamentalHz(), 0.15);
        // Analog Butterworth |H|^2 = x^4 / (1 + x^4), x = f / fc; the bilinear prewarp at these frequencies moves it
        // by far less than the 0.2 dB allowed for the third-octave sum and spectral leakage from the 1 kHz tone.
        double x = 42.0 / 150.0;
        double expectedLossDb = 10 * Math.log10(Math.pow(x, 4) / (1 + Math.pow(x, 4)));
        assertEquals(expectedLossDb, small.fundamentalLossDb(), 0.2);
        assertEquals(0.0, flat.fundamentalLossDb(), 0.05);

        // Threshold margin: SPL = listening level + component level - programme loudness; Tf(42 Hz) interpolated
        // in log frequency between ISO 226's 51.1 dB (40 Hz) and 44.0 dB (50 Hz).
        double lufs = LoudnessAnalyzer.analyze(ArraySource.of(RATE, signal, signal), null, false,
                ProgressListener.NONE).integratedLufs();
        double tf42 = 51.1 + (44.0 - 51.1) * Math.log(42.0 / 40) / Math.log(50.0 / 40);
        double expectedAbove = 83 + 20 * Math.log10(0.3) - lufs - tf42;
        assertEquals(expectedAbove, flat.fundamentalAboveThresholdDb(), 0.1);
        assertTrue(flat.fundamentalAudible());
        assertEquals(84.0, flat.harmonicHz(), 0.3);
        assertEquals(report.master().loudness().integratedLufs(), lufs, 1e-9);
        assertEquals(0.0, report.profiles().get(0).loudnessDelta().integratedLu(), 1e-6);
    }

    @Test
    void spectralAndBandDeltasOfWhiteNoiseThroughAHighPassFollowItsMagnitude() throws IOException {
        float[] left = noise(SECONDS, 0.1, 21);
        float[] right = noise(SECONDS, 0.1, 22);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), left, right);
        ReportDocument report = build(master, List.of(ReportFixtures.profile("small", ProfileCategory.PHONE,
                ReportFixtures.highPassIr(dir, 150), 83, List.of(), null)), List.of());
        ProfileSection section = report.profiles().get(0);
        // Loudness matching adds -(device - master) loudness to every point; the rest is |H(f)|^2 of the analog
        // Butterworth prototype. Both spectra hold the same noise, so its randomness cancels in the ratio.
        double matchDb = -section.loudnessDelta().integratedLu();
        double[] hz = section.spectralDelta().frequenciesHz();
        double[] db = section.spectralDelta().valuesDb();
        for (int i = 0; i < hz.length; i++) {
            if (hz[i] >= 80 && hz[i] <= 10_000) {
                // 1/6-octave smoothing averages |H|^2 over +-1/12 octave: within 0.3 dB where the slope is 12 dB
                // per octave or flatter.
                assertEquals(butterworthDb(hz[i], 150) + matchDb, db[i], 0.3, hz[i] + " Hz");
            }
        }
        // Band deltas: white noise has a flat expected density, so a band's power ratio is the mean of |H|^2 over the
        // band. The measured ratio weights |H|^2 by the noise's random power per bin; in the sub band (27 bins of
        // about 9 segments, |H|^2 spanning 19 dB) that moves it by a few tenths of a dB, hence 0.5 dB.
        for (Band band : new Band[] {Band.SUB, Band.BASS, Band.PRESENCE}) {
            double sum = 0;
            int steps = 10_000;
            for (int k = 0; k < steps; k++) {
                double f = band.lowHz() + (k + 0.5) * (band.highHz() - band.lowHz()) / steps;
                sum += Math.pow(10, butterworthDb(f, 150) / 10);
            }
            assertEquals(10 * Math.log10(sum / steps) + matchDb, section.bandDeltaDb().get(band), 0.5, band.name());
        }
        assertEquals(section.bandDeltaDb().get(Band.SUB), section.lowEnd().subSurvivalDb(), 1e-9);
        assertEquals(section.bandDeltaDb().get(Band.BASS), section.lowEnd().bassSurvivalDb(), 1e-9);
    }

    private static double butterworthDb(double hz, double cornerHz) {
        double x4 = Math.pow(hz / cornerHz, 4);
        return 10 * Math.log10(x4 / (1 + x4));
    }

    @Test
    void theMastersShortTermSeriesHasOneValuePerSecondAtTheSteadyLevel() throws IOException {
        float[] signal = ReportFixtures.sines(SECONDS, 0.3, 1000);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        ReportDocument report = build(master, List.of(ReportFixtures.profile("identity", ProfileCategory.REFERENCE,
                ReportFixtures.diracIr(dir), 83, List.of(), null)), List.of());
        LoudnessSeries series = report.master().shortTermLoudness();
        assertEquals(1.0, series.intervalSeconds(), 1e-12);
        assertEquals((int) SECONDS, series.size());
        // A steady sine: the full 3 s window ending at 3 s reads the gated integrated level; 0.05 LU for the
        // gating and the window's edges, which the integrated figure sees differently.
        double[] lufs = series.shortTermLufs();
        assertEquals(report.master().loudness().integratedLufs(), lufs[lufs.length - 1], 0.05);
    }

    @Test
    void aThousandHertzMasterHasNoLowFundamental() throws IOException {
        float[] signal = ReportFixtures.sines(SECONDS, 0.3, 1000);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        ReportDocument report = build(master, List.of(ReportFixtures.profile("identity", ProfileCategory.REFERENCE,
                ReportFixtures.diracIr(dir), 83, List.of(), null)), List.of());
        LowEndTranslation low = report.profiles().get(0).lowEnd();
        assertTrue(Double.isNaN(low.fundamentalHz()));
        assertTrue(Double.isNaN(low.fundamentalLossDb()));
    }

    @Test
    void aFortyHertzMasterTriggersThePhoneLowEndFindingAndAThousandHertzMasterDoesNot() throws IOException {
        ProfileInput phone = ReportFixtures.profile("phone", ProfileCategory.PHONE,
                ReportFixtures.highPassIr(dir, 300), 70, List.of(), null);
        float[] low = ReportFixtures.sines(SECONDS, 0.5, 40, 0.05, 1000);
        ReportDocument lowReport = build(ReportFixtures.wav(dir.resolve("low.wav"), low, low), List.of(phone),
                List.of());
        assertTrue(lowReport.findings().stream().anyMatch(f -> f.ruleId().equals(FundamentalLostRule.ID)
                && f.profileIds().equals(List.of("phone"))), lowReport.findings().toString());
        float[] mid = ReportFixtures.sines(SECONDS, 0.5, 1000);
        ReportDocument midReport = build(ReportFixtures.wav(dir.resolve("mid.wav"), mid, mid), List.of(phone),
                List.of());
        assertTrue(midReport.findings().stream().noneMatch(f -> f.ruleId().startsWith("low-end.")),
                midReport.findings().toString());
    }

    @Test
    void monoFoldOfAMonoMasterLosesNothingAndOfAnInvertedPairLosesEverything() throws IOException {
        float[] signal = noise(SECONDS, 0.1, 7);
        ProfileInput mono = ReportFixtures.profile("mono", ProfileCategory.SMART_SPEAKER, ReportFixtures.diracIr(dir),
                83, List.of(new StageSpec.MonoSum(0.5, 0.5), new StageSpec.ImpulseResponse()), null);
        ProfileInput stereo = ReportFixtures.profile("stereo", ProfileCategory.HEADPHONES,
                ReportFixtures.diracIr(dir), 83, List.of(), null);

        ReportDocument same = build(ReportFixtures.wav(dir.resolve("same.wav"), signal, signal),
                List.of(mono, stereo), List.of());
        assertNull(same.profiles().get(1).mono(), "stereo devices have no mono section");
        assertEquals(0.0, same.profiles().get(0).mono().loudnessLossLu(), 0.01);
        for (Band band : Band.values()) {
            assertEquals(0.0, same.profiles().get(0).mono().bandLossDb().get(band), 0.01, band.name());
        }
        assertEquals(1.0, same.master().stereoCorrelation(), 1e-6);

        ReportDocument inverted = build(ReportFixtures.wav(dir.resolve("inv.wav"), signal,
                ReportFixtures.inverted(signal)), List.of(mono), List.of());
        ProfileSection section = inverted.profiles().get(0);
        assertEquals(-60.0, section.mono().loudnessLossLu(), 1e-9, "everything is lost: the floor");
        for (Band band : Band.values()) {
            assertEquals(-60.0, section.mono().bandLossDb().get(band), 1e-9, band.name());
        }
        assertEquals(-1.0, inverted.master().stereoCorrelation(), 1e-6);
    }

    @Test
    void anInvertedPassageShowsInTheBandLossesThoughTheGatedLoudnessHardlyChanges() throws IOException {
        // Five seconds of an inverted pair (the fold cancels it completely), then five of identical channels. The
        // fold's silent half falls under BS.1770's absolute gate, so its integrated loudness is that of the second
        // half, equal to the stereo programme's (0 LU but for the 400 ms blocks straddling the change); yet every
        // band of the first section is gone, which only the section-wise figures show.
        float[] first = noise(5.0, 0.1, 11);
        float[] second = noise(5.0, 0.1, 12);
        float[] left = new float[10 * RATE];
        float[] right = new float[10 * RATE];
        for (int i = 0; i < 5 * RATE; i++) {
            left[i] = first[i];
            right[i] = -first[i];
            left[5 * RATE + i] = second[i];
            right[5 * RATE + i] = second[i];
        }
        ProfileInput mono = ReportFixtures.profile("mono", ProfileCategory.SMART_SPEAKER, ReportFixtures.diracIr(dir),
                83, List.of(new StageSpec.MonoSum(0.5, 0.5), new StageSpec.ImpulseResponse()), null);
        ReportDocument report = build(ReportFixtures.wav(dir.resolve("p.wav"), left, right), List.of(mono),
                List.of());
        var fold = report.profiles().get(0).mono();
        assertEquals(0.0, fold.loudnessLossLu(), 0.3);
        for (Band band : Band.values()) {
            assertEquals(-60.0, fold.bandLossDb().get(band), 1e-9, band.name());
        }
    }

    @Test
    void uncorrelatedChannelsLoseThreeDecibelsInEveryBand() throws IOException {
        ProfileInput mono = ReportFixtures.profile("mono", ProfileCategory.SMART_SPEAKER, ReportFixtures.diracIr(dir),
                83, List.of(new StageSpec.MonoSum(0.5, 0.5), new StageSpec.ImpulseResponse()), null);
        ReportDocument report = build(ReportFixtures.wav(dir.resolve("u.wav"), noise(SECONDS, 0.1, 1),
                noise(SECONDS, 0.1, 2)), List.of(mono), List.of());
        // (L + R) / 2 of independent equal-power channels has half the mean channel power: -3.01 dB. Three seconds
        // of noise leave a random correlation of about 1/sqrt(bandwidth x time): under 0.3 dB in the sub band.
        for (Band band : Band.values()) {
            assertEquals(-3.01, report.profiles().get(0).mono().bandLossDb().get(band), 0.3, band.name());
        }
        assertEquals(-3.01, report.profiles().get(0).mono().loudnessLossLu(), 0.1);
    }

    @Test
    void presenceShareFollowsTheEqualLoudnessWeighting() throws IOException {
        float[] signal = ReportFixtures.sines(SECONDS, 0.1, 1000, 0.1, 3000);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        ReportDocument report = build(master, List.of(ReportFixtures.profile("identity", ProfileCategory.REFERENCE,
                ReportFixtures.diracIr(dir), 83, List.of(), null)), List.of());
        var presence = report.profiles().get(0).presence();
        // Two equal tones, each far above threshold, weighted by the contour at P phon at their band centres
        // (1 kHz and 1000 * 2^(5/3) Hz): share = w3 / (w1 + w3), w = 10^(-(L(f, P) - L(1k, P)) / 10).
        double centre = 1000 * Math.pow(2, 5.0 / 3);
        assertEquals(share(centre, 83), presence.masterPresenceDb(), 0.05);
        assertEquals(share(centre, 83), presence.devicePresenceDb(), 0.05);
        assertEquals(share(centre, 60), presence.quietPresenceDb(), 0.05);
        assertEquals(share(centre, 60) - share(centre, 83), presence.shiftAtQuietLevelDb(), 0.05);
    }

    private static double share(double centreHz, double phon) {
        double w3 = Math.pow(10, -(EqualLoudness.splForPhon(centreHz, phon) - EqualLoudness.splForPhon(1000, phon))
                / 10);
        return 10 * Math.log10(w3 / (1 + w3));
    }

    @Test
    void roadNoiseMasksEveryBandButTheOneHoldingTheTone() throws IOException {
        float[] signal = ReportFixtures.sines(SECONDS, 0.3, 1000);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        ProfileInput car = ReportFixtures.profile("car", ProfileCategory.CAR, ReportFixtures.diracIr(dir), 80,
                List.of(), new NoiseSpec(NoiseSpec.ROAD, 100, 66));
        ProfileInput quiet = ReportFixtures.profile("quiet", ProfileCategory.REFERENCE, ReportFixtures.diracIr(dir),
                80, List.of(), null);
        ReportDocument report = build(master, List.of(car, quiet), List.of());
        var masking = report.profiles().get(0).masking();
        assertNull(report.profiles().get(1).masking());
        // Third-octave centres 1000 * 2^(k/3) from 20 Hz to 16 kHz: k = -17..12, 30 bands. A pure tone leaves every
        // band but its own empty, and any noise covers an empty band; the run from the bottom ends at the 1 kHz
        // band's lower edge, 1000 / 2^(1/6) Hz.
        assertEquals(29.0 / 30.0, masking.maskedShare(), 1e-9);
        assertEquals(1000 / Math.pow(2, 1.0 / 6), masking.maskedBelowHz(), 1e-6);
        // Programme (brought to -14 LUFS) minus the noise's loudness, the noise measured here on its own with
        // another seed: 8 s of stationary noise measure the same to about 0.1 LU.
        RoadNoiseStage stage = new RoadNoiseStage(100, 66, 80, 12345);
        stage.prepare(RATE, 8 * RATE, 2);
        float[][] alone = new float[2][8 * RATE];
        stage.process(alone, alone[0].length);
        double noiseLufs = LoudnessAnalyzer.analyze(ArraySource.of(RATE, alone[0], alone[1]), null, false,
                ProgressListener.NONE).integratedLufs();
        assertEquals(-14 - noiseLufs, masking.programmeToNoiseDb(), 0.3);
        assertEquals("road noise at 100 km/h, 66 dB(A)", masking.noiseDescription());
    }

    @Test
    void aReferenceThatIsTheMasterSixDecibelsQuieterDiffersInNoBand() throws IOException {
        float[] left = noise(SECONDS, 0.1, 3);
        float[] right = noise(SECONDS, 0.1, 4);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), left, right);
        Path reference = ReportFixtures.wav(dir.resolve("ref.wav"), scaled(left, 0.5f), scaled(right, 0.5f));
        ReportDocument report = build(master, List.of(ReportFixtures.profile("small", ProfileCategory.PHONE,
                ReportFixtures.highPassIr(dir, 150), 83, List.of(), null)), List.of(reference));
        ReferenceComparison comparison = report.references().get(0);
        assertEquals(report.master().loudness().integratedLufs() - 20 * Math.log10(2), comparison.referenceLoudness(),
                0.01);
        for (Band band : Band.values()) {
            // A linear device and a pure gain: loudness matching removes the gain exactly (to float rounding).
            assertEquals(0.0, comparison.studioBandDeltaDb().get(band), 0.01, band.name());
            assertEquals(0.0, comparison.profileBandDeltaDb().get("small").get(band), 0.01, band.name());
        }
        for (double delta : comparison.studioDelta().valuesDb()) {
            assertEquals(0.0, delta, 0.01);
        }
        assertEquals("ref.wav", report.meta().inputs().get(1).fileName());
        assertEquals("reference", report.meta().inputs().get(1).role());
    }

    @Test
    void progressRisesToOneAcrossAllPasses() throws IOException {
        float[] signal = noise(1.0, 0.1, 5);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        List<Double> reported = new CopyOnWriteArrayList<>();
        new ReportBuilder().build(ReportFixtures.request(master, List.of(
                ReportFixtures.profile("a", ProfileCategory.REFERENCE, ReportFixtures.diracIr(dir), 83, List.of(),
                        null),
                ReportFixtures.profile("b", ProfileCategory.PHONE, ReportFixtures.highPassIr(dir, 200), 70, List.of(),
                        null)), List.of()), reported::add, new ReportCancellation());
        for (int i = 1; i < reported.size(); i++) {
            assertTrue(reported.get(i) >= reported.get(i - 1), "progress never goes back: " + reported);
        }
        assertEquals(1.0, reported.get(reported.size() - 1), 0.0);
    }

    @Test
    void aCancelledReportStopsWithInterruptedIo() throws IOException {
        float[] signal = noise(SECONDS, 0.1, 9);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        ReportCancellation cancellation = new ReportCancellation();
        cancellation.cancel();
        assertThrows(InterruptedIOException.class, () -> new ReportBuilder().build(ReportFixtures.request(master,
                List.of(ReportFixtures.profile("identity", ProfileCategory.REFERENCE, ReportFixtures.diracIr(dir), 83,
                        List.of(), null)), List.of()), ProgressListener.NONE, cancellation));
    }

    @Test
    void metaListsTheMasterFirstWithItsHashAndEveryImpulseResponse() throws IOException {
        float[] signal = noise(SECONDS, 0.1, 9);
        Path master = ReportFixtures.wav(dir.resolve("m.wav"), signal, signal);
        ReportDocument report = build(master, List.of(ReportFixtures.profile("identity", ProfileCategory.REFERENCE,
                ReportFixtures.diracIr(dir), 83, List.of(), null)), List.of());
        var inputs = report.meta().inputs();
        assertEquals("master", inputs.get(0).role());
        assertEquals(InputFileDescriber.sha256(master), inputs.get(0).sha256());
        assertEquals(64, inputs.get(0).sha256().length());
        assertEquals(SECONDS, inputs.get(0).durationSeconds(), 1e-9);
        assertEquals("impulse-response", inputs.get(1).role());
        assertEquals("dirac.wav", inputs.get(1).fileName());
        assertNotNull(report.meta().created());
    }

    private static float[] noise(double seconds, double rms, long seed) {
        Random random = new Random(seed);
        float[] out = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) (rms * random.nextGaussian());
        }
        return out;
    }

    private static float[] scaled(float[] x, float gain) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i] * gain;
        }
        return out;
    }
}
