package dev.earshot.playback;

import dev.earshot.device.ListeningLevelStage;
import dev.earshot.device.PlaybackProfile;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The listening-level control on the engine's output: the ISO 226 equal-loudness correction of
 * {@link ListeningLevelStage} for hearing the programme at a chosen level while monitoring at the reference
 * ({@value PlaybackProfile#REFERENCE_LEVEL_DB_SPL} dB SPL). Untouched, the control is an exact identity with no
 * latency. A new level is designed on the caller's thread into a {@link Path} and handed to the audio thread through
 * an atomic reference; the audio thread runs it beside the current one until its filter has seen a whole response
 * length of input (so it is in the state it would have had all along), then crossfades linearly (the two are the
 * same signal, so amplitudes add) over the fade length. Once engaged the output carries one block of extra latency,
 * also at the reference level (a delay stands in for the filter), so later changes cross between aligned signals;
 * the first change crosses from the undelayed output to the delayed one (a 30 ms blend of two signals one block
 * apart: no click, at most a brief comb colouring).
 * The audio thread allocates nothing and takes no lock here.
 */
final class ListeningLevel {
    private final int sampleRate;
    private final int blockFrames;
    private final int fadeFrames;
    private final float[][] scratch;
    private final AtomicReference<Path> pending = new AtomicReference<>();
    private volatile double levelDbSpl = PlaybackProfile.REFERENCE_LEVEL_DB_SPL;
    private Path current;
    private Path next;
    private long warmFrames;
    private int fadePosition;

    ListeningLevel(int sampleRate, int blockFrames, int fadeFrames) {
        this.sampleRate = sampleRate;
        this.blockFrames = blockFrames;
        this.fadeFrames = fadeFrames;
        this.scratch = new float[2][blockFrames];
    }

    /** Designs the filter for {@code dbSpl} (allocates, tens of milliseconds) and queues it; any thread. */
    void set(double dbSpl) {
        pending.set(design(dbSpl));
        levelDbSpl = dbSpl;
    }

    /** The level last set, dB SPL. */
    double levelDbSpl() {
        return levelDbSpl;
    }

    /** A prepared path for {@code dbSpl}; package-private so that tests can hand paths over without designing. */
    Path design(double dbSpl) {
        ListeningLevelStage stage = new ListeningLevelStage(dbSpl, PlaybackProfile.REFERENCE_LEVEL_DB_SPL,
                blockFrames);
        stage.prepare(sampleRate, blockFrames, 2);
        return new Path(stage, new DelayLine(blockFrames - stage.latencyFrames()),
                stage.tailFrames() + 1L + blockFrames);
    }

    /** Queues a prepared path; any thread. */
    void hand(Path path) {
        pending.set(path);
    }

    /** Applies the control to {@code block[0..1][0..frames)} in place; audio thread only. */
    void process(float[][] block, int frames) {
        if (next == null) {
            Path handed = pending.getAndSet(null);
            if (handed != null) {
                next = handed;
                next.reset();
                warmFrames = 0;
                fadePosition = 0;
            }
        }
        if (next == null) {
            if (current != null) {
                current.process(block, frames);
            }
            return;
        }
        System.arraycopy(block[0], 0, scratch[0], 0, frames);
        System.arraycopy(block[1], 0, scratch[1], 0, frames);
        next.process(scratch, frames);
        if (current != null) {
            current.process(block, frames);
        }
        if (warmFrames < next.warmUpFrames()) {
            warmFrames += frames;
            return;
        }
        for (int i = 0; i < frames; i++) {
            float g = fadePosition < fadeFrames ? (fadePosition + 1f) / fadeFrames : 1f;
            block[0][i] += g * (scratch[0][i] - block[0][i]);
            block[1][i] += g * (scratch[1][i] - block[1][i]);
            fadePosition++;
        }
        if (fadePosition >= fadeFrames) {
            current = next;
            next = null;
        }
    }

    /** One level's processing: the stage, then a delay that brings its latency to one block. */
    static final class Path {
        private final ListeningLevelStage stage;
        private final DelayLine pad;
        private final long warmUpFrames;

        Path(ListeningLevelStage stage, DelayLine pad, long warmUpFrames) {
            this.stage = stage;
            this.pad = pad;
            this.warmUpFrames = warmUpFrames;
        }

        long warmUpFrames() {
            return warmUpFrames;
        }

        void process(float[][] block, int frames) {
            stage.process(block, frames);
            pad.process(block, frames);
        }

        void reset() {
            stage.reset();
            pad.reset();
        }
    }
}
