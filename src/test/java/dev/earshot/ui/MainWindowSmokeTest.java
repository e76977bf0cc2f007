package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.playback.PlaybackEngine;
import java.awt.GraphicsEnvironment;
import java.awt.event.KeyEvent;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
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
    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void demoMasterOpensAndKeysSwitchTheEnginesSource() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Preferences node = Preferences.userRoot().node("dev/earshot/test-ui-window-" + System.nanoTime());
        AtomicReference<MainWindow> window = new AtomicReference<>();
        CountDownLatch started = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.DARK.install();
                MainWindow w = new MainWindow(new UiPrefs(node), Path.of("playback-profiles"),
                        Path.of("impulse-responses"), EarshotApp.cacheDir());
                w.addSessionListener(session -> started.countDown());
                w.show();
                w.openDemo();
                window.set(w);
            });
            assertTrue(started.await(120, TimeUnit.SECONDS), "the demo master never started playing");
            MainWindow w = window.get();
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

            Path reference = writeExcerpt(w);
            SwingUtilities.invokeAndWait(() -> w.addReference(reference));
            awaitTrue(() -> engine.referenceCount() == 1, "the reference was never added");
            awaitTrue(() -> {
                try {
                    return onEdt(() -> w.view().controller().referenceAvailable());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, "the window never enabled R");
            pressKey(w, KeyEvent.VK_R);
            awaitSource(engine, engine.referenceSourceIndex(0));
            pressKey(w, KeyEvent.VK_R);
            awaitSource(engine, 3);

            Files.createDirectories(SHOTS);
            screenshot(w, SHOTS.resolve("main-window-dark.png"));
            SwingUtilities.invokeAndWait(() -> w.setTheme(Theme.LIGHT));
            screenshot(w, SHOTS.resolve("main-window-light.png"));
            assertTrue(Files.size(SHOTS.resolve("main-window-light.png")) > 10_000);
        } finally {
            MainWindow w = window.get();
            if (w != null) {
                SwingUtilities.invokeAndWait(() -> w.frame().dispose());
            }
            node.removeNode();
        }
    }

    /** The master's first 12 s as a WAV file, to open as a reference track. */
    private static Path writeExcerpt(MainWindow w) throws Exception {
        float[][] master = w.session().master().samples();
        int frames = Math.min(master[0].length, 12 * 48_000);
        Path file = Files.createTempFile("earshot-reference-", ".wav");
        file.toFile().deleteOnExit();
        try (WavWriter writer = WavWriter.create(file, w.session().master().sampleRate(), master.length,
                WavSampleFormat.FLOAT32, 1)) {
            writer.write(master, frames);
            writer.commit();
        }
        return file;
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

    private static void awaitSource(PlaybackEngine engine, int source) {
        awaitTrue(() -> engine.meters().sourceIndex() == source, "the engine never selected source " + source);
    }

    /**
     * Polls a published snapshot at the UI's own rate: the engine offers no event to wait on, and the window
     * itself reads its meters this way.
     */
    private static void awaitTrue(BooleanSupplier condition, String failure) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, failure);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static <T> T onEdt(java.util.concurrent.Callable<T> call) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                result.set(call.call());
            } catch (Exception e) {
                failure.set(e);
            }
        });
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }

    private static void screenshot(MainWindow w, Path file) throws Exception {
        // let two timer ticks repaint the playhead and meters in the new look
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        BufferedImage image = onEdt(() -> {
            JComponent root = w.frame().getRootPane();
            BufferedImage shot = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = shot.createGraphics();
            root.printAll(g);
            g.dispose();
            return shot;
        });
        assertEquals(w.frame().getRootPane().getWidth(), image.getWidth());
        ImageIO.write(image, "png", file.toFile());
    }
}
