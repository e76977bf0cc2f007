package dev.earshot.cli;

import dev.earshot.audio.WavSampleFormat;
import java.util.Locale;

/** The {@code --format} values of the commands that write WAV files. */
final class OutputFormats {
    private OutputFormats() {
    }

    /** "float32" (also "float", "f32") or "pcm24" (also "24", "s24"), any case. */
    static WavSampleFormat parse(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "float32", "float", "f32" -> WavSampleFormat.FLOAT32;
            case "pcm24", "24", "s24" -> WavSampleFormat.PCM24;
            default -> throw new UserInputException("--format " + name + ": use float32 or pcm24");
        };
    }
}
