package dev.earshot.ui.tools;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.awt.Component;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.SwingUtilities;

/** Shared helpers of the tool-dialog tests: short test masters and screenshots. */
final class ToolTestSupport {
    static final Path SHOTS = Path.of("target", "screenshots");

    private ToolTestSupport() {
    }

    /** A stereo 48 kHz float WAV: a 440 Hz tone at -12 dBFS on the left, 1 kHz on the right, {@code seconds} long. */
    static Path writeTone(Path file, double seconds) throws Exception {
        int rate = 48_000;
        int frames = (int) Math.round(seconds * rate);
        float[][] samples = new float[2][frames];
        for (int i = 0; i < frames; i++) {
            samples[0][i] = (float) (0.25 * Math.sin(2 * Math.PI * 440 * i / rate));
            samples[1][i] = (float) (0.25 * Math.sin(2 * Math.PI * 1000 * i / rate));
        }
        try (WavWriter writer = WavWriter.create(file, rate, 2, WavSampleFormat.FLOAT32, 1)) {
            writer.write(samples, frames);
            writer.commit();
        }
        return file;
    }

    /** Paints {@code component} (on the EDT) into {@code target/screenshots/name}. */
    static void screenshot(Component component, String name) throws Exception {
        Files.createDirectories(SHOTS);
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage image = new BufferedImage(Math.max(1, component.getWidth()),
                    Math.max(1, component.getHeight()), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = image.createGraphics();
            component.paint(g);
            g.dispose();
            try {
                ImageIO.write(image, "png", SHOTS.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    static <T> T onEdt(Supplier<T> supplier) throws Exception {
        AtomicReference<T> result = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> result.set(supplier.get()));
        return result.get();
    }
}
