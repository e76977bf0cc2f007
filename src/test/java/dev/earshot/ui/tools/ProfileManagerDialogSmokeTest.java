package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.ProfileCategory;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a display only: a WAV impulse response imported into an empty library shows up in the table as OK. */
class ProfileManagerDialogSmokeTest {

    /** A mono 48 kHz impulse response: a unit impulse followed by a short exponential decay. */
    private static Path writeImpulse(Path file) throws Exception {
        int frames = 4800;
        float[][] samples = new float[1][frames];
        samples[0][0] = 1f;
        for (int i = 1; i < frames; i++) {
            samples[0][i] = (float) (0.05 * Math.exp(-i / 480.0) * ((i % 2 == 0) ? 1 : -1));
        }
        try (WavWriter writer = WavWriter.create(file, 48_000, 1, WavSampleFormat.FLOAT32, 1)) {
            writer.write(samples, frames);
            writer.commit();
        }
        return file;
    }

    @Test
    void anImportedImpulseResponseAppearsInTheTable(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Path profiles = Files.createDirectories(dir.resolve("playback-profiles"));
        Path irs = Files.createDirectories(dir.resolve("impulse-responses"));
        Files.copy(Path.of("playback-profiles", "compact-hatchback.json"), profiles.resolve("compact-hatchback.json"));
        Path measurement = writeImpulse(dir.resolve("my-car.wav"));
        AtomicInteger changes = new AtomicInteger();
        AtomicReference<ProfileManagerDialog> dialog = new AtomicReference<>();
        CompletableFuture<List<ProfileRow>> first = new CompletableFuture<>();
        CompletableFuture<List<ProfileRow>> imported = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            dev.earshot.ui.Theme.DARK.install();
            ProfileManagerDialog d = new ProfileManagerDialog(null, profiles, irs, changes::incrementAndGet);
            d.onRowsLoaded(rows -> {
                if (!first.isDone()) {
                    first.complete(rows);
                } else {
                    imported.complete(rows);
                }
            });
            d.setVisible(true);
            dialog.set(d);
        });
        try {
            List<ProfileRow> before = first.get(30, TimeUnit.SECONDS);
            assertEquals(1, before.size());
            assertTrue(before.get(0).status().contains("compact-hatchback.wav"), "its IR is missing here");
            SwingUtilities.invokeAndWait(() -> {
                dialog.get().importForm().fill(measurement, "My Car", ProfileCategory.CAR, null);
                dialog.get().importForm().importButton().doClick();
            });
            List<ProfileRow> after = imported.get(60, TimeUnit.SECONDS);
            ProfileRow row = after.stream().filter(r -> r.id().equals("my-car")).findFirst().orElseThrow(
                    () -> new AssertionError("no my-car row in " + after));
            assertTrue(row.ok(), row.status());
            assertEquals("imported", row.provenance());
            assertEquals("Car", row.category());
            assertEquals(1, changes.get(), "the window is told to reload its profiles once");
            assertTrue(ToolTestSupport.onEdt(() -> dialog.get().statusText()).contains("profile file(s)"));
            SwingUtilities.invokeAndWait(() -> dialog.get().selectRow(0));
            ToolTestSupport.screenshot(dialog.get(), "profile-manager.png");
        } finally {
            SwingUtilities.invokeAndWait(() -> dialog.get().dispose());
        }
    }
}
