package dev.earshot.ui;

import dev.earshot.playback.FallbackOutput;
import dev.earshot.playback.OutputDevice;
import dev.earshot.playback.OutputDevices;
import dev.earshot.playback.PlaybackEngine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The output the preferences ask for (device and buffer), and how the status bar describes it once the engine has
 * started: the device, its rate and buffer, or the notice that there is no device and the player runs silently.
 * Probes Java Sound: call off the EDT where marked.
 */
final class OutputChoice {
    /** Shown when the engine plays silently; the reason goes in the tooltip. */
    static final String SILENT_NOTICE = "No audio device — playing silently";

    /**
     * What the status bar shows.
     *
     * @param text    one short line
     * @param warning true for the silent-playback notice
     * @param detail  a tooltip: the device error or the buffer's latency
     */
    record Status(String text, boolean warning, String detail) {
    }

    private OutputChoice() {
    }

    /** The output for the preferred device and buffer (24-bit when the device takes it). Worker thread. */
    static FallbackOutput output(UiPrefs prefs) {
        String name = prefs.outputDevice();
        List<OutputDevice> devices = OutputDevices.list();
        int bits = devices.stream()
                .filter(d -> name == null || d.name().equals(name))
                .findFirst()
                .map(d -> d.bitsPerSample().contains(24) ? 24 : 16)
                .orElse(16);
        return OutputDevices.output(name, bits, bufferFrames(prefs), PlaybackEngine.DEFAULT_BLOCK_FRAMES);
    }

    /** The preferred buffer, frames. */
    static int bufferFrames(UiPrefs prefs) {
        return prefs.bufferFrames(OutputDevices.DEFAULT_BUFFER_FRAMES);
    }

    /** How a started engine's output reads in the status bar. */
    static Status describe(PlaybackEngine engine, UiPrefs prefs) {
        Optional<String> reason = engine.outputFallbackReason();
        if (reason.isPresent()) {
            return new Status(SILENT_NOTICE, true, "The playhead, meters and switching all work without sound: "
                    + reason.get());
        }
        String device = prefs.outputDevice() == null ? "Default output" : prefs.outputDevice();
        int rate = engine.outputRate();
        String converted = rate == engine.sampleRate() ? ""
                : String.format(Locale.ROOT, " (converted from %.1f kHz)", engine.sampleRate() / 1000.0);
        int buffer = bufferFrames(prefs);
        return new Status(String.format(Locale.ROOT, "%s · %.1f kHz%s", device, rate / 1000.0, converted), false,
                String.format(Locale.ROOT, "Buffer %d frames (%.0f ms)", buffer, 1000.0 * buffer / Math.max(1, rate)));
    }
}
