package dev.earshot.device;

import dev.earshot.audio.ArraySource;
import dev.earshot.audio.ProgressListener;
import dev.earshot.dsp.ImpulseResponse;
import dev.earshot.dsp.OfflineConvolution;
import java.io.IOException;
import java.io.UncheckedIOException;
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
     *                       {@link ImpulseResponseStage#OFFLINE} for renders,
     *                       {@link ImpulseResponseStage#REALTIME_PARTITION_FRAMES} for playback
     * @param noiseSeed      seed of the procedural noise bed, so a render is repeatable
     */
    public static DeviceChain build(PlaybackProfile profile, ImpulseResponse ir, int partitionFrames, long noiseSeed) {
        return build(profile, ir, partitionFrames, noiseSeed, true);
    }

    /**
     * As {@link #build(PlaybackProfile, ImpulseResponse, int, long)}; with {@code fuseListeningLevel}, when the
     * impulse response is the last listed stage, the listening-level filter is folded into it (both are linear
     * and nothing non-linear sits between them), and the noise bed gets its own listening-level filter. The output
     * is the same to float rounding, with one convolution of the programme instead of two.
     */
    static DeviceChain build(PlaybackProfile profile, ImpulseResponse ir, int partitionFrames, long noiseSeed,
                             boolean fuseListeningLevel) {
        List<StageSpec> specs = profile.chainStages();
        boolean quieter = profile.listeningLevelDbSpl() != PlaybackProfile.REFERENCE_LEVEL_DB_SPL;
        boolean irLast = specs.get(specs.size() - 1) instanceof StageSpec.ImpulseResponse;
        if (!(fuseListeningLevel && quieter && irLast)) {
            List<DeviceStage> stages = new ArrayList<>();
            for (StageSpec spec : specs) {
                stages.add(stageFor(spec, ir, partitionFrames));
            }
            if (profile.noise() != null) {
                stages.add(roadNoise(profile, noiseSeed));
            }
            if (quieter) {
                stages.add(listeningLevel(profile, partitionFrames));
            }
            return new DeviceChain(stages);
        }
        List<DeviceStage> stages = new ArrayList<>();
        for (StageSpec spec : specs.subList(0, specs.size() - 1)) {
            stages.add(stageFor(spec, ir, partitionFrames));
        }
        float[] earFir = listeningLevel(profile, partitionFrames).minimumPhaseFir(ir.sampleRate());
        stages.add(new ImpulseResponseStage(withFilter(ir, earFir), partitionFrames));
        if (profile.noise() != null) {
            stages.add(new FilteredNoiseStage(roadNoise(profile, noiseSeed),
                    listeningLevel(profile, partitionFrames)));
        }
        return new DeviceChain(stages);
    }

    private static RoadNoiseStage roadNoise(PlaybackProfile profile, long noiseSeed) {
        NoiseSpec noise = profile.noise();
        return new RoadNoiseStage(noise.speedKmh(), noise.levelDbA(), profile.listeningLevelDbSpl(), noiseSeed);
    }

    private static ListeningLevelStage listeningLevel(PlaybackProfile profile, int partitionFrames) {
        return new ListeningLevelStage(profile.listeningLevelDbSpl(), PlaybackProfile.REFERENCE_LEVEL_DB_SPL,
                partitionFrames);
    }

    /** Every channel of {@code ir} convolved with {@code fir} (full length: ir + fir - 1 frames). */
    private static ImpulseResponse withFilter(ImpulseResponse ir, float[] fir) {
        int channels = ir.channelCount();
        float[][] in = new float[channels][];
        for (int c = 0; c < channels; c++) {
            in[c] = ir.channel(c);
        }
        int length = ir.lengthFrames() + fir.length - 1;
        float[][] out = new float[channels][length];
        int[] written = {0};
        try {
            OfflineConvolution.render(ArraySource.of(ir.sampleRate(), in),
                    ImpulseResponse.of(new float[][] {fir}, ir.sampleRate()), false, (block, n) -> {
                        for (int c = 0; c < channels; c++) {
                            System.arraycopy(block[c], 0, out[c], written[0], n);
                        }
                        written[0] += n;
                    }, ProgressListener.NONE, 1);
        } catch (IOException e) {
            throw new UncheckedIOException("convolving arrays in memory cannot fail", e);
        }
        return ImpulseResponse.of(out, ir.sampleRate());
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
