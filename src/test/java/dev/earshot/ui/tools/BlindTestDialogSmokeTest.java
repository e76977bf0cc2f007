package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.device.ProfileLibrary;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionLogContents;
import dev.earshot.playback.NullOutput;
import dev.earshot.playback.blind.PacedOutput;
import dev.earshot.ui.blind.BlindTestPanel;
import java.awt.GraphicsEnvironment;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.AbstractButton;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On a display only: the dialog renders a 3 s master through two profiles and completes a 2-trial ABX by clicks. */
class BlindTestDialogSmokeTest {

    @Test
    void twoScriptedTrialsOnTheNullOutputFinishTheSession(@TempDir Path dir) throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Path master = ToolTestSupport.writeTone(dir.resolve("tone.wav"), 3);
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        Path log = dir.resolve("abx.jsonl");
        BlindTestSetup setup = new BlindTestSetup(Protocol.ABX, master, null, library.profiles().get(0).id(),
                library.profiles().get(3).id(), 2, false, 0, "Tester", false, log);
        AtomicReference<BlindTestDialog> dialog = new AtomicReference<>();
        CompletableFuture<BlindTestPanel> started = new CompletableFuture<>();
        SwingUtilities.invokeAndWait(() -> {
            dev.earshot.ui.Theme.DARK.install();
            BlindTestDialog d = new BlindTestDialog(null, master, library, () -> new PacedOutput(new NullOutput()));
            d.form().fill(setup);
            d.onStarted(started::complete);
            d.setVisible(true);
            dialog.set(d);
        });
        try {
            ToolTestSupport.screenshot(dialog.get(), "blind-test-setup.png");
            SwingUtilities.invokeAndWait(() -> dialog.get().startButton().doClick());
            BlindTestPanel panel = started.get(120, TimeUnit.SECONDS);
            for (int trial = 1; trial <= 2; trial++) {
                awaitEnabled(panel, "X is A  (Shift+A)");
                if (trial == 1) {
                    ToolTestSupport.screenshot(dialog.get(), "blind-test-trial.png");
                }
                SwingUtilities.invokeAndWait(() -> BlindTestDialog.find(panel, "X is A  (Shift+A)").doClick());
                awaitDisabledOrNext(panel, trial);
            }
            SessionLogContents contents = awaitFooter(log);
            assertEquals(2, contents.trials().size());
            assertEquals("Tester", contents.header().listener());
            assertEquals(library.profiles().get(3).id(), contents.header().stimuli().get(1).profile());
            Thread.sleep(800); // let the panel show the result and the dialog grow before the screenshot
            ToolTestSupport.screenshot(dialog.get(), "blind-test-result.png");
        } finally {
            SwingUtilities.invokeAndWait(() -> dialog.get().dispose());
        }
    }

    private static void awaitEnabled(BlindTestPanel panel, String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            Boolean enabled = ToolTestSupport.onEdt(() -> {
                AbstractButton b = BlindTestDialog.find(panel, text);
                return b != null && b.isEnabled();
            });
            if (enabled) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the answer button never became enabled");
    }

    private static void awaitDisabledOrNext(BlindTestPanel panel, int trial) throws Exception {
        // the model takes the answer on its own thread; wait until the progress line leaves this trial
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String progress = ToolTestSupport.onEdt(() -> firstLabel(panel));
            if (progress == null || !progress.startsWith("Trial " + trial + " ")) {
                return;
            }
            Thread.sleep(20);
        }
    }

    private static String firstLabel(BlindTestPanel panel) {
        return panel.getComponent(0) instanceof javax.swing.JLabel label ? label.getText() : null;
    }

    private static SessionLogContents awaitFooter(Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        SessionLogContents contents = null;
        while (System.nanoTime() < deadline) {
            contents = SessionLogContents.read(log);
            if (contents.footer() != null) {
                return contents;
            }
            Thread.sleep(50);
        }
        assertNotNull(contents);
        assertTrue(contents.footer() != null, "the session never wrote its footer");
        return contents;
    }
}
