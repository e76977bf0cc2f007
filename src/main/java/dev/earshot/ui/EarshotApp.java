package dev.earshot.ui;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.SwingUtilities;

/**
 * Starts the desktop app: FlatLaf, the window (visible at once, the demo master or the last file loading behind
 * it), and waits until the window is closed. The one place in {@code ui} that reads the environment.
 */
public final class EarshotApp {
    /** Exit code when there is no display. */
    public static final int EXIT_NO_DISPLAY = 2;
    /** Printed when there is no display to open the window on. */
    public static final String NO_DISPLAY_MESSAGE = "earshot: no display to open the window on; run 'earshot demo' "
            + "to write the demo master, or 'earshot --help' for the command-line tools.";

    private EarshotApp() {
    }

    /** Runs the app with the library in the current folder (for running the ui package alone). */
    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        System.exit(run(Path.of("playback-profiles"), Path.of("impulse-responses"), err));
    }

    /** True when a window can be shown: not headless, and on X11 systems a DISPLAY (or Wayland) is set. */
    public static boolean displayAvailable() {
        if (GraphicsEnvironment.isHeadless()) {
            return false;
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") || os.contains("mac")) {
            return true;
        }
        return !blank(System.getenv("DISPLAY")) || !blank(System.getenv("WAYLAND_DISPLAY"));
    }

    /**
     * Opens the window and blocks until it is closed.
     *
     * @return 0 after the window closed, {@link #EXIT_NO_DISPLAY} (having printed one line to {@code err}) when
     *         there is no display
     */
    public static int run(Path profilesDir, Path irDir, PrintWriter err) {
        if (!displayAvailable()) {
            err.println(NO_DISPLAY_MESSAGE);
            err.flush();
            return EXIT_NO_DISPLAY;
        }
        CountDownLatch closed = new CountDownLatch(1);
        AtomicReference<MainWindow> window = new AtomicReference<>();
        try {
            boolean timing = Boolean.getBoolean("earshot.timing");
            SwingUtilities.invokeAndWait(() -> {
                long edt = uptimeMillis();
                UiPrefs prefs = UiPrefs.forUser();
                prefs.theme().install();
                long laf = uptimeMillis();
                MainWindow w = new MainWindow(prefs, profilesDir, irDir, cacheDir());
                long built = uptimeMillis();
                w.frame().addWindowListener(new java.awt.event.WindowAdapter() {
                    @Override
                    public void windowClosed(java.awt.event.WindowEvent e) {
                        closed.countDown();
                    }
                });
                w.show();
                window.set(w);
                if (timing) {
                    err.println("earshot: window visible " + uptimeMillis() + " ms after the JVM started (EDT at "
                            + edt + " ms, look and feel at " + laf + " ms, window built at " + built + " ms)");
                    err.flush();
                }
                w.openInitial();
            });
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof AWTError || e.getCause() instanceof UnsupportedOperationException) {
                err.println(NO_DISPLAY_MESSAGE + " (" + e.getCause().getMessage() + ")");
                err.flush();
                return EXIT_NO_DISPLAY;
            }
            throw new IllegalStateException("the window failed to open: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
        try {
            closed.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    /** Where the demo master is cached: {@code <tmp>/earshot-<user>}. */
    static Path cacheDir() {
        return Path.of(System.getProperty("java.io.tmpdir"), "earshot-" + System.getProperty("user.name", "user"));
    }

    private static long uptimeMillis() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
