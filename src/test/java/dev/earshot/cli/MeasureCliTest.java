package dev.earshot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileValidator;
import dev.earshot.device.Provenance;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import dev.earshot.measure.SweepFiles;
import dev.earshot.measure.SweepSettings;
import dev.earshot.measure.SyntheticSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MeasureCliTest {
    @TempDir
    Path dir;

    @Test
    void sweepThenSyntheticRecordingThenExtractGivesTheIrAndAValidMeasuredProfile() throws Exception {
        Path sweep = dir.resolve("sweep.wav");
        CliRun made = CliRun.of("measure", "sweep", "-o", sweep.toString(), "--from", "15", "--to", "24000",
                "--seconds", "2", "--repeats", "2", "--tail", "0.7");
        assertEquals(0, made.exitCode(), made.err());
        SweepSettings settings = SweepFiles.read(sweep);
        float[] ir = SyntheticSystem.knownIr();
        float[] recording = new SyntheticSystem(0.02, 0.03, ir, 300, -50, 1e-4, 3).record(settings);
        Path recorded = dir.resolve("car.wav");
        try (WavWriter writer = WavWriter.create(recorded, 48_000, 1, WavSampleFormat.FLOAT32, 0)) {
            writer.write(new float[][] {recording}, recording.length);
            writer.commit();
        }
        Files.createDirectories(dir.resolve("lib/playback-profiles"));
        Files.createDirectories(dir.resolve("lib/impulse-responses"));
        Path out = dir.resolve("ir.wav");
        CliRun extracted = CliRun.of("measure", "extract", recorded.toString(), "--sweep", sweep.toString(), "-o",
                out.toString(), "--profile-name", "My car", "--category", "car", "--library",
                dir.resolve("lib").toString());
        assertEquals(0, extracted.exitCode(), extracted.err());
        assertTrue(extracted.out().contains("drift -50.0"), extracted.out());
        assertTrue(extracted.out().contains("THD 1 kHz"), extracted.out());
        assertTrue(extracted.out().contains("latency"), extracted.out());

        ImpulseResponse measured = IrFiles.load(out, 48_000);
        double[] truth = toDouble(ir);
        double[] result = toDouble(measured.channel(0));
        // Third-octave power means at octave centres; the cubic term adds 3·a3·A²/4 to the fundamental.
        double cubicDb = 20 * Math.log10(1 + 3 * 0.03 * settings.amplitude() * settings.amplitude() / 4);
        for (double f = 31.25; f <= 16_000; f *= 2) {
            assertEquals(bandDb(truth, f) + cubicDb, bandDb(result, f), 0.5, "at " + f + " Hz");
        }

        Path irs = dir.resolve("lib/impulse-responses");
        PlaybackProfile profile = ProfileCodec.read(dir.resolve("lib/playback-profiles/my-car.json"));
        assertEquals(Provenance.Kind.MEASURED, profile.provenance().kind());
        assertEquals(64, profile.provenance().sha256().length());
        assertEquals(List.of(), ProfileValidator.validate(profile, irs));
    }

    @Test
    void liveWithoutAudioDevicesExitsTwoNamingTheMissingDevice() {
        CliRun run = CliRun.of("measure", "live", "--out-device", "Car Bluetooth", "--in-device", "UMIK-1",
                "--name", "My car", "--category", "car", "--seconds", "1");
        assertEquals(2, run.exitCode(), run.err());
        String[] lines = run.err().strip().split("\n");
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].contains("Car Bluetooth"), lines[0]);
    }

    @Test
    void profileNameWithoutCategoryIsBadUsage() throws Exception {
        Path sweep = dir.resolve("s.wav");
        assertEquals(0, CliRun.of("measure", "sweep", "-o", sweep.toString(), "--seconds", "1", "--repeats",
                "1").exitCode());
        CliRun run = CliRun.of("measure", "extract", sweep.toString(), "--sweep", sweep.toString(), "-o",
                dir.resolve("ir.wav").toString(), "--profile-name", "X");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("--category"), run.err());
    }

    private static double bandDb(double[] ir, double centreHz) {
        double sum = 0;
        int points = 16;
        for (int i = 0; i < points; i++) {
            double f = centreHz * Math.pow(2, (i - (points - 1) / 2.0) / (3.0 * points));
            double re = 0;
            double im = 0;
            // Direct DFT at f by a rotating phasor (exact up to rounding over these lengths).
            double stepCos = Math.cos(2 * Math.PI * f / 48_000);
            double stepSin = Math.sin(2 * Math.PI * f / 48_000);
            double cos = 1;
            double sin = 0;
            for (int n = 0; n < ir.length; n++) {
                re += ir[n] * cos;
                im -= ir[n] * sin;
                double next = cos * stepCos - sin * stepSin;
                sin = sin * stepCos + cos * stepSin;
                cos = next;
            }
            sum += re * re + im * im;
        }
        return 10 * Math.log10(sum / points);
    }

    private static double[] toDouble(float[] x) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = x[i];
        }
        return out;
    }
}
