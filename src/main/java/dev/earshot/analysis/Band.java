package dev.earshot.analysis;

/** The frequency bands findings talk about (REFERENCE.md section 6), each [lowHz, highHz). */
public enum Band {
    SUB(20, 60),
    BASS(60, 250),
    LOW_MID(250, 2000),
    PRESENCE(2000, 6000),
    AIR(6000, 20000);

    private final double lowHz;
    private final double highHz;

    Band(double lowHz, double highHz) {
        this.lowHz = lowHz;
        this.highHz = highHz;
    }

    /** Lower edge in Hz (inclusive). */
    public double lowHz() {
        return lowHz;
    }

    /** Upper edge in Hz (exclusive). */
    public double highHz() {
        return highHz;
    }
}
