package dev.earshot.report.text;

import java.awt.Color;
import java.util.Locale;

/**
 * Cell colours for band deltas, the same in HTML and PDF: white at 0 dB, shading to blue for cuts and to red for
 * boosts, strongest from 12 dB on, light enough that black text stays readable.
 */
public final class HeatColors {

    private static final double FULL_AT_DB = 12.0;
    private static final double MAX_STRENGTH = 0.55;

    private HeatColors() {
    }

    /** The colour of a delta in dB; white for NaN. */
    public static Color of(double deltaDb) {
        if (!Double.isFinite(deltaDb)) {
            return Color.WHITE;
        }
        double strength = Math.min(1.0, Math.abs(deltaDb) / FULL_AT_DB) * MAX_STRENGTH;
        Color target = deltaDb < 0 ? new Color(0x3B6EA8) : new Color(0xC0504D);
        return new Color(mix(target.getRed(), strength), mix(target.getGreen(), strength),
                mix(target.getBlue(), strength));
    }

    /** The same colour as CSS hex, e.g. "#f3d9d8". */
    public static String hex(double deltaDb) {
        return String.format(Locale.ROOT, "#%06x", of(deltaDb).getRGB() & 0xFFFFFF);
    }

    private static int mix(int channel, double strength) {
        return (int) Math.round(255 + (channel - 255) * strength);
    }
}
