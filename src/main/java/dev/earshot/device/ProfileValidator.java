package dev.earshot.device;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a parsed profile against the folder layout: its impulse response must be a readable regular file directly
 * inside the impulse-response folder (a symbolic link is accepted only if its target is also directly inside that
 * folder) and pass the audio checks of {@link #checkImpulseResponse}. Problems are returned as one-line messages that
 * start with the profile's file name, never thrown. Thread-safe: no shared state.
 */
public final class ProfileValidator {
    /** Longest accepted impulse response, in seconds. */
    public static final double MAX_IR_SECONDS = 10;
    /** Highest accepted absolute sample value of an impulse response, in dB (re 1.0 = full scale). */
    public static final double MAX_PEAK_DB = 24;
    /** Largest accepted deviation of a direct path's white-noise gain from unity (0 dB), in dB. */
    public static final double MAX_PATH_GAIN_DB = 30;
    /** An impulse response whose peak is below this (in dB re full scale) is silent. */
    public static final double SILENCE_DB = -120;

    private ProfileValidator() {
    }

    /**
     * Every problem with {@code profile}'s impulse response under {@code irDir}; empty if the profile is usable.
     * Reads the impulse response file (at most {@link #MAX_IR_SECONDS} of it).
     */
    public static List<String> validate(PlaybackProfile profile, Path irDir) {
        String prefix = ProfileCodec.fileNameOf(profile) + ": ";
        Path file;
        try {
            file = resolveImpulseResponse(profile, irDir);
        } catch (ProfileException e) {
            return List.of(e.getMessage());
        }
        List<String> problems = new ArrayList<>();
        for (String problem : checkImpulseResponse(file)) {
            problems.add(prefix + "impulse response " + problem);
        }
        return List.copyOf(problems);
    }

    /**
     * The real path of {@code profile}'s impulse response: {@code irDir/impulseResponse} with symbolic links resolved.
     *
     * @throws ProfileException naming the profile file and the impulse response if the folder is missing, the file
     *                          is missing, is not a regular file, is not readable, or is a symbolic link whose target
     *                          is not directly inside {@code irDir}
     */
    public static Path resolveImpulseResponse(PlaybackProfile profile, Path irDir) throws ProfileException {
        String prefix = ProfileCodec.fileNameOf(profile) + ": field 'impulseResponse': ";
        String name = profile.impulseResponse();
        String folder = folderName(irDir);
        Path realDir;
        try {
            realDir = irDir.toRealPath();
        } catch (IOException e) {
            throw new ProfileException(prefix + "the impulse response folder " + irDir + " does not exist", e);
        }
        Path candidate = irDir.resolve(name);
        if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProfileException(prefix + name + " not found in " + folder);
        }
        Path real;
        try {
            real = candidate.toRealPath();
        } catch (IOException e) {
            throw new ProfileException(prefix + name + " is a symbolic link to a missing file", e);
        }
        if (!realDir.equals(real.getParent())) {
            throw new ProfileException(prefix + name + " is a symbolic link that leads outside " + folder + " (to "
                    + real + ")");
        }
        if (!Files.isRegularFile(real)) {
            throw new ProfileException(prefix + name + " is not a regular file");
        }
        if (!Files.isReadable(real)) {
            throw new ProfileException(prefix + name + " is not readable (check its permissions)");
        }
        return real;
    }

    /**
     * Checks that {@code irFile} is usable as an impulse response: it opens as audio, has 1, 2 or 4 channels, holds
     * between 1 frame and {@link #MAX_IR_SECONDS}, has only finite samples, is not silent (peak at or above
     * {@link #SILENCE_DB}), peaks at most {@link #MAX_PEAK_DB} and has a white-noise gain (10·log10 of the sum of
     * squared samples) within ±{@link #MAX_PATH_GAIN_DB} dB on each direct path: channel 1 of a 1-channel IR, both
     * channels of a 2-channel IR, and LL and RR (channels 1 and 4) of a true-stereo IR. Cross paths of a true-stereo
     * IR may be quiet. The white-noise gain is used rather than the DC gain because device IRs are often high-passed.
     * Any sample format and rate {@link dev.earshot.audio.AudioFiles} reads is accepted (shipped IRs are 32-bit float
     * at 48 kHz; the chain resamples), so an imported 24-bit IR is not rejected for its format alone.
     *
     * @return problems, each starting with the IR's file name; empty if the file is usable
     */
    public static List<String> checkImpulseResponse(Path irFile) {
        return ImpulseResponseCheck.check(irFile);
    }

    private static String folderName(Path dir) {
        Path name = dir.toAbsolutePath().normalize().getFileName();
        return (name == null ? dir.toString() : name.toString()) + "/";
    }
}
