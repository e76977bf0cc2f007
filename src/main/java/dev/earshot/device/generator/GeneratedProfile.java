package dev.earshot.device.generator;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCodec;

/**
 * One generated profile, in memory: what {@link ProfileLibraryGenerator#writeAll} writes to disk.
 *
 * @param profile         the profile ({@code <id>.json}); its IR file is {@code <id>.wav}
 * @param impulseResponse the IR, [channel][frame], 1, 2 or 4 channels; owned by this record, do not modify
 * @param sampleRate      the IR's rate in Hz
 */
public record GeneratedProfile(PlaybackProfile profile, float[][] impulseResponse, int sampleRate) {
    /** The profile id (file names {@code <id>.json}, {@code <id>.wav}). */
    public String id() {
        return profile.id();
    }

    /** The exact text of the JSON file, {@link ProfileCodec#write}, ending in a newline. */
    public String json() {
        return ProfileCodec.write(profile);
    }
}
