package dev.earshot.cli;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.PcmFileSource;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/** Opens the audio files a command reads and warns about damage the reader could work around. */
final class InputFiles {
    private InputFiles() {
    }

    /**
     * Opens {@code file}; if its header promises more audio than the file holds (a copy cut short), prints one
     * warning line to {@code err} and goes on with what is there.
     */
    static AudioSource open(Path file, PrintWriter err) throws IOException {
        AudioSource source = AudioFiles.open(file);
        if (source instanceof PcmFileSource pcm && pcm.truncated()) {
            int rate = source.format().sampleRate();
            err.printf(Locale.ROOT, "earshot: warning: %s: truncated: the header declares %.3f s but the file holds "
                    + "%.3f s; using what is there%n", file, pcm.declaredFrames() / (double) rate,
                    pcm.lengthFrames() / (double) rate);
            err.flush();
        }
        return source;
    }
}
