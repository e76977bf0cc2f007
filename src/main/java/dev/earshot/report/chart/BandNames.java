package dev.earshot.report.chart;

import dev.earshot.analysis.Band;

/** Display names of the analysis bands with their ranges, for legends and table headers. */
public final class BandNames {

    private BandNames() {
    }

    /** e.g. "Sub 20-60 Hz", "Presence 2-6 kHz". */
    public static String of(Band band) {
        return switch (band) {
            case SUB -> "Sub 20-60 Hz";
            case BASS -> "Bass 60-250 Hz";
            case LOW_MID -> "Low-mid 250 Hz-2 kHz";
            case PRESENCE -> "Presence 2-6 kHz";
            case AIR -> "Air 6-20 kHz";
        };
    }

    /** e.g. "Sub", "Presence". */
    public static String shortName(Band band) {
        return switch (band) {
            case SUB -> "Sub";
            case BASS -> "Bass";
            case LOW_MID -> "Low-mid";
            case PRESENCE -> "Presence";
            case AIR -> "Air";
        };
    }
}
