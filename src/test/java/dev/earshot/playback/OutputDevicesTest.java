package dev.earshot.playback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Device listing, buffer choices and the silent fallback the window shows when no device can play. */
class OutputDevicesTest {
    private static final int RATE = 48_000;

    @Test
    void withoutSoundDevicesTheListIsEmptyAndTheEngineFallsBackWithAReason() throws Exception {
        assumeTrue(OutputDevices.list().isEmpty(), "this machine has a sound device");
        FallbackOutput output = OutputDevices.output(null, 16, OutputDevices.DEFAULT_BUFFER_FRAMES, 256);
        try (PlaybackEngine engine = new PlaybackEngine(new float[2][RATE], RATE, List.of(), output, 256, 64)) {
            engine.start();
            String reason = engine.outputFallbackReason().orElseThrow();
            assertTrue(reason.startsWith("no sound output found"), reason);
            awaitBlocks(engine, 3);
        }
    }

    @Test
    void aDeviceThatCannotOpenIsNamedInTheReasonAndTheEnginePlaysOnSilently() throws Exception {
        AudioOutput broken = new AudioOutput() {
            @Override
            public void open(int sampleRate, int channels, int blockFrames) throws IOException {
                throw new IOException("Studio Interface cannot play PCM_SIGNED 48000.0 Hz, 16 bit, stereo: busy");
            }

            @Override
            public void write(float[][] block, int frames) {
                throw new AssertionError("never opened");
            }

            @Override
            public void close() {
                throw new AssertionError("never opened");
            }
        };
        FallbackOutput output = new FallbackOutput(broken, null);
        assertFalse(output.fallbackReason().isPresent(), "no reason before the device is tried");
        try (PlaybackEngine engine = new PlaybackEngine(new float[2][RATE], RATE, List.of(), output, 256, 64)) {
            engine.play();
            engine.start();
            assertEquals("Studio Interface cannot play PCM_SIGNED 48000.0 Hz, 16 bit, stereo: busy; playing silently",
                    engine.outputFallbackReason().orElseThrow());
            awaitBlocks(engine, 3);
        }
    }

    @Test
    void anAbsentDeviceIsNamedAndTheOfferedBuffersSpan256To4096Frames() {
        FallbackOutput output = OutputDevices.output("No Such Interface 9000", 24, 512, 256);
        String reason = output.fallbackReason().orElseThrow();
        assertTrue(reason.contains("No Such Interface 9000") || reason.startsWith("no sound output found"), reason);
        assertEquals(List.of(256, 512, 1024, 2048, 4096), OutputDevices.BUFFER_FRAMES);
        assertThrows(IllegalArgumentException.class, () -> OutputDevices.output(null, 20, 512, 256));
    }

    @Test
    void everyListedDeviceOffersSixteenOrTwentyFourBits() {
        for (OutputDevice device : OutputDevices.list()) {
            assertFalse(device.bitsPerSample().isEmpty(), device.name());
            assertTrue(List.of(16, 24).containsAll(device.bitsPerSample()), device.name());
        }
    }

    @Test
    void withoutSoundDevicesJavaSoundKeepsTheMastersRate() {
        assumeTrue(OutputDevices.list().isEmpty(), "this machine has a sound device");
        // Nothing is supported, so no other rate is better: the master's rate stays and open() names the problem.
        assertEquals(44_100, new JavaSoundOutput(null, 16, 4).openRate(44_100));
    }

    /** Waits (a real-time paced output: a few milliseconds) until the audio thread has played {@code blocks}. */
    private static void awaitBlocks(PlaybackEngine engine, long blocks) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (engine.meters().blockCount() < blocks && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertTrue(engine.meters().blockCount() >= blocks, "the audio thread plays on the silent fallback");
    }
}
