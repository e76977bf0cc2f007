package dev.earshot.report;

/**
 * Loudness-normalisation targets of the places a master is released to (REFERENCE.md section 2). Figures the service
 * documents itself are marked {@link #confirmedBySource()}; the others are widely reported but not on the service's
 * own pages, and reports must say so.
 */
public enum ReleaseTarget {
    SPOTIFY("Spotify", -14.0, Direction.DOWN_AND_UP_TO_PEAK, -1.0, true),
    APPLE_MUSIC("Apple Music", -16.0, Direction.DOWN_AND_UP, -1.0, false),
    YOUTUBE("YouTube", -14.0, Direction.DOWN_ONLY, -1.0, false),
    TIDAL("Tidal", -14.0, Direction.DOWN_AND_UP, -1.0, false),
    AMAZON_MUSIC("Amazon Music", -14.0, Direction.DOWN_AND_UP, -2.0, false),
    DEEZER("Deezer", -15.0, Direction.DOWN_AND_UP, -1.0, false),
    EBU_R128("EBU R 128 broadcast", -23.0, Direction.DOWN_AND_UP, -1.0, true);

    /** How a service moves a track's level towards its target. */
    public enum Direction {
        /** Turns loud tracks down and quiet tracks up. */
        DOWN_AND_UP,
        /** Turns loud tracks down; turns quiet ones up only as far as the peak limit allows. */
        DOWN_AND_UP_TO_PEAK,
        /** Turns loud tracks down only. */
        DOWN_ONLY
    }

    private final String displayName;
    private final double targetLufs;
    private final Direction direction;
    private final double maxTruePeakDbtp;
    private final boolean confirmedBySource;

    ReleaseTarget(String displayName, double targetLufs, Direction direction, double maxTruePeakDbtp,
                  boolean confirmedBySource) {
        this.displayName = displayName;
        this.targetLufs = targetLufs;
        this.direction = direction;
        this.maxTruePeakDbtp = maxTruePeakDbtp;
        this.confirmedBySource = confirmedBySource;
    }

    public String displayName() {
        return displayName;
    }

    public double targetLufs() {
        return targetLufs;
    }

    public Direction direction() {
        return direction;
    }

    /** The highest true peak the service (or its widely reported advice) allows after normalisation, in dBTP. */
    public double maxTruePeakDbtp() {
        return maxTruePeakDbtp;
    }

    /** True when the figure comes from the service's own documentation. */
    public boolean confirmedBySource() {
        return confirmedBySource;
    }

    /**
     * The gain in dB this service applies to a track with the given integrated loudness and true peak: negative
     * turns it down. A quiet track is turned up only as the service's policy and, where it applies, the true-peak
     * limit allow. Returns 0 for silence (integrated loudness of minus infinity).
     */
    public double playbackGainDb(double integratedLufs, double truePeakDbtp) {
        if (!Double.isFinite(integratedLufs)) {
            return 0.0;
        }
        double gainDb = targetLufs - integratedLufs;
        if (gainDb <= 0) {
            return gainDb;
        }
        return switch (direction) {
            case DOWN_ONLY -> 0.0;
            case DOWN_AND_UP -> gainDb;
            case DOWN_AND_UP_TO_PEAK -> Math.max(0.0, Math.min(gainDb, maxTruePeakDbtp - truePeakDbtp));
        };
    }
}
