package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.earshot.render.ProfileRenderer;
import dev.earshot.render.RenderOutcome;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Headless: the lines shown after a render name every file and every failure with its problem. */
class RenderSummaryTest {

    @Test
    void filesAndFailuresAreListedInJobOrderAfterTheMatchLevel() {
        Path folder = Path.of("/renders").toAbsolutePath();
        ProfileRenderer.Result result = new ProfileRenderer.Result(List.of(
                new RenderOutcome("car", folder.resolve("car.wav"), 96_000, -3.25, 0, -4.7, null),
                new RenderOutcome("phone", null, 0, Double.NaN, 0, 0, "phone.wav: impulse response unreadable"),
                new RenderOutcome("tv", folder.resolve("tv.wav"), 96_000, 0.5, 12, 2.0, null)), -12.4, -16.0);
        assertEquals(List.of("In " + folder + ":",
                "Level-matched to -16.0 LUFS integrated (the master measures -12.4 LUFS)",
                "car.wav   gain -4.7 dB, peak -3.25 dBFS",
                "FAILED  phone: phone.wav: impulse response unreadable",
                "tv.wav   gain +2.0 dB, peak 0.50 dBFS, 12 frames clipped: choose 32-bit float"),
                RenderSummary.lines(result, folder));
    }

    @Test
    void noMatchLineWithoutLevelMatching() {
        Path folder = Path.of("/renders").toAbsolutePath();
        ProfileRenderer.Result result = new ProfileRenderer.Result(List.of(), Double.NaN, Double.NaN);
        assertEquals(List.of("In " + folder + ":"), RenderSummary.lines(result, folder));
    }
}
