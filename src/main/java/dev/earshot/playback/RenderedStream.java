package dev.earshot.playback;

import dev.earshot.audio.AudioFormatInfo;
import dev.earshot.audio.AudioSource;
import dev.earshot.audio.SampleEncoding;
import java.io.IOException;

/**
 * The engine's output as an endless {@link AudioSource}, so that a {@link dev.earshot.audio.ResamplingSource} can pull
 * it to a device's rate: each {@link #read} hands out what is left of the last rendered block and renders the next
 * when none is left. Allocates nothing after construction; audio thread only.
 */
final class RenderedStream implements AudioSource {

    /** Renders one block of {@code blockFrames} frames into the array it was given. */
    interface Renderer {
        void render() throws IOException;
    }

    private final AudioFormatInfo format;
    private final float[][] block;
    private final int blockFrames;
    private final Renderer renderer;
    private int position;

    /** @param block the rows the renderer writes into, read here */
    RenderedStream(int sampleRate, float[][] block, int blockFrames, Renderer renderer) {
        this.format = new AudioFormatInfo(sampleRate, 2, 32, SampleEncoding.PCM_FLOAT, "engine");
        this.block = block;
        this.blockFrames = blockFrames;
        this.renderer = renderer;
        this.position = blockFrames;
    }

    @Override
    public AudioFormatInfo format() {
        return format;
    }

    @Override
    public long lengthFrames() {
        return -1;
    }

    @Override
    public int read(float[][] into, int maxFrames) throws IOException {
        if (position == blockFrames) {
            renderer.render();
            position = 0;
        }
        int frames = Math.min(maxFrames, blockFrames - position);
        System.arraycopy(block[0], position, into[0], 0, frames);
        System.arraycopy(block[1], position, into[1], 0, frames);
        position += frames;
        return frames;
    }

    @Override
    public void close() {
        // the engine owns the block
    }
}
