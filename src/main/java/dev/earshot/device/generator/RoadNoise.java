package dev.earshot.device.generator;

/**
 * The {@code noise} block of a car profile: road noise at a speed.
 *
 * @param speedKmh the driving speed, km/h
 * @param levelDbA the interior noise level at the listener, dB(A)
 */
public record RoadNoise(int speedKmh, int levelDbA) {
    public RoadNoise {
        if (speedKmh <= 0 || levelDbA < 30 || levelDbA > 100) {
            throw new IllegalArgumentException("implausible road noise: " + speedKmh + " km/h, " + levelDbA
                    + " dB(A)");
        }
    }
}
