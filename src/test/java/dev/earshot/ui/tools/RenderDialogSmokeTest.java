package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.render.RenderOutcome;
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

/** On a display only: the dialog renders one profile of a 2 s master into a folder as a WAV of the master's length. */
class RenderDialogSmokeTest {

    @Test
    void oneProfileOfAShortMasterIsWrittenAtTheMastersLength(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Path master = ToolTestSupport.writeTone(dir.resolve("tone.wav"), 2);
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        String id = library.profiles().get(0).id();
        Path target = dir.resolve("renders");
        AtomicReference<RenderDialog> dialog = new AtomicReference<>();
        CompletableFuture<List<RenderOutcome>> done = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            dev.earshot.ui.Theme.DARK.install();
            RenderDialog d = new RenderDialog(null, master, library, id);
            d.setFolder(target);
            d.onFinished(done::complete);
            d.setVisible(true);
            dialog.set(d);
        });
        try {
            ToolTestSupport.screenshot(dialog.get(), "render-dialog.png");
            SwingUtilities.invokeAndWait(() -> dialog.get().renderButton().doClick());
            List<RenderOutcome> outcomes = done.get(120, TimeUnit.SECONDS);
            assertEquals(1, outcomes.size());
            assertTrue(outcomes.get(0).succeeded(), outcomes.get(0).problem());
            Path wav = target.resolve(id + ".wav");
            assertTrue(Files.isRegularFile(wav), "no " + wav);
            try (AudioSource written = AudioFiles.open(wav)) {
                assertEquals(96_000, written.lengthFrames(), "the render is exactly as long as the 2 s master");
                assertEquals(24, written.format().bitsPerSample());
            }
            assertTrue(ToolTestSupport.onEdt(() -> dialog.get().resultsText()).contains(id + ".wav"));
            ToolTestSupport.screenshot(dialog.get(), "render-dialog-done.png");
        } finally {
            SwingUtilities.invokeAndWait(() -> dialog.get().dispose());
        }
    }
}
