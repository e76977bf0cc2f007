package dev.earshot.device;

import dev.earshot.audio.AudioSource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.dsp.BlockSink;
import java.io.IOException;
import java.util.Arrays;

/**
 * One offline render of {@link DeviceChain#render}: reads, folds to stereo, processes, drops the latency at the start
 * and flushes latency (plus, if asked, the tail) with silence at the end. Memory is a few blocks whatever the length.
 */
final class ChainRender {
    static final int BLOCK_FRAMES = 8192;
    private static final float ITU_SURROUND_GAIN = (float) Math.sqrt(0.5);

    private final AudioSource source;
    private final DeviceChain chain;
    private final BlockSink sink;
    private final ProgressListener progress;
    private final boolean includeTail;
    private final int sourceChannels;
    private final float[][] readBlock;
    private final float[][] block = new float[DeviceChain.CHANNELS][BLOCK_FRAMES];
    private long toDiscard;
    private long written;

    ChainRender(AudioSource source, DeviceChain chain, boolean includeTail, BlockSink sink,
                ProgressListener progress) {
        this.source = source;
        this.chain = chain;
        this.includeTail = includeTail;
        this.sink = sink;
        this.progress = progress;
        this.sourceChannels = source.format().channels();
        if (sourceChannels != 1 && sourceChannels != 2 && sourceChannels != 6) {
            throw new IllegalArgumentException("a device chain renders mono, stereo or 5.1 audio, not "
                    + sourceChannels + " channels; fold the source to stereo first");
        }
        this.readBlock = new float[sourceChannels][BLOCK_FRAMES];
    }

    long run() throws IOException {
        chain.prepare(source.format().sampleRate(), BLOCK_FRAMES);
        toDiscard = chain.latencyFrames();
        long length = source.lengthFrames();
        long inputFrames = 0;
        int frames;
        while ((frames = source.read(readBlock, BLOCK_FRAMES)) > 0) {
            foldToStereo(frames);
            processAndEmit(frames);
            inputFrames += frames;
            if (length > 0) {
                progress.progress(Math.min(1.0, (double) inputFrames / length));
            }
        }
        long remaining = chain.latencyFrames() + (includeTail ? (long) chain.tailFrames() : 0L);
        while (remaining > 0) {
            int chunk = (int) Math.min(BLOCK_FRAMES, remaining);
            for (float[] row : block) {
                Arrays.fill(row, 0, chunk, 0f);
            }
            processAndEmit(chunk);
            remaining -= chunk;
        }
        progress.progress(1.0);
        return written;
    }

    private void foldToStereo(int frames) {
        if (sourceChannels == 1) {
            System.arraycopy(readBlock[0], 0, block[0], 0, frames);
            System.arraycopy(readBlock[0], 0, block[1], 0, frames);
        } else if (sourceChannels == 2) {
            System.arraycopy(readBlock[0], 0, block[0], 0, frames);
            System.arraycopy(readBlock[1], 0, block[1], 0, frames);
        } else {
            float[] centre = readBlock[2];
            for (int i = 0; i < frames; i++) {
                float centred = ITU_SURROUND_GAIN * centre[i];
                block[0][i] = readBlock[0][i] + centred + ITU_SURROUND_GAIN * readBlock[4][i];
                block[1][i] = readBlock[1][i] + centred + ITU_SURROUND_GAIN * readBlock[5][i];
            }
        }
    }

    private void processAndEmit(int frames) throws IOException {
        chain.process(block, frames);
        int skip = (int) Math.min(toDiscard, frames);
        toDiscard -= skip;
        int count = frames - skip;
        if (count == 0) {
            return;
        }
        if (skip > 0) {
            for (float[] row : block) {
                System.arraycopy(row, skip, row, 0, count);
            }
        }
        sink.accept(block, count);
        written += count;
    }
}
