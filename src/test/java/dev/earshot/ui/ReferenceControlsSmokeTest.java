package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.playback.PlaybackEngine;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
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
 * On a real display (Xvfb on CI; skipped when headless): an album track and a reference are added to the demo
 * master, the reference panel's offset and trim are changed, and the engine is checked to have received them; a
 * screenshot goes to {@code target/screenshots/reference-controls.png}.
 */
class ReferenceControlsSmokeTest {
    private static final Path SHOTS = Path.of("target", "screenshots");

    @Test
    void albumTrackAndReferenceReachTheEngineWithTheirOffsetAndTrim() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Preferences node = Preferences.userRoot().node("dev/earshot/test-ui-refs-" + System.nanoTime());
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

            Path album = writeExcerpt(w, 0.5f);
            SwingUtilities.invokeAndWait(() -> w.addAlbumTrack(album));
            awaitTrue(() -> engine.referenceCount() == 1, "the album track was never added");
            Path reference = writeExcerpt(w, 1.0f);
            SwingUtilities.invokeAndWait(() -> w.addReference(reference));
            awaitTrue(() -> engine.referenceCount() == 2, "the reference was never added");
            awaitTrue(() -> call(() -> w.view().references().selectedSlot() == 1), "the panel missed the reference");

            assertEquals(0, engine.reference(0).alignmentFrames(), "an album track plays from the master's frame 0");
            assertTrue(Double.isNaN(engine.reference(0).correlationPeak()), "an album track is not aligned");
            assertEquals(0.0, engine.referenceLevel(0).appliedGainDb(), 1e-9, "an album track is not level matched");
            assertEquals(album.getFileName().toString(), engine.reference(0).name());
            assertEquals(reference.getFileName().toString(), engine.reference(1).name());

            SwingUtilities.invokeAndWait(() -> {
                w.view().references().setOffsetMs(25.0);
                w.view().references().setTrimDb(-3.5);
            });
            assertEquals(-3.5, engine.referenceLevel(1).trimDb(), 1e-9, "the trim spinner reaches the engine");
            assertEquals(-3.5, onEdt(() -> w.view().controller().referenceTrimDb(1)), 1e-9);
            SwingUtilities.invokeAndWait(() -> {
                w.view().references().select(0);
                w.view().references().setTrimDb(2.0);
            });
            assertEquals(2.0, engine.referenceLevel(0).trimDb(), 1e-9);
            assertEquals(-3.5, engine.referenceLevel(1).trimDb(), 1e-9, "the other slot keeps its trim");
            SwingUtilities.invokeAndWait(() -> w.view().references().select(1));

            Files.createDirectories(SHOTS);
            screenshot(w, SHOTS.resolve("reference-controls.png"));
        } finally {
            MainWindow w = window.get();
            if (w != null) {
                SwingUtilities.invokeAndWait(() -> w.frame().dispose());
            }
            node.removeNode();
        }
    }

    /** The master's first 12 s times {@code gain} as a WAV file. */
    private static Path writeExcerpt(MainWindow w, float gain) throws Exception {
        float[][] master = w.session().master().samples();
        int frames = Math.min(master[0].length, 12 * 48_000);
        float[][] excerpt = new float[master.length][frames];
        for (int c = 0; c < master.length; c++) {
            for (int i = 0; i < frames; i++) {
                excerpt[c][i] = master[c][i] * gain;
            }
        }
        Path file = Files.createTempFile("earshot-track-", ".wav");
        file.toFile().deleteOnExit();
        try (WavWriter writer = WavWriter.create(file, w.session().master().sampleRate(), master.length,
                WavSampleFormat.FLOAT32, 1)) {
            writer.write(excerpt, frames);
            writer.commit();
        }
        return file;
    }

    private static boolean call(Callable<Boolean> condition) {
        try {
            return onEdt(condition);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Polls at the UI's own rate: the engine offers no event to wait on. */
    private static void awaitTrue(BooleanSupplier condition, String failure) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, failure);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    private static <T> T onEdt(Callable<T> call) throws Exception {
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
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        BufferedImage image = onEdt(() -> {
            JComponent root = w.frame().getRootPane();
            BufferedImage shot = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = shot.createGraphics();
            root.printAll(g);
            g.dispose();
            return shot;
        });
        ImageIO.write(image, "png", file.toFile());
    }
}
