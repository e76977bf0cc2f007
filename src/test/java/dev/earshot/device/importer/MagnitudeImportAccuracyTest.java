package dev.earshot.device.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioFiles;
import dev.earshot.device.ProfileCategory;
import dev.earshot.dsp.FrequencyResponse;
import dev.earshot.dsp.MagnitudeCurve;
import dev.earshot.dsp.MagnitudeResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Magnitude-only imports become minimum-phase IRs that reproduce the imported magnitude (normalised to 0 dB at
 * 1 kHz) within ±0.5 dB from 30 Hz to 16 kHz after 1/12-octave smoothing, the acceptance figure. The
 * generated exports run from 10 Hz to 22 kHz, so the edge fades lie outside the checked band.
 */
class MagnitudeImportAccuracyTest {
    private static final double TWELFTH_OCTAVE = 1.0 / 12;
    private static final double TOLERANCE_DB = 0.5;

    @TempDir
    Path root;

    @Test
    void rewExportWithPeaksDipsAndSteepSlopesIsReproduced() throws Exception {
        assertReproduced("peaks.txt", GeneratedCurves.rewText(GeneratedCurves.PEAKS_DIPS_SLOPES, grid(),
                Locale.ROOT, false, " ", true), GeneratedCurves.PEAKS_DIPS_SLOPES);
    }

    @Test
    void decimalCommaExportOfASteepPhoneSpeakerIsReproduced() throws Exception {
        assertReproduced("phone.txt", GeneratedCurves.rewText(GeneratedCurves.PHONE, grid(), Locale.GERMANY, true,
                "\t", false), GeneratedCurves.PHONE);
    }

    @Test
    void autoEqMeasurementIsReproduced() throws Exception {
        assertReproduced("earbud.csv", GeneratedCurves.autoEqText(GeneratedCurves.EARBUD, grid()),
                GeneratedCurves.EARBUD);
    }

    @Test
    void autoEqMeasurementMinusTargetIsReproduced() throws Exception {
        ImportFolders folders = new ImportFolders(root);
        DoubleUnaryOperator target = f -> 3 * Math.log(f / 1000) / Math.log(2) + GeneratedCurves.bump(f, 3000, 8, 0.4);
        Path measurement = folders.text("bud.csv", GeneratedCurves.autoEqText(GeneratedCurves.EARBUD, grid()));
        Path targetFile = folders.text("target.csv", GeneratedCurves.autoEqText(target, grid()));
        ImportResult result = folders.importer.importFile(measurement, "Bud vs target", ProfileCategory.EARBUDS,
                targetFile, folders.profiles, folders.irs);
        DoubleUnaryOperator relative = f -> GeneratedCurves.EARBUD.applyAsDouble(f) - target.applyAsDouble(f);
        assertMatches(result.irFile(), relative);
        assertTrue(result.profile().provenance().source().endsWith("minus target target.csv"));
    }

    private void assertReproduced(String fileName, String text, DoubleUnaryOperator curve) throws Exception {
        ImportFolders folders = new ImportFolders(root);
        ImportResult result = folders.importer.importFile(folders.text(fileName, text), "Generated",
                ProfileCategory.PHONE, null, folders.profiles, folders.irs);
        assertMatches(result.irFile(), curve);
    }

    private static void assertMatches(Path irFile, DoubleUnaryOperator curve) throws IOException {
        AudioFormatInfo format = AudioFiles.probe(irFile);
        assertEquals(48_000, format.sampleRate());
        assertEquals(1, format.channels());
        assertEquals(32, format.bitsPerSample());
        float[] ir = ImportFolders.readAll(irFile)[0];
        assertEquals(ProfileImporter.MAGNITUDE_IR_FRAMES, ir.length);
        // The expected response: the same rows the file carried, normalised and log-interpolated like the importer.
        double[] frequencies = grid();
        double[] gains = new double[frequencies.length];
        for (int i = 0; i < frequencies.length; i++) {
            gains[i] = GeneratedCurves.normalized(curve, frequencies[i]);
        }
        MagnitudeCurve expected = new MagnitudeCurve(frequencies, gains);
        double worstDb = 0;
        double worstHz = 0;
        for (double hz = 30; hz <= 16_000; hz *= Math.pow(2, TWELFTH_OCTAVE / 2)) {
            double errorDb = FrequencyResponse.smoothedGainDbAt(ir, 48_000, hz, TWELFTH_OCTAVE)
                    - smoothedDb(expected, hz);
            if (Math.abs(errorDb) > Math.abs(worstDb)) {
                worstDb = errorDb;
                worstHz = hz;
            }
        }
        assertTrue(Math.abs(worstDb) <= TOLERANCE_DB, String.format(Locale.ROOT, "worst error %+.3f dB at %.1f Hz",
                worstDb, worstHz));
    }

    /** The expected response power-averaged over the 9 points {@link FrequencyResponse#smoothedGainDbAt} uses. */
    private static double smoothedDb(MagnitudeResponse response, double centreHz) {
        double sum = 0;
        for (int p = 0; p < 9; p++) {
            double hz = centreHz * Math.pow(2, TWELFTH_OCTAVE * ((p + 0.5) / 9 - 0.5));
            sum += Math.pow(10, response.gainDbAt(hz) / 10);
        }
        return 10 * Math.log10(sum / 9);
    }

    private static double[] grid() {
        return GeneratedCurves.frequencies(10, 22_000);
    }
}
