package dev.earshot.audio;

/** The 80-bit IEEE 754 extended-precision number AIFF uses for its sample rate. */
final class ExtendedFloat {
    private static final int EXPONENT_BIAS = 16383;
    private static final int MAX_EXPONENT = 0x7FFF;

    private ExtendedFloat() {
    }

    /**
     * Decodes the big-endian 10-byte value at {@code b[offset..offset+10)}: sign bit, 15-bit exponent, 64-bit
     * mantissa with an explicit integer bit. Infinities and NaNs decode as such; the lowest 11 mantissa bits are
     * dropped (a double keeps 53), which is exact for every integer sample rate.
     */
    static double decode(byte[] b, int offset) {
        int signAndExponent = (b[offset] & 0xFF) << 8 | (b[offset + 1] & 0xFF);
        boolean negative = (signAndExponent & 0x8000) != 0;
        int exponent = signAndExponent & MAX_EXPONENT;
        long mantissa = Bytes.s64be(b, offset + 2);
        double magnitude;
        if (exponent == MAX_EXPONENT) {
            magnitude = (mantissa << 1) == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        } else {
            magnitude = Math.scalb((double) (mantissa >>> 11), exponent - EXPONENT_BIAS - 52);
        }
        return negative ? -magnitude : magnitude;
    }
}
