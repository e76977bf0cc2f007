package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.ProfileCategory;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAV and REW impulse responses: trimming, timing between channels, normalisation and rate. */
class ImpulseResponseImportTest {
    /** 1 ms at 48 kHz: the lead-in kept before the onset. */
    private static final int LEAD_IN_FRAMES = 48;

    @TempDir
    Path root;

    /**
     * A stereo 24-bit IR: 700 frames of silence, then a left impulse of 0.5 and a right one of 0.25 arriving 30
     * frames later. Both paths are flat, so after normalisation the louder (left) is a unit impulse and the right
     * keeps its −6 dB and its 30-frame delay.
     */
    @Test
    void stereoWavLosesItsLeadingSilenceButKeepsTimingAndBalanceBetweenChannels() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        float[][] channels = new float[2][4000];
        channels[0][700] = 0.5f;
        channels[1][730] = 0.25f;
        Path wav = folders.wav("stereo.wav", 48_000, WavSampleFormat.PCM24, channels);

        ImportResult result = folders.importer.importFile(wav, "Stereo test", ProfileCategory.REFERENCE, null,
                folders.profiles, folders.irs);

        float[][] ir = ImportFolders.readAll(result.irFile());
        assertEquals(2, ir.length);
        assertEquals(4000 - (700 - LEAD_IN_FRAMES), ir[0].length);
        assertEquals(LEAD_IN_FRAMES, argMax(ir[0]));
        assertEquals(LEAD_IN_FRAMES + 30, argMax(ir[1]));
        // 24-bit quantisation with ±1 LSB dither limits agreement to about 2^-22 relative.
        assertEquals(1.0, ir[0][LEAD_IN_FRAMES], 1e-5);
        assertEquals(0.5, ir[1][LEAD_IN_FRAMES + 30], 1e-5);
        String notes = result.profile().provenance().notes();
        assertTrue(notes.contains("652 frames removed"), notes);
        assertTrue(notes.contains("Gain +6.0 dB"), notes);
    }

    @Test
    void trueStereoWavKeepsTheSameOffsetOnAllFourPathsAndTheCrossPathsQuieter() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        float[][] channels = new float[4][3000];
        int[] arrivals = {500, 540, 560, 520};
        float[] gains = {0.4f, 0.1f, 0.1f, 0.8f};
        for (int c = 0; c < 4; c++) {
            for (int i = 0; i < 200; i++) {
                channels[c][arrivals[c] + i] = (float) (gains[c] * Math.pow(-0.7, i));
            }
        }
        ImportResult result = folders.importer.importFile(folders.wav("car.wav", 48_000, WavSampleFormat.FLOAT32,
                channels), "True stereo", ProfileCategory.CAR, null, folders.profiles, folders.irs);
        float[][] ir = ImportFolders.readAll(result.irFile());
        for (int c = 0; c < 4; c++) {
            assertEquals(arrivals[c] - 500 + LEAD_IN_FRAMES, argMax(ir[c]), "path " + c);
        }
        // The louder direct path (RR) is 0 dB over the third octave at 1 kHz; LL keeps its 6 dB less.
        assertEquals(0.0, ImpulseResponseConditioner.bandGainDb(ir[3]), 1e-4);
        assertEquals(20 * Math.log10(0.5), ImpulseResponseConditioner.bandGainDb(ir[0]), 1e-4);
    }

    @Test
    void wavAtAnotherRateIsResampledTo48kHzWithTheOnsetStillNearTheStart() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        float[][] channels = new float[1][44_100 / 10];
        for (int i = 0; i < 100; i++) {
            channels[0][2000 + i] = (float) (0.3 * Math.pow(0.5, i));
        }
        ImportResult result = folders.importer.importFile(folders.wav("room.wav", 44_100, WavSampleFormat.FLOAT32,
                channels), "Room", ProfileCategory.REFERENCE, null, folders.profiles, folders.irs);
        float[] ir = ImportFolders.readAll(result.irFile())[0];
        // 44 frames kept at 44.1 kHz are 47.9 frames at 48 kHz.
        assertTrue(Math.abs(argMax(ir) - 47.9) <= 1, "peak at " + argMax(ir));
        assertTrue(result.profile().provenance().notes().contains("Resampled from 44100 Hz to 48000 Hz"));
    }

    @Test
    void rewImpulseResponseExportIsTrimmedAndNormalised() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        Path export = folders.text("rew-ir.txt", RewImpulseResponseParserTest.export(Locale.ROOT,
                "2.0833333333333333E-5 // Sample interval (seconds)"));
        ImportResult result = folders.importer.importFile(export, "REW IR", ProfileCategory.CAR, null,
                folders.profiles, folders.irs);
        float[] ir = ImportFolders.readAll(result.irFile())[0];
        float[] samples = RewImpulseResponseParserTest.samples();
        // The peak at sample 40 is the onset; 40 < 48, so nothing before it is removed (the 1e-4 blip stays).
        assertEquals(samples.length, ir.length);
        assertEquals(40, argMax(ir));
        assertEquals(0.0, ImpulseResponseConditioner.bandGainDb(ir), 1e-4);
        assertEquals(ImportFormat.REW_IMPULSE_RESPONSE, ImportFormat.detect(export));
    }

    @Test
    void aWavWithThreeChannelsIsRefusedAndCreatesNothing() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        float[][] channels = new float[3][100];
        channels[0][10] = 1;
        Path wav = folders.wav("three.wav", 48_000, WavSampleFormat.FLOAT32, channels);
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(wav, "Three",
                ProfileCategory.CAR, null, folders.profiles, folders.irs));
        assertEquals("three.wav: has 3 channels; an impulse response needs 1 (same on every channel), 2 (left→left, "
                + "right→right) or 4 (true stereo LL, LR, RL, RR)", error.getMessage());
        folders.assertLibraryEmpty();
    }

    /**
     * An IR with almost nothing at 1 kHz but a strong low-frequency ring is scaled up so far by the 1 kHz
     * normalisation that it fails the validator's peak check; the IR already written must be removed again.
     */
    @Test
    void anIrThatFailsValidationAfterNormalisationIsRemovedAgain() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        float[][] channels = new float[1][48_000];
        for (int i = 0; i < channels[0].length; i++) {
            channels[0][i] = (float) (0.9 * Math.sin(2 * Math.PI * 40 * i / 48_000.0) * Math.exp(-i / 12_000.0));
        }
        ImportException error = assertThrows(ImportException.class, () -> folders.importer.importFile(
                folders.wav("boom.wav", 48_000, WavSampleFormat.FLOAT32, channels), "Boom", ProfileCategory.CAR,
                null, folders.profiles, folders.irs));
        assertTrue(error.getMessage().startsWith("boom.wav: the imported impulse response is not usable: "),
                error.getMessage());
        folders.assertLibraryEmpty();
    }

    private static int argMax(float[] samples) {
        int best = 0;
        for (int i = 1; i < samples.length; i++) {
            if (Math.abs(samples[i]) > Math.abs(samples[best])) {
                best = i;
            }
        }
        return best;
    }
}
