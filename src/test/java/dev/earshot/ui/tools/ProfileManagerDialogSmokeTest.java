package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * On a display only: a WAV impulse response imported into a library shows up in the table as OK, Edit renames it and
 * changes its listening level, and Delete removes it again with its impulse response; a modeled profile can be
 * neither edited nor deleted.
 */
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
        CompletableFuture<List<ProfileRow>> edited = new CompletableFuture<>();
        CompletableFuture<List<ProfileRow>> deleted = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            dev.earshot.ui.Theme.DARK.install();
            ProfileManagerDialog d = new ProfileManagerDialog(null, profiles, irs, changes::incrementAndGet);
            d.onRowsLoaded(rows -> {
                if (!first.isDone()) {
                    first.complete(rows);
                } else if (!imported.isDone()) {
                    imported.complete(rows);
                } else if (!edited.isDone()) {
                    edited.complete(rows);
                } else {
                    deleted.complete(rows);
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
            assertFalse(ToolTestSupport.onEdt(() -> dialog.get().deleteButton().isEnabled()), "modeled: no delete");
            assertFalse(ToolTestSupport.onEdt(() -> dialog.get().editButton().isEnabled()), "modeled: no edit");
            ToolTestSupport.screenshot(dialog.get(), "profile-manager.png");

            SwingUtilities.invokeAndWait(() -> dialog.get().selectRow(1));
            assertTrue(ToolTestSupport.onEdt(() -> dialog.get().editButton().isEnabled()), "imported: edit");
            SwingUtilities.invokeAndWait(() -> dialog.get().editSelected(
                    new ProfileEdit("My Car, quiet", ProfileCategory.CAR, "Measured by me.", 74)));
            ProfileRow renamed = edited.get(30, TimeUnit.SECONDS).stream().filter(r -> r.id().equals("my-car"))
                    .findFirst().orElseThrow();
            assertEquals("My Car, quiet", renamed.name());
            assertEquals(74, renamed.listeningLevelDbSpl(), 0.0);
            assertTrue(renamed.ok(), renamed.status());
            assertEquals(2, changes.get(), "the window is told to reload after the edit");

            SwingUtilities.invokeAndWait(() -> dialog.get().selectRow(1));
            assertTrue(ToolTestSupport.onEdt(() -> dialog.get().deleteButton().isEnabled()), "imported: delete");
            SwingUtilities.invokeAndWait(() -> dialog.get().deleteSelected(false));
            List<ProfileRow> remaining = deleted.get(30, TimeUnit.SECONDS);
            assertEquals(List.of("compact-hatchback"), remaining.stream().map(ProfileRow::id).toList());
            assertFalse(Files.exists(profiles.resolve("my-car.json")));
            assertFalse(Files.exists(irs.resolve(row.impulseResponse())), "its own impulse response goes too");
            assertEquals(3, changes.get(), "the window is told to reload after the deletion too");
        } finally {
            SwingUtilities.invokeAndWait(() -> dialog.get().dispose());
        }
    }
}
