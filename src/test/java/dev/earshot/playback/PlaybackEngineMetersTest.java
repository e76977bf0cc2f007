package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.KWeighting;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's loudness and spectrum meters measure what it plays. */
class PlaybackEngineMetersTest {
    private static final int RATE = EngineHarness.RATE;
    private static final int FADE = 1440;

    @Test
    void playingASineReadsItsBs1770LoudnessAndSpectrumWithNoDifferenceFromTheMasterOnBypass() throws Exception {
        double amplitude = 0.1;
        float[][] master = new float[2][5 * RATE];
        for (int i = 0; i < master[0].length; i++) {
            master[0][i] = (float) (amplitude * Math.sin(2 * Math.PI * 1000 * i / RATE));
            master[1][i] = master[0][i];
        }
        PlaybackEngine[] seen = new PlaybackEngine[1];
        EngineHarness.run(master, List.of(), FADE, 4 * RATE, engine -> {
            seen[0] = engine;
            engine.play();
        }, (engine, written) -> { });

        double expected = -0.691 + 10 * Math.log10(amplitude * amplitude
                * LiveMeterBoardTest.squaredMagnitude(new KWeighting(RATE), 1000, RATE));
        LoudnessReading loudness = seen[0].loudness();
        // The fade-in at the start lies more than 3 s back; only rounding remains.
        assertEquals(expected, loudness.momentaryLufs(), 0.01);
        assertEquals(expected, loudness.shortTermLufs(), 0.01);
        assertEquals(1.0, loudness.correlation(), 1e-9);
        assertEquals(20 * Math.log10(amplitude), loudness.truePeakDbtp(), 0.05);
        assertEquals(4 * RATE / EngineHarness.BLOCK, loudness.blockCount());

        SpectrumReading spectrum = seen[0].newSpectrumReading();
        seen[0].readSpectrum(spectrum);
        double[] centres = seen[0].spectrumBandsHz();
        int band = Arrays.binarySearch(centres, 1000.0);
        assertTrue(band >= 0, "a band is centred on 1 kHz");
        assertEquals(-20.0, spectrum.playedDb(band), 0.1);
        // The bypass plays the master itself: the two spectra differ only by the fade-in, long forgotten.
        assertEquals(0.0, spectrum.differenceDb(band), 0.01);
    }

    @Test
    void spectrumReadingsTakenWhileTheAudioThreadRunsAreNeverTorn() throws Exception {
        // With fades of one frame the bypass plays the master bit for bit, so in every consistent reading the played
        // and master spectra are identical; a reading mixing two updates would differ while the programme changes.
        float[][] master = TestChains.programme(61, 12 * RATE);
        PlaybackEngine[] seen = new PlaybackEngine[1];
        long[] readings = {0};
        Throwable[] failure = new Throwable[1];
        Thread reader = new Thread(() -> {
            SpectrumReading reading = null;
            while (seen[0] == null || seen[0].meters().blockCount() < 2_000) {
                if (seen[0] != null) {
                    if (reading == null) {
                        reading = seen[0].newSpectrumReading();
                    }
                    seen[0].readSpectrum(reading);
                    for (int b = 0; b < reading.bands(); b++) {
                        if (reading.differenceDb(b) != 0f) {
                            failure[0] = new AssertionError("torn reading in band " + b + ": " + reading);
                            return;
                        }
                    }
                    readings[0]++;
                }
                Thread.onSpinWait();
            }
        });
        reader.start();
        EngineHarness.run(master, List.of(), 1, 2_000 * EngineHarness.BLOCK, engine -> {
            seen[0] = engine;
            engine.play();
        }, (engine, written) -> { });
        reader.join();

        if (failure[0] != null) {
            throw new AssertionError(failure[0]);
        }
        assertTrue(readings[0] > 0, "the reader read while the engine played");
    }
}
