package dev.earshot.measure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileValidator;
import dev.earshot.device.Provenance;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LiveAndProfileTest {
    private static final SweepSettings SETTINGS = new SweepSettings(48_000, 20, 20_000, 1.0, 0.5, 1.0 / 24, 0.2,
            0.5, -6, 1);
    private static final String SHA = "ab".repeat(32);

    @TempDir
    Path dir;

    /** Two speakers, two microphones: speaker s reaches microphone m after 50 + 20·s + 7·m frames, gain 0.5. */
    private static LoopbackDuplex room() {
        return new LoopbackDuplex(48_000, 2, 2, (played, inputs, frames) -> {
            float[][] recorded = new float[inputs][frames];
            for (int s = 0; s < played.length; s++) {
                for (int m = 0; m < inputs; m++) {
                    int delay = 50 + 20 * s + 7 * m;
                    for (int i = 0; i + delay < frames && i < played[s].length; i++) {
                        recorded[m][i + delay] += 0.5f * played[s][i];
                    }
                }
            }
            return recorded;
        });
    }

    @Test
    void liveLoopbackMeasuresEveryPathAndItsLatency() throws IOException {
        LiveMeasurement.Result result = LiveMeasurement.run(room(), SETTINGS, 0, 1);
        assertEquals(2, result.paths().size());
        for (int s = 0; s < 2; s++) {
            for (int m = 0; m < 2; m++) {
                // Within a frame: the band limit's own delay.
                assertEquals((50 + 20 * s + 7 * m) / 48_000.0, result.paths().get(s).get(m).latencySeconds(),
                        1.0 / 48_000);
            }
        }
        ImpulseResponse ir = IrAssembly.assemble(result.paths());
        assertEquals(ImpulseResponse.IrLayout.TRUE_STEREO, ir.layout());
    }

    @Test
    void levelCheckReportsTheInputPeakAndClipping() throws IOException {
        LevelCheck.Result quiet = LevelCheck.run(room(), -12);
        // Both speakers reach each microphone at 0.5 each, in phase only partly: the peak is at most −12 dBFS.
        assertFalse(quiet.clipping());
        assertTrue(quiet.inputPeakDbfs()[0] <= -12 + 0.01, quiet.advice());
        LoopbackDuplex hot = new LoopbackDuplex(48_000, 1, 1, (played, inputs, frames) -> {
            float[][] out = new float[1][frames];
            for (int i = 0; i < played[0].length; i++) {
                out[0][i] = 4 * played[0][i];
            }
            return out;
        });
        LevelCheck.Result clipping = LevelCheck.run(hot, -6);
        assertTrue(clipping.clipping());
        assertTrue(clipping.advice().contains("CLIPPING"), clipping.advice());
    }

    @Test
    void measuredProfileIsValidWithMeasuredProvenanceAndUnitGainAtOneKilohertz() throws Exception {
        LiveMeasurement.Result result = LiveMeasurement.run(room(), SETTINGS, 0);
        ImpulseResponse ir = IrAssembly.assemble(List.of(List.of(result.paths().get(0).get(0))));
        Path profiles = Files.createDirectory(dir.resolve("playback-profiles"));
        Path irs = Files.createDirectory(dir.resolve("impulse-responses"));
        MeasurementRecord record = new MeasurementRecord(LocalDate.of(2026, 11, 25), "loopback", SETTINGS,
                result.paths().get(0).get(0).snrDb(), Double.NaN, SHA);
        MeasuredProfileWriter.Written written = MeasuredProfileWriter.write(ir, "My car", ProfileCategory.CAR,
                record, profiles, irs);
        PlaybackProfile read = ProfileCodec.read(written.jsonFile());
        assertEquals("my-car", read.id());
        assertEquals(Provenance.Kind.MEASURED, read.provenance().kind());
        assertEquals(SHA, read.provenance().sha256());
        assertEquals(LocalDate.of(2026, 11, 25), read.provenance().date());
        assertEquals(List.of(), ProfileValidator.validate(read, irs));
        ImpulseResponse stored = IrFiles.load(written.irFile(), 48_000);
        assertEquals(0, MeasuredProfileWriter.normalisationDb(stored), 0.01);
        IllegalArgumentException again = assertThrows(IllegalArgumentException.class,
                () -> MeasuredProfileWriter.write(ir, "My car", ProfileCategory.CAR, record, profiles, irs));
        assertTrue(again.getMessage().contains("already exists"), again.getMessage());
    }

    @Test
    void javaSoundNamesTheMissingDevice() {
        DeviceUnavailableException e = assertThrows(DeviceUnavailableException.class,
                () -> JavaSoundDuplex.open("No Such Speaker 9000", "No Such Mic 9000", 48_000, 2, 1));
        assertTrue(e.getMessage().contains("No Such"), e.getMessage());
    }
}
