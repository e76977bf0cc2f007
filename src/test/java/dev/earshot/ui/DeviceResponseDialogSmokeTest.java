package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

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
import java.util.prefs.Preferences;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.junit.jupiter.api.Test;

/**
 * On a real display (Xvfb on CI; skipped when headless): View ▸ Device response opens on the demo master, shows the
 * strip's selected profile's response and live delta, and is saved to {@code target/screenshots/device-response.png}.
 */
class DeviceResponseDialogSmokeTest {

    @Test
    void showsTheSelectedProfilesResponseAndDeltaOnTheDemoMaster() throws Exception {
        assumeFalse(GraphicsEnvironment.isHeadless(), "no display");
        Preferences node = Preferences.userRoot().node("dev/earshot/test-ui-response-" + System.nanoTime());
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
            SwingUtilities.invokeAndWait(() -> w.view().strip().button(3).doClick());
            DeviceResponseDialog dialog = onEdt(w::showDeviceResponse);
            awaitTrue(() -> onEdt(() -> w.feed().responseDb().length > 0 && w.feed().deltaSeconds() > 1.5),
                    "the response or the delta never arrived");
            JFreeChart chart = onEdt(() -> {
                dialog.refresh();
                return ((ChartPanel) dialog.getContentPane().getComponent(0)).getChart();
            });
            assertEquals(2, chart.getXYPlot().getDataset().getSeriesCount(), "response and delta");
            assertEquals(onEdt(() -> w.view().controller().strip().label(3)), chart.getTitle().getText());

            Path shots = Path.of("target", "screenshots");
            Files.createDirectories(shots);
            BufferedImage image = onEdt(() -> {
                JComponent root = dialog.getRootPane();
                BufferedImage shot = new BufferedImage(root.getWidth(), root.getHeight(), BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = shot.createGraphics();
                root.printAll(g);
                g.dispose();
                return shot;
            });
            Path file = shots.resolve("device-response.png");
            ImageIO.write(image, "png", file.toFile());
            assertTrue(Files.size(file) > 10_000);
            SwingUtilities.invokeAndWait(dialog::dispose);
        } finally {
            MainWindow w = window.get();
            if (w != null) {
                SwingUtilities.invokeAndWait(() -> w.frame().dispose());
            }
            node.removeNode();
        }
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitTrue(Check condition, String failure) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.holds()) {
            assertTrue(System.nanoTime() < deadline, failure);
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
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
}
