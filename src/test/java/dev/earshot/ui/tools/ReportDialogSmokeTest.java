package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.device.ProfileLibrary;
import java.awt.GraphicsEnvironment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a display only: the dialog runs a report on a 3 s master with two profiles and writes the folder. */
class ReportDialogSmokeTest {

    @Test
    void aReportOnAShortMasterWithTwoProfilesIsWritten(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Path master = ToolTestSupport.writeTone(dir.resolve("tone.wav"), 3);
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        List<String> two = List.of(library.profiles().get(0).id(), library.profiles().get(1).id());
        Path target = dir.resolve("reports").resolve("tone-report");
        AtomicReference<ReportDialog> dialog = new AtomicReference<>();
        CompletableFuture<Path> written = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            dev.earshot.ui.Theme.DARK.install();
            ReportDialog d = new ReportDialog(null, master, library);
            d.selectProfiles(two);
            d.fill("Tone test", "Client X", target);
            d.onFinished(written::complete);
            d.setVisible(true);
            dialog.set(d);
        });
        try {
            ToolTestSupport.screenshot(dialog.get(), "report-dialog.png");
            SwingUtilities.invokeAndWait(() -> dialog.get().createButton().doClick());
            Path folder = written.get(120, TimeUnit.SECONDS);
            assertTrue(Files.isRegularFile(folder.resolve("report.json")), "no report.json in " + folder);
            String json = Files.readString(folder.resolve("report.json"));
            assertTrue(json.contains("Tone test") && json.contains("Client X"), "title and client are missing");
            assertTrue(json.contains(two.get(0)) && json.contains(two.get(1)), "a chosen profile is missing");
            assertTrue(ToolTestSupport.onEdt(() -> dialog.get().statusText()).contains("Report written to"));
            ToolTestSupport.screenshot(dialog.get(), "report-dialog-done.png");
        } finally {
            SwingUtilities.invokeAndWait(() -> dialog.get().dispose());
        }
    }
}
