package dev.earshot.analysis;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Memory independent of duration: a generated 3-hour stereo 48 kHz stream (1.04 billion samples, 4 GB as floats) is
 * analysed in a forked JVM limited to a 64 MB heap, and must finish with the right figures.
 */
class LoudnessMemoryTest {

    @Test
    void threeHourStreamFitsIn64MegabyteHeap() throws IOException, InterruptedException {
        String classPath = location(LoudnessMeter.class) + File.pathSeparator + location(LongStreamCheck.class);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", classPath,
                LongStreamCheck.class.getName(), "3").redirectErrorStream(true).start();
        boolean finished = process.waitFor(10, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            process.destroyForcibly();
        }
        assertTrue(finished && process.exitValue() == 0, "forked analysis failed: " + output);
        Map<String, String> figures = new HashMap<>();
        for (String pair : output.trim().split("\\s+")) {
            String[] keyValue = pair.split("=", 2);
            figures.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
        }
        // Equal time at -20 and -30 dBFS per channel: power mean 10·log10((1 + 0.1)/2) = -2.596 LU above -20.
        double expectedIntegrated = -20 + 10 * Math.log10(1.1 / 2);
        assertAll(
                () -> assertEquals(3L * 3600 * 48000, Long.parseLong(figures.get("frames"))),
                () -> assertTrue(Long.parseLong(figures.get("maxHeapBytes")) <= 64L * 1024 * 1024,
                        "heap limit not applied: " + output),
                () -> assertEquals(expectedIntegrated, Double.parseDouble(figures.get("integratedLufs")), 0.1),
                () -> assertEquals(10.0, Double.parseDouble(figures.get("loudnessRangeLu")), 1.0),
                () -> assertEquals(-20.0, Double.parseDouble(figures.get("truePeakDbtp")), 0.1));
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
