package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.earshot.ui.DemoWindow.awaitTrue;
import static dev.earshot.ui.DemoWindow.onEdt;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.playback.PlaybackEngine;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.junit.jupiter.api.Test;

/**
 * End to end on a real display (Xvfb on CI; skipped when headless): the window opens with the demo master, number
 * and arrow keys pressed on a component switch the engine's source, a strip button does too, a reference track is
 * added and R toggles to it and back, and screenshots of the dark and light themes go to
 * {@code target/screenshots/}.
 */
class MainWindowSmokeTest {

    @Test
    void demoMasterOpensAndKeysSwitchTheEnginesSource() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        try (DemoWindow demo = DemoWindow.open("window")) {
            MainWindow w = demo.window();
            PlaybackEngine engine = w.session().engine();
            DeviceStripModel strip = onEdt(() -> w.view().controller().strip());

            int firstPhone = strip.forHotkey(4, 0);
            pressKey(w, KeyEvent.VK_4);
            awaitSource(engine, firstPhone);
            pressKey(w, KeyEvent.VK_RIGHT);
            awaitSource(engine, firstPhone + 1);
            pressKey(w, KeyEvent.VK_B);
            awaitSource(engine, 0);
            SwingUtilities.invokeAndWait(() -> w.view().strip().button(3).doClick());
            awaitSource(engine, 3);
            assertEquals(strip.profilesInSourceOrder().get(2).id(), onEdt(w::selectedProfileId),
                    "Render… starts with the profile selected in the strip");
            assertTrue(onEdt(() -> menuItems(w)).containsAll(List.of("Render…", "Profiles…")));
            pressKey(w, KeyEvent.VK_L);
            assertTrue(onEdt(() -> w.view().controller().loopActive()));
            long before = engine.meters().playheadFrame();
            awaitTrue(() -> engine.meters().playheadFrame() != before, "the playhead does not move");
            assertFalse(onEdt(() -> w.status().outputText()).isEmpty());

            Path reference = DemoWindow.writeExcerpt(w, 1.0f);
            SwingUtilities.invokeAndWait(() -> w.addReference(reference));
            awaitTrue(() -> engine.referenceCount() == 1, "the reference was never added");
            awaitTrue(() -> onEdt(() -> w.view().controller().referenceAvailable()), "the window never enabled R");
            pressKey(w, KeyEvent.VK_R);
            awaitSource(engine, engine.referenceSourceIndex(0));
            pressKey(w, KeyEvent.VK_R);
            awaitSource(engine, 3);

            DemoWindow.screenshot(w.frame().getRootPane(), "main-window-dark.png");
            SwingUtilities.invokeAndWait(() -> w.setTheme(Theme.LIGHT));
            assertTrue(Files.size(DemoWindow.screenshot(w.frame().getRootPane(), "main-window-light.png")) > 10_000);
        }
    }

    /** Sends a key press to a component inside the window that does not have the focus. */
    private static List<String> menuItems(MainWindow w) {
        List<String> items = new java.util.ArrayList<>();
        javax.swing.JMenuBar bar = w.frame().getJMenuBar();
        for (int m = 0; m < bar.getMenuCount(); m++) {
            for (int i = 0; i < bar.getMenu(m).getItemCount(); i++) {
                if (bar.getMenu(m).getItem(i) != null) {
                    items.add(bar.getMenu(m).getItem(i).getText());
                }
            }
        }
        return items;
    }

    private static void pressKey(MainWindow w, int keyCode) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JComponent target = w.view().strip();
            target.dispatchEvent(new KeyEvent(target, KeyEvent.KEY_PRESSED, System.currentTimeMillis(), 0, keyCode,
                    KeyEvent.CHAR_UNDEFINED));
        });
    }

    private static void awaitSource(PlaybackEngine engine, int source) throws Exception {
        awaitTrue(() -> engine.meters().sourceIndex() == source, "the engine never selected source " + source);
    }
}
