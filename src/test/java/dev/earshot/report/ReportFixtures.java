package dev.earshot.report;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.NoiseSpec;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.Provenance;
import dev.earshot.device.StageSpec;
import dev.earshot.dsp.BiquadFilter;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Synthetic masters, impulse responses and profiles for the report tests, written into a test's folder. */
public final class ReportFixtures {
    public static final int RATE = 48_000;
    private static final Provenance PROVENANCE = new Provenance(Provenance.Kind.MODELED, "test figures",
            "made in the test");

    private ReportFixtures() {
    }

    /** Writes a 32-bit float WAV of the given channels. */
    public static Path wav(Path file, float[]... channels) throws IOException {
        try (WavWriter writer = WavWriter.create(file, RATE, channels.length, WavSampleFormat.FLOAT32, 0)) {
            writer.write(channels, channels[0].length);
            writer.commit();
        }
        return file;
    }

    /** {@code seconds} of a sum of sines, {@code amplitudesAndHz} = a1, f1, a2, f2, ... */
    public static float[] sines(double seconds, double... amplitudesAndHz) {
        float[] out = new float[(int) Math.round(seconds * RATE)];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int k = 0; k < amplitudesAndHz.length; k += 2) {
                sum += amplitudesAndHz[k] * Math.sin(2 * Math.PI * amplitudesAndHz[k + 1] * i / RATE);
            }
            out[i] = (float) sum;
        }
        return out;
    }

    /** {@code x} with every sample negated. */
    public static float[] inverted(float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = -x[i];
        }
        return out;
    }

    /** A Dirac impulse response (the identity). */
    public static Path diracIr(Path dir) throws IOException {
        return wav(dir.resolve("dirac.wav"), new float[] {1f});
    }

    /** The impulse response of a 2nd-order Butterworth high-pass at {@code cornerHz}, one second long. */
    public static Path highPassIr(Path dir, double cornerHz) throws IOException {
        BiquadFilter filter = BiquadFilter.highPass(RATE, cornerHz, 1 / Math.sqrt(2), 1);
        float[] ir = new float[RATE];
        for (int i = 0; i < ir.length; i++) {
            ir[i] = (float) filter.process(i == 0 ? 1.0 : 0.0, 0);
        }
        return wav(dir.resolve("high-pass-" + (int) cornerHz + ".wav"), ir);
    }

    /** A profile with the given parts; the impulse-response file name is taken from {@code ir}. */
    public static ProfileInput profile(String id, ProfileCategory category, Path ir, double listeningLevelDbSpl,
                                       List<StageSpec> stages, NoiseSpec noise) {
        PlaybackProfile profile = new PlaybackProfile(id, id.replace('-', ' '), category, "A test device.",
                ir.getFileName().toString(), listeningLevelDbSpl, stages, noise, PROVENANCE);
        return new ProfileInput(profile, ir);
    }

    /** A request with default title and client and two threads. */
    public static ReportRequest request(Path master, List<ProfileInput> profiles, List<Path> references) {
        return new ReportRequest(master, profiles, references, List.of(), null, null, "test", 2);
    }
}
