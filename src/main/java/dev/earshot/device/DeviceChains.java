package dev.earshot.device;

import dev.earshot.dsp.ImpulseResponse;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the processing chain a profile describes: its listed stages in order (the impulse response where the
 * {@code impulse-response} entry stands, or first when there is none), then the noise bed if the profile has one,
 * then the listening-level stage when the profile's level differs from the reference level.
 */
public final class DeviceChains {

    private DeviceChains() {
    }

    /**
     * @param profile        the profile to simulate
     * @param ir             its impulse response, already at the programme's sample rate
     * @param partitionFrames convolution partition of the IR and listening-level stages:
     *                       {@link ImpulseResponseStage#OFFLINE_PARTITION_FRAMES} for renders,
     *                       {@link ImpulseResponseStage#REALTIME_PARTITION_FRAMES} for playback
     * @param noiseSeed      seed of the procedural noise bed, so a render is repeatable
     */
    public static DeviceChain build(PlaybackProfile profile, ImpulseResponse ir, int partitionFrames, long noiseSeed) {
        List<DeviceStage> stages = new ArrayList<>();
        for (StageSpec spec : profile.chainStages()) {
            stages.add(stageFor(spec, ir, partitionFrames));
        }
        if (profile.noise() != null) {
            NoiseSpec noise = profile.noise();
            stages.add(new RoadNoiseStage(noise.speedKmh(), noise.levelDbA(), profile.listeningLevelDbSpl(),
                    noiseSeed));
        }
        if (profile.listeningLevelDbSpl() != PlaybackProfile.REFERENCE_LEVEL_DB_SPL) {
            stages.add(new ListeningLevelStage(profile.listeningLevelDbSpl(),
                    PlaybackProfile.REFERENCE_LEVEL_DB_SPL, partitionFrames));
        }
        return new DeviceChain(stages);
    }

    private static DeviceStage stageFor(StageSpec spec, ImpulseResponse ir, int partitionFrames) {
        if (spec instanceof StageSpec.ImpulseResponse) {
            return new ImpulseResponseStage(ir, partitionFrames);
        }
        if (spec instanceof StageSpec.MonoSum s) {
            return new MonoSumStage(s.leftGain(), s.rightGain());
        }
        if (spec instanceof StageSpec.StereoWidth s) {
            return new StereoWidthStage(s.widthPercent());
        }
        if (spec instanceof StageSpec.BassProtection s) {
            return new BassProtectionStage(s.cornerHz(), s.thresholdDbfs(), s.maxCutDb(), s.attackMs(),
                    s.releaseMs());
        }
        if (spec instanceof StageSpec.PsychoacousticBass s) {
            return new PsychoacousticBassStage(s.cutoffHz(), s.harmonicsGainDb());
        }
        if (spec instanceof StageSpec.Limiter s) {
            return new LimiterStage(s.ceilingDbfs(), s.lookAheadMs(), s.releaseMs());
        }
        throw new IllegalArgumentException("unknown stage " + spec);
    }
}
