package dev.earshot.ui;

/**
 * Display ballistics for one level bar, fed once per UI tick: the bar rises at once and falls at
 * {@link #FALL_DB_PER_SECOND}; the peak marker holds for {@link #HOLD_SECONDS} and then falls likewise. Levels in
 * dBFS, floored at {@link #FLOOR_DB}. Not thread-safe (EDT).
 */
public final class MeterBallistics {
    public static final double FLOOR_DB = -60.0;
    public static final double FALL_DB_PER_SECOND = 24.0;
    public static final double HOLD_SECONDS = 1.5;

    private double levelDb = FLOOR_DB;
    private double peakDb = FLOOR_DB;
    private double peakAgeSeconds;
    private double maxPeakDb = FLOOR_DB;

    /** dBFS of a linear amplitude, {@link #FLOOR_DB} for silence. */
    public static double toDb(double linear) {
        return linear <= 0 ? FLOOR_DB : Math.max(FLOOR_DB, 20 * Math.log10(linear));
    }

    /**
     * @param rmsLinear     the latest RMS, full scale 1.0
     * @param peakLinear    the latest peak, full scale 1.0
     * @param elapsedSeconds since the previous update, 0 or more
     */
    public void update(double rmsLinear, double peakLinear, double elapsedSeconds) {
        double rms = toDb(rmsLinear);
        double peak = toDb(peakLinear);
        levelDb = Math.max(rms, levelDb - FALL_DB_PER_SECOND * elapsedSeconds);
        peakAgeSeconds += elapsedSeconds;
        if (peak >= peakDb) {
            peakDb = peak;
            peakAgeSeconds = 0;
        } else if (peakAgeSeconds > HOLD_SECONDS) {
            peakDb = Math.max(peak, peakDb - FALL_DB_PER_SECOND * elapsedSeconds);
        }
        maxPeakDb = Math.max(maxPeakDb, peak);
    }

    /** Bar level, dBFS. */
    public double levelDb() {
        return levelDb;
    }

    /** Held peak marker, dBFS. */
    public double peakDb() {
        return peakDb;
    }

    /** Highest peak since {@link #resetMax()}, dBFS. */
    public double maxPeakDb() {
        return maxPeakDb;
    }

    public void resetMax() {
        maxPeakDb = FLOOR_DB;
    }
}
