package dev.earshot.device.generator;

/**
 * A point in a listening space, in metres: x to the listener's right, y forward, z up. Only distances matter.
 */
public record Position(double xM, double yM, double zM) {
    /** The straight-line distance to {@code other}, in metres. */
    public double distanceM(Position other) {
        double dx = other.xM - xM;
        double dy = other.yM - yM;
        double dz = other.zM - zM;
        return StrictMath.sqrt(dx * dx + dy * dy + dz * dz);
    }
}
