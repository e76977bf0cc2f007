package dev.earshot.report.measure;

import dev.earshot.audio.AudioFiles;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.device.DeviceChain;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * One streaming pass: a file read block by block, through a device chain (or none, for the studio), into a
 * {@link ProgrammeMeter}. Nothing is written; memory is a few blocks plus the chain's and meter's state. Mono files
 * play on both channels and 5.1 files are folded to stereo, as {@link DeviceChain#render} does.
 */
public final class ProgrammePass {

    private ProgrammePass() {
    }

    /**
     * @param file            the programme
     * @param chain           the device, or {@code null} for the studio (no device)
     * @param measureMonoFold also measure the mono fold's loudness and keep the short-term loudness series (the
     *                        master's studio pass)
     * @param progress        fraction of the file read, on this thread
     * @param cancelled       polled every block; when it turns true the pass stops with an
     *                        {@link InterruptedIOException}
     * @throws IOException if the file cannot be read (the message names it) or the pass was cancelled
     */
    public static ProgrammeMeasurement run(Path file, DeviceChain chain, boolean measureMonoFold,
                                           ProgressListener progress, BooleanSupplier cancelled) throws IOException {
        try (AudioSource source = AudioFiles.open(file)) {
            ProgrammeMeter meter = new ProgrammeMeter(source.format().sampleRate(), measureMonoFold,
                    measureMonoFold);
            DeviceChain device = chain == null ? new DeviceChain(List.of()) : chain;
            DeviceChain.render(source, device, false, (block, frames) -> {
                if (cancelled.getAsBoolean()) {
                    throw new InterruptedIOException("report cancelled");
                }
                meter.accept(block, frames);
            }, progress);
            return meter.result();
        }
    }
}
