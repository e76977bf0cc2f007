package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * The main window playing the demo master, for the smoke tests on a real display: opened in the dark theme with a
 * throw-away preferences node, returned once the demo plays, and closed (window disposed, node removed) by
 * {@link #close}. Also the helpers those tests share: running code on the EDT, polling for a condition, writing an
 * excerpt of the master and taking screenshots.
 */
final class DemoWindow implements AutoCloseable {
    /** Where the smoke tests' screenshots go. */
    static final Path SHOTS = Path.of("target", "screenshots");

    private final Preferences node;
    private final AtomicReference<MainWindow> window = new AtomicReference<>();

    private DemoWindow(String name) {
        this.node = Preferences.userRoot().node("dev/earshot/test-ui-" + name + "-" + System.nanoTime());
    }

    /** Opens the window on the demo master and waits (up to two minutes) until it plays. */
    static DemoWindow open(String name) throws Exception {
        DemoWindow demo = new DemoWindow(name);
        CountDownLatch started = new CountDownLatch(1);
        try {
            SwingUtilities.invokeAndWait(() -> {
                Theme.DARK.install();
                MainWindow w = new MainWindow(new UiPrefs(demo.node), Path.of("playback-profiles"),
                        Path.of("impulse-responses"), EarshotApp.cacheDir());
                w.addSessionListener(session -> started.countDown());
                w.show();
                w.openDemo();
                demo.window.set(w);
            });
            assertTrue(started.await(120, TimeUnit.SECONDS), "the demo master never started playing");
            return demo;
        } catch (Exception | Error e) {
            demo.close();
            throw e;
        }
    }

    MainWindow window() {
        return window.get();
    }

    @Override
    public void close() throws Exception {
        MainWindow w = window.get();
        if (w != null) {
            SwingUtilities.invokeAndWait(() -> w.frame().dispose());
        }
        node.removeNode();
    }

    /** A condition polled by {@link #awaitTrue}; may throw, e.g. when it reads state on the EDT. */
    interface Check {
        boolean holds() throws Exception;
    }

    /**
     * Polls {@code condition} every 20 ms for up to 30 s, the UI's own rate: the engine offers no event to wait on,
     * and the window itself reads its meters this way.
     */
    static void awaitTrue(Check condition, String failure) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, failure);
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
    }

    /** Runs {@code call} on the EDT and returns its result, rethrowing what it threw. */
    static <T> T onEdt(Callable<T> call) throws Exception {
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

    /** The master's first 12 s times {@code gain} as a temporary WAV file, to open as a reference or album track. */
    static Path writeExcerpt(MainWindow w, float gain) throws Exception {
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

    /**
     * Paints {@code root} into {@code SHOTS/name} after letting two timer ticks repaint the playhead and meters;
     * returns the file.
     */
    static Path screenshot(JComponent root, String name) throws Exception {
        LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
        BufferedImage image = onEdt(() -> {
            BufferedImage shot = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = shot.createGraphics();
            root.printAll(g);
            g.dispose();
            return shot;
        });
        Files.createDirectories(SHOTS);
        Path file = SHOTS.resolve(name);
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
