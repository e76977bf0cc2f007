package dev.earshot.report;

import dev.earshot.device.PlaybackProfile;
import java.nio.file.Path;

/**
 * One playback profile to report on and the impulse-response file it uses.
 *
 * @param profile             the profile
 * @param impulseResponseFile its impulse response WAV
 */
public record ProfileInput(PlaybackProfile profile, Path impulseResponseFile) {
}
