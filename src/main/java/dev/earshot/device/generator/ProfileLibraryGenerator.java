package dev.earshot.device.generator;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import dev.earshot.device.ProfileCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Generates the shipped playback-profile library: every modeled device's {@link dev.earshot.device.PlaybackProfile}
 * (written with {@link ProfileCodec}, the one profile writer) and IR, in memory or onto disk. The output depends only
 * on this code (seeded noise, {@link StrictMath}), so {@code impulse-responses/} holds no opaque blobs: a test
 * regenerates everything and compares it with the committed files. Thread-safe (no state).
 */
public final class ProfileLibraryGenerator {
    /** The rate of every shipped IR. */
    public static final int SAMPLE_RATE = 48_000;

    private ProfileLibraryGenerator() {
    }

    /** Every modeled device of the library, in library order (cars, ear, phones, computers, speakers, reference). */
    public static List<ModeledDevice> devices() {
        List<ModeledDevice> all = new ArrayList<>();
        all.addAll(Cars.all());
        all.addAll(Earphones.all());
        all.addAll(Phones.all());
        all.addAll(Computers.all());
        all.addAll(Speakers.all());
        all.addAll(ReferenceRooms.all());
        return List.copyOf(all);
    }

    /**
     * Renders every profile in memory. Takes a few seconds (dozens of large FFTs).
     *
     * @return new objects, in library order
     */
    public static List<GeneratedProfile> generateAll() {
        List<GeneratedProfile> profiles = new ArrayList<>();
        for (ModeledDevice device : devices()) {
            profiles.add(generate(device));
        }
        return List.copyOf(profiles);
    }

    /** Renders one device's profile. */
    public static GeneratedProfile generate(ModeledDevice device) {
        return new GeneratedProfile(device.profile(), device.model().render(SAMPLE_RATE), SAMPLE_RATE);
    }

    /**
     * Writes {@code <id>.json} into {@code profilesDir} (with {@link ProfileCodec#writeFile}) and {@code <id>.wav}
     * (32-bit float) into {@code irDir} for every profile, creating the folders if needed and replacing files of the
     * same name; other files are left alone. Each file appears atomically. Runs JTransforms, whose pool threads are
     * not daemons: a caller that wants its JVM to end promptly calls {@link System#exit} or
     * {@link ConcurrencyUtils#shutdownThreadPoolAndAwaitTermination()} afterwards.
     *
     * @return the number of profiles written (each one JSON and one WAV file)
     * @throws IOException naming the file that could not be written
     */
    public static int writeAll(Path profilesDir, Path irDir) throws IOException {
        Files.createDirectories(profilesDir);
        Files.createDirectories(irDir);
        List<GeneratedProfile> profiles = generateAll();
        for (GeneratedProfile profile : profiles) {
            writeWav(irDir.resolve(profile.profile().impulseResponse()), profile);
            ProfileCodec.writeFile(profile.profile(), profilesDir);
        }
        return profiles.size();
    }

    private static void writeWav(Path file, GeneratedProfile profile) throws IOException {
        float[][] ir = profile.impulseResponse();
        try (WavWriter writer = WavWriter.create(file, profile.sampleRate(), ir.length, WavSampleFormat.FLOAT32, 0)) {
            writer.write(ir, ir[0].length);
            writer.commit();
        }
    }

    /**
     * Regenerates the library into {@code playback-profiles/} and {@code impulse-responses/} under args[0] or "."
     * (a developer entry point until {@code earshot profiles generate} exists).
     */
    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        try {
            int written = writeAll(root.resolve("playback-profiles"), root.resolve("impulse-responses"));
            System.out.println("Wrote " + written + " profiles under " + root.toAbsolutePath().normalize());
        } finally {
            // JTransforms' pool threads are not daemons; without this the JVM idles a minute before exiting.
            ConcurrencyUtils.shutdownThreadPoolAndAwaitTermination();
        }
    }
}
