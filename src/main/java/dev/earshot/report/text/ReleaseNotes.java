package dev.earshot.report.text;

import dev.earshot.report.ReleaseTarget;

/** Facts about release platforms a writer adds next to the preview's figures. */
public final class ReleaseNotes {

    private ReleaseNotes() {
    }

    /**
     * Whether the platform's target is only widely reported rather than documented by the service itself; false for
     * platforms this build does not know.
     */
    public static boolean reportedOnly(String platformName) {
        for (ReleaseTarget target : ReleaseTarget.values()) {
            if (target.displayName().equals(platformName)) {
                return !target.confirmedBySource();
            }
        }
        return false;
    }

    /** The target in LUFS, followed by " (reported)" when the service does not document it itself. */
    public static String target(String platformName, double targetLufs) {
        return Figures.number(targetLufs) + (reportedOnly(platformName) ? " (reported)" : "");
    }
}
