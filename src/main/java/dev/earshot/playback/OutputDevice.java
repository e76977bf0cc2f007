package dev.earshot.playback;

import java.util.List;

/**
 * A sound output the player can use: a Java Sound mixer that offers a stereo line of signed little-endian PCM.
 *
 * @param name           the mixer's name, unique on the machine; what preferences store
 * @param description    the mixer's description and vendor, for a tooltip
 * @param bitsPerSample  the depths it takes, among 16 and 24, ascending
 */
public record OutputDevice(String name, String description, List<Integer> bitsPerSample) {

    public OutputDevice {
        bitsPerSample = List.copyOf(bitsPerSample);
    }
}
