package dev.earshot.device.generator;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.audio.WavWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import pl.edu.icm.jlargearrays.ConcurrencyUtils;

/**
 * Generates the shipped playback-profile library: every modeled device's JSON text and IR, in memory or onto disk.
 * The output depends only on this code (seeded noise, {@link StrictMath}), so {@code impulse-responses/} holds no
 * opaque blobs: a test regenerates everything and compares it with the committed files. Thread-safe (no state).
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
        return new GeneratedProfile(device.spec().id(), ProfileJson.write(device.spec()),
                device.model().render(SAMPLE_RATE), SAMPLE_RATE);
    }

    /**
     * Writes {@code <id>.json} into {@code profilesDir} and {@code <id>.wav} (32-bit float) into {@code irDir} for
     * every profile, replacing files of the same name; other files are left alone. Each file appears atomically.
     *
     * @throws IOException naming the file that could not be written
     */
    public static void writeAll(Path profilesDir, Path irDir) throws IOException {
        Files.createDirectories(profilesDir);
        Files.createDirectories(irDir);
        for (GeneratedProfile profile : generateAll()) {
            writeWav(irDir.resolve(profile.id() + ".wav"), profile);
            Path json = profilesDir.resolve(profile.id() + ".json");
            Path partial = profilesDir.resolve("." + profile.id() + ".json.partial");
            try {
                Files.writeString(partial, profile.json(), StandardCharsets.UTF_8);
                Files.move(partial, json, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        }
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
            writeAll(root.resolve("playback-profiles"), root.resolve("impulse-responses"));
        } finally {
            // JTransforms' pool threads are not daemons; without this the JVM idles a minute before exiting.
            ConcurrencyUtils.shutdownThreadPoolAndAwaitTermination();
        }
    }
}
