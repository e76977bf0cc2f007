package dev.earshot.device;

/**
 * A background noise bed mixed in after the listed stages (only car road noise for now).
 *
 * @param type     the noise model; only {@link #ROAD}
 * @param speedKmh the vehicle speed the road-noise spectrum is shaped for, 0 to 250 km/h
 * @param levelDbA the noise level at the listener, 30 to 100 dB(A) SPL
 */
public record NoiseSpec(String type, double speedKmh, double levelDbA) {
    /** Road and tyre noise inside a car cabin. */
    public static final String ROAD = "road";

    /** @throws IllegalArgumentException naming the field if a value is out of range */
    public NoiseSpec {
        if (!ROAD.equals(type)) {
            throw new InvalidFieldException("type", "must be \"" + ROAD + "\" (the only noise type), got "
                    + (type == null ? "nothing" : "'" + type + "'"));
        }
        Fields.between("speedKmh", speedKmh, 0, 250);
        Fields.between("levelDbA", levelDbA, 30, 100);
    }
}
