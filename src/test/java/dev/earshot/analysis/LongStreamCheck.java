package dev.earshot.analysis;

import dev.earshot.audio.ProgressListener;
import java.io.IOException;
import java.util.Locale;

/**
 * Run in a separate JVM by {@link LoudnessMemoryTest}: analyses a generated stereo stream (alternating 10 minutes at
 * −20 and −30 dBFS) of the length given in hours, and prints the figures and the heap limit on one line.
 */
public final class LongStreamCheck {
    private LongStreamCheck() {
    }

    public static void main(String[] args) throws IOException {
        double hours = Double.parseDouble(args[0]);
        try (ToneSource source = new ToneSource(48000, hours * 3600, 600, -20, -30)) {
            LoudnessResult r = LoudnessAnalyzer.analyze(source, ChannelLayout.STEREO, false, ProgressListener.NONE);
            System.out.printf(Locale.ROOT, "frames=%d integratedLufs=%.4f loudnessRangeLu=%.4f truePeakDbtp=%.4f "
                    + "maxHeapBytes=%d%n", r.frames(), r.integratedLufs(), r.loudnessRangeLu(), r.truePeakDbtp(),
                    Runtime.getRuntime().maxMemory());
        }
    }
}
