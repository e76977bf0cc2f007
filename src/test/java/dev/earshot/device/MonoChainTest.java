package dev.earshot.device;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Chains that sum to mono run their later stages on one channel; the output must not change by a single bit. */
class MonoChainTest {
    private static final Path PROFILES = Path.of("playback-profiles");
    private static final Path IRS = Path.of("impulse-responses");
    private static final int RATE = 48_000;

    @ParameterizedTest
    @ValueSource(strings = {"phone-portrait-mono", "phone-older-small", "smart-speaker-mini", "smart-speaker-large",
        "portable-speaker-bluetooth"})
    void monoSummedProfilesRenderTheSameOnOneChannelAsOnTwo(String id) throws Exception {
        PlaybackProfile profile = ProfileCodec.read(PROFILES.resolve(id + ".json"));
        ImpulseResponse ir = IrFiles.load(IRS.resolve(profile.impulseResponse()), RATE);
        DeviceChain mono = DeviceChains.build(profile, ir, ImpulseResponseStage.OFFLINE, 7);
        List<DeviceStage> stages = DeviceChains.build(profile, ir, ImpulseResponseStage.OFFLINE, 7).stages();
        DeviceChain stereo = new DeviceChain(stages, false);
        assertTrue(mono.runsMonoAfterSum(), id + " should run mono after its sum");
        assertFalse(stereo.runsMonoAfterSum());
        // Loud noise with different channels, so the limiter and the bass protection both work.
        float[][] input = noise(2 * RATE, id.hashCode());

        float[][] fromMono = render(mono, input);
        float[][] fromStereo = render(stereo, input);

        assertArrayEquals(fromStereo[0], fromMono[0]);
        assertArrayEquals(fromStereo[1], fromMono[1]);
        assertArrayEquals(fromMono[0], fromMono[1]);
    }

    @ParameterizedTest
    @ValueSource(strings = {"phone-landscape-stereo", "family-sedan-highway", "tv-flat-panel"})
    void stereoProfilesStayStereo(String id) throws Exception {
        PlaybackProfile profile = ProfileCodec.read(PROFILES.resolve(id + ".json"));
        ImpulseResponse ir = IrFiles.load(IRS.resolve(profile.impulseResponse()), RATE);
        assertFalse(DeviceChains.build(profile, ir, ImpulseResponseStage.OFFLINE, 7).runsMonoAfterSum());
    }

    private static float[][] render(DeviceChain chain, float[][] input) throws IOException {
        return Signals.renderWhole(chain, input, RATE);
    }

    private static float[][] noise(int frames, long seed) {
        return Signals.gaussianStereo(frames, 0.5, seed);
    }
}
