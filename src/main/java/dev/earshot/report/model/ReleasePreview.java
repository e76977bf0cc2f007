package dev.earshot.report.model;

import java.util.List;

/**
 * What each streaming platform will do to the master.
 *
 * @param platforms one row per platform of {@code report.ReleaseTarget}
 */
public record ReleasePreview(List<Platform> platforms) {

    public ReleasePreview {
        platforms = List.copyOf(platforms);
    }

    /**
     * One platform.
     *
     * @param name               the platform's name
     * @param targetLufs         its normalisation target in LUFS
     * @param gainDb             the gain it applies to this master, in dB (negative = turned down)
     * @param resultingTruePeakDbtp the master's true peak after that gain, in dBTP
     * @param limited            whether the platform will limit (or refuse to raise) the master
     * @param playbackLufs       the integrated loudness the listener hears, in LUFS
     * @param note               one sentence, e.g. "Turned down 5.0 dB: the extra loudness buys nothing here."
     */
    public record Platform(String name, double targetLufs, double gainDb, double resultingTruePeakDbtp,
                           boolean limited, double playbackLufs, String note) {
    }
}
