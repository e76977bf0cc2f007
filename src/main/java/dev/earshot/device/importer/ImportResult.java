package dev.earshot.device.importer;

import dev.earshot.device.PlaybackProfile;
import java.nio.file.Path;

/**
 * What an import created.
 *
 * @param profile  the new profile (provenance kind {@code imported}, with the source file's SHA-256 and the date)
 * @param jsonFile the profile file written, {@code <profilesDir>/<id>.json}
 * @param irFile   the impulse response written, {@code <irDir>/<id>.wav} (32-bit float, 48 kHz)
 * @param summary  one line for the user saying what was read and what was written
 */
public record ImportResult(PlaybackProfile profile, Path jsonFile, Path irFile, String summary) {
}
