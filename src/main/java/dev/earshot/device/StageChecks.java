package dev.earshot.device;

/** Argument checks shared by the stages, with messages that name the parameter and its allowed range. */
final class StageChecks {
    private StageChecks() {
    }

    static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " " + value + " is outside " + min + ".." + max);
        }
    }

    static void requireFormat(int sampleRate, int maxBlockFrames, int channels) {
        requireRange("sampleRate", sampleRate, 8_000, 384_000);
        requireRange("maxBlockFrames", maxBlockFrames, 1, Integer.MAX_VALUE);
        requireRange("channels", channels, 1, 2);
    }

    static void requireStereo(String stage, int channels) {
        if (channels != 2) {
            throw new IllegalArgumentException(stage + " works on 2 channels, not " + channels);
        }
    }
}
