package dev.earshot.measure;

import dev.earshot.dsp.ImpulseResponse;
import java.util.List;

/**
 * Assembles measured paths into the impulse-response layouts profiles use: one speaker and one microphone give a
 * mono IR; two speakers (measured one after the other) and one microphone give a stereo IR (left speaker → left,
 * right speaker → right); two speakers and two microphones (or one microphone per ear position) give a true-stereo
 * IR (LL, LR, RL, RR: speaker to microphone). The paths keep their relative timing: each is placed by its onset
 * relative to the sweep's start, so the earliest path starts at frame 0 and the others start later by the
 * difference, and all are padded to the longest. Stateless and thread-safe.
 */
public final class IrAssembly {
    private IrAssembly() {
    }

    /**
     * @param paths {@code paths.get(speaker).get(microphone)}: 1 or 2 speakers, each with the same 1 or 2
     *              microphones, all at one sample rate
     * @throws IllegalArgumentException for any other shape, naming what to measure instead
     */
    public static ImpulseResponse assemble(List<List<ExtractedResponse>> paths) {
        int speakers = paths.size();
        int microphones = speakers == 0 ? 0 : paths.get(0).size();
        for (List<ExtractedResponse> row : paths) {
            if (row.size() != microphones) {
                throw new IllegalArgumentException("every speaker needs the same microphones: one recording has "
                        + microphones + " channels, another " + row.size());
            }
        }
        List<ExtractedResponse> ordered;
        if (speakers == 1 && microphones == 1) {
            ordered = List.of(paths.get(0).get(0));
        } else if (speakers == 2 && microphones == 1) {
            ordered = List.of(paths.get(0).get(0), paths.get(1).get(0));
        } else if (speakers == 2 && microphones == 2) {
            ordered = List.of(paths.get(0).get(0), paths.get(0).get(1), paths.get(1).get(0), paths.get(1).get(1));
        } else {
            throw new IllegalArgumentException(speakers + " speaker(s) and " + microphones + " microphone channel(s) "
                    + "make no IR layout: measure 1 speaker with 1 microphone (mono), 2 speakers with 1 microphone "
                    + "(stereo) or 2 speakers with 2 microphones (true stereo)");
        }
        int rate = ordered.get(0).sampleRate();
        double earliest = Double.POSITIVE_INFINITY;
        for (ExtractedResponse path : ordered) {
            if (path.sampleRate() != rate) {
                throw new IllegalArgumentException("the paths were measured at different sample rates: " + rate
                        + " and " + path.sampleRate() + " Hz");
            }
            earliest = Math.min(earliest, path.onsetSeconds());
        }
        int[] offsets = new int[ordered.size()];
        int length = 0;
        for (int c = 0; c < ordered.size(); c++) {
            offsets[c] = (int) Math.round((ordered.get(c).onsetSeconds() - earliest) * rate);
            length = Math.max(length, offsets[c] + ordered.get(c).impulse().length);
        }
        float[][] channels = new float[ordered.size()][length];
        for (int c = 0; c < ordered.size(); c++) {
            float[] impulse = ordered.get(c).impulse();
            System.arraycopy(impulse, 0, channels[c], offsets[c], impulse.length);
        }
        return ImpulseResponse.of(channels, rate);
    }
}
