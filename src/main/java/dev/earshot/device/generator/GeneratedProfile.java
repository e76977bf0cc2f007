package dev.earshot.device.generator;

/**
 * One generated profile, in memory: what {@link ProfileLibraryGenerator#writeAll} writes to disk.
 *
 * @param id              the profile id (file names {@code <id>.json}, {@code <id>.wav})
 * @param json            the exact text of the JSON file, ending in a newline
 * @param impulseResponse the IR, [channel][frame], 1, 2 or 4 channels; owned by this record, do not modify
 * @param sampleRate      the IR's rate in Hz
 */
public record GeneratedProfile(String id, String json, float[][] impulseResponse, int sampleRate) {
}
