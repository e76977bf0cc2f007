package dev.earshot.report;

import dev.earshot.device.DeviceChain;
import dev.earshot.device.DeviceChains;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;

/**
 * Builds the chain a report measures for a profile: the device's own stages and impulse response, without the road
 * noise and without the listening-level filter. The report measures what the device emits; the ear's level
 * dependence (ISO 226) and the noise are applied by the analyses themselves, so they do not blur the device's
 * response (see {@link dev.earshot.report.measure.PresenceAnalysis},
 * {@link dev.earshot.report.measure.MaskingAnalysis}).
 */
final class DeviceChainFactory {
    /** Seed of every procedural noise the report uses, so reports are repeatable. */
    static final long NOISE_SEED = 0x5245_504F_5254L;

    private DeviceChainFactory() {
    }

    /** The profile as the report measures it: same stages, reference listening level, no noise. */
    static PlaybackProfile deviceOnly(PlaybackProfile p) {
        return new PlaybackProfile(p.id(), p.name(), p.category(), p.description(), p.impulseResponse(),
                PlaybackProfile.REFERENCE_LEVEL_DB_SPL, p.stages(), null, p.provenance());
    }

    /**
     * @param input      the profile and its impulse-response file
     * @param sampleRate the programme's sample rate (the impulse response is resampled to it)
     * @throws IOException if the impulse response cannot be read
     */
    static DeviceChain build(ProfileInput input, int sampleRate) throws IOException {
        ImpulseResponse ir = IrFiles.load(input.impulseResponseFile(), sampleRate);
        return DeviceChains.build(deviceOnly(input.profile()), ir, ImpulseResponseStage.OFFLINE,
                NOISE_SEED);
    }
}
