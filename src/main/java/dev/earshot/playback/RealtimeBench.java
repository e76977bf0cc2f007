package dev.earshot.playback;

import com.sun.management.ThreadMXBean;
import dev.earshot.device.DeviceChain;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.dsp.ImpulseResponse;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Benchmark of the playback engine (not a test; run by {@code bench/realtime.sh}): plays a seeded synthetic programme
 * on a {@link NullOutput} as fast as the processor allows and prints the real-time factor (seconds of audio per
 * second of wall time) and the audio thread's CPU time per second of audio (its share of one core when playing in
 * real time). The first {@value #WARM_UP_SECONDS} s of audio warm up the JIT compiler and are not counted.
 *
 * <p>Usage: {@code java -cp earshot.jar dev.earshot.playback.RealtimeBench SCENARIO SECONDS [BLOCK]}, SCENARIO being
 * {@code profiles} (every shipped profile from {@code playback-profiles/} and {@code impulse-responses/} in the
 * working folder, switching every 100 ms), {@code profiles-suspended} (the same with
 * {@link PlaybackEngine#suspendIdleChains()}), {@code ir} (one chain: a 1 s true-stereo impulse response) or
 * {@code ir-switching} (that chain and the bypass, crossfading every 100 ms).
 */
public final class RealtimeBench {
    private static final int RATE = 48_000;
    private static final int WARM_UP_SECONDS = 3;

    private RealtimeBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: RealtimeBench ir|ir-switching|profiles|profiles-suspended SECONDS "
                    + "[BLOCK_FRAMES]");
            System.exit(2);
        }
        String scenario = args[0];
        int seconds = Integer.parseInt(args[1]);
        int block = args.length > 2 ? Integer.parseInt(args[2]) : PlaybackEngine.DEFAULT_BLOCK_FRAMES;
        List<DeviceChain> chains = switch (scenario) {
            case "profiles", "profiles-suspended" -> profileChains();
            case "ir", "ir-switching" -> List.of(trueStereoChain(block));
            default -> throw new IllegalArgumentException("unknown scenario " + scenario);
        };
        Result result = run(chains, seconds, block, scenario.equals("ir") ? 0 : RATE / 10,
                scenario.equals("profiles-suspended"));
        System.out.printf(Locale.ROOT, "scenario %s: %d sources, %d s of %d Hz stereo audio measured, block %d "
                        + "frames%s%n", scenario, chains.size() + 1, seconds, RATE, block,
                scenario.equals("ir") ? "" : ", switching source every 100 ms (30 ms crossfades)");
        System.out.printf(Locale.ROOT, "real-time factor: %.1f (audio seconds per wall second)%n",
                result.realTimeFactor());
        System.out.printf(Locale.ROOT, "audio thread CPU: %.2f %% of one core per second of audio%n",
                100 * result.cpuShare());
    }

    private static List<DeviceChain> profileChains() throws IOException {
        ProfileLibrary library = ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
        return ProfileSources.chains(library, library.profiles(), RATE, 1);
    }

    /** A 1 s true-stereo response (LL, LR, RL, RR): seeded noise under an exponential decay of 60 dB. */
    private static DeviceChain trueStereoChain(int block) {
        SplittableRandom random = new SplittableRandom(7);
        float[][] h = new float[4][RATE];
        for (int c = 0; c < 4; c++) {
            double direct = c == 0 || c == 3 ? 0.5 : 0.1;
            for (int i = 0; i < RATE; i++) {
                h[c][i] = (float) (direct * 0.05 * (random.nextDouble() - 0.5) * Math.exp(-6.9 * i / RATE));
            }
            h[c][0] = (float) direct;
        }
        return new DeviceChain(List.of(new ImpulseResponseStage(ImpulseResponse.of(h, RATE),
                Math.min(block, ImpulseResponseStage.REALTIME_PARTITION_FRAMES))));
    }

    private static Result run(List<DeviceChain> chains, int seconds, int block, int switchFrames,
                              boolean suspendIdle) throws IOException, InterruptedException {
        long warmUpFrames = (long) WARM_UP_SECONDS * RATE;
        long endFrames = warmUpFrames + (long) seconds * RATE;
        float[][] master = programme((int) Math.min(Integer.MAX_VALUE - 8, endFrames + RATE));
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] marks = new long[4];
        CountDownLatch done = new CountDownLatch(1);
        PlaybackEngine[] engine = new PlaybackEngine[1];
        NullOutput output = new NullOutput(null, written -> {
            if (switchFrames > 0 && written / switchFrames != (written - block) / switchFrames) {
                engine[0].select((int) ((written / switchFrames) % engine[0].sourceCount()));
            }
            if (written >= warmUpFrames && marks[0] == 0) {
                marks[0] = System.nanoTime();
                marks[1] = threads.getCurrentThreadCpuTime();
            } else if (written >= endFrames && marks[2] == 0) {
                marks[2] = System.nanoTime();
                marks[3] = threads.getCurrentThreadCpuTime();
                engine[0].requestStop();
                done.countDown();
            }
        });
        engine[0] = new PlaybackEngine(master, RATE, chains, output, block,
                PlaybackEngine.fadeFrames(RATE, PlaybackEngine.DEFAULT_FADE_MS));
        if (suspendIdle) {
            engine[0].suspendIdleChains();
        }
        engine[0].play();
        engine[0].start();
        if (!done.await(1, TimeUnit.HOURS)) {
            throw new IllegalStateException("the engine did not finish");
        }
        engine[0].close();
        double audioSeconds = seconds;
        return new Result(audioSeconds / ((marks[2] - marks[0]) / 1e9), (marks[3] - marks[1]) / 1e9 / audioSeconds);
    }

    /** Music-like material about 0.3 full scale: tones and low-passed noise, different on each side (seeded). */
    private static float[][] programme(int frames) {
        SplittableRandom random = new SplittableRandom(11);
        float[][] out = new float[2][frames];
        for (int c = 0; c < 2; c++) {
            double smooth = 0;
            for (int i = 0; i < frames; i++) {
                double t = i / (double) RATE;
                smooth += 0.05 * (random.nextDouble() - 0.5 - smooth);
                out[c][i] = (float) (0.12 * Math.sin(2 * Math.PI * 110 * t + c) + 0.08 * Math.sin(2 * Math.PI * 440 * t)
                        + 0.3 * smooth);
            }
        }
        return out;
    }

    private record Result(double realTimeFactor, double cpuShare) {
    }
}
