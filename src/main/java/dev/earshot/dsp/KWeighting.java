package dev.earshot.dsp;

/**
 * The K-weighting filter of ITU-R BS.1770-4 for one channel: a high-frequency shelf ("pre-filter") followed by the
 * RLB high-pass, each a biquad designed for any sample rate by the bilinear transform of the analog prototypes whose
 * parameters reproduce the standard's 48 kHz coefficient table. Processing is in double precision (transposed direct
 * form II). One instance per channel; not thread-safe.
 */
public final class KWeighting {
    private static final double SHELF_F0_HZ = 1681.974450955533;
    private static final double SHELF_GAIN_DB = 3.999843853973347;
    private static final double SHELF_Q = 0.7071752369554196;
    private static final double SHELF_VB_EXPONENT = 0.4996667741545416;
    private static final double HIGH_PASS_F0_HZ = 38.13547087602444;
    private static final double HIGH_PASS_Q = 0.5003270373238773;

    private final double sb0;
    private final double sb1;
    private final double sb2;
    private final double sa1;
    private final double sa2;
    private final double ha1;
    private final double ha2;
    private double s1;
    private double s2;
    private double h1;
    private double h2;

    /** @param sampleRate frames per second, above 2 × 1682 Hz so that the shelf lies below Nyquist */
    public KWeighting(double sampleRate) {
        if (!(sampleRate > 2 * SHELF_F0_HZ)) {
            throw new IllegalArgumentException("K-weighting needs a sample rate above 3364 Hz, got " + sampleRate);
        }
        double k = Math.tan(Math.PI * SHELF_F0_HZ / sampleRate);
        double vh = Math.pow(10.0, SHELF_GAIN_DB / 20.0);
        double vb = Math.pow(vh, SHELF_VB_EXPONENT);
        double a0 = 1.0 + k / SHELF_Q + k * k;
        sb0 = (vh + vb * k / SHELF_Q + k * k) / a0;
        sb1 = 2.0 * (k * k - vh) / a0;
        sb2 = (vh - vb * k / SHELF_Q + k * k) / a0;
        sa1 = 2.0 * (k * k - 1.0) / a0;
        sa2 = (1.0 - k / SHELF_Q + k * k) / a0;
        double kh = Math.tan(Math.PI * HIGH_PASS_F0_HZ / sampleRate);
        double d = 1.0 + kh / HIGH_PASS_Q + kh * kh;
        ha1 = 2.0 * (kh * kh - 1.0) / d;
        ha2 = (1.0 - kh / HIGH_PASS_Q + kh * kh) / d;
    }

    /** The shelf's numerator {b0, b1, b2}; a new array each call. */
    public double[] shelfB() {
        return new double[] {sb0, sb1, sb2};
    }

    /** The shelf's denominator {1, a1, a2}; a new array each call. */
    public double[] shelfA() {
        return new double[] {1.0, sa1, sa2};
    }

    /** The high-pass numerator, always {1, −2, 1}; a new array each call. */
    public double[] highPassB() {
        return new double[] {1.0, -2.0, 1.0};
    }

    /** The high-pass denominator {1, a1, a2}; a new array each call. */
    public double[] highPassA() {
        return new double[] {1.0, ha1, ha2};
    }

    /**
     * Filters {@code input[offset..offset+frames)} and returns {@code initialSum} plus the squares of the K-weighted
     * output, added in sample order (the quantity the loudness blocks need). Because the running sum is passed in,
     * cutting a stream into different calls gives bit-identical sums. The filter state carries over to the next
     * call. The caller keeps the array.
     */
    public double sumOfSquares(float[] input, int offset, int frames, double initialSum) {
        double z1 = s1;
        double z2 = s2;
        double w1 = h1;
        double w2 = h2;
        double sum = initialSum;
        for (int i = offset, end = offset + frames; i < end; i++) {
            double x = input[i];
            double y = sb0 * x + z1;
            z1 = sb1 * x - sa1 * y + z2;
            z2 = sb2 * x - sa2 * y;
            double out = y + w1;
            w1 = -2.0 * y - ha1 * out + w2;
            w2 = y - ha2 * out;
            sum += out * out;
        }
        s1 = z1;
        s2 = z2;
        h1 = w1;
        h2 = w2;
        return sum;
    }

    /**
     * Two channels at once: as {@link #sumOfSquares} on this filter with {@code input} and on {@code other} with
     * {@code otherInput}, {@code sums[0]} and {@code sums[1]} being the running sums (read and updated). The two
     * independent recursions interleave, which runs nearly twice as fast as one after the other; the results are
     * bit-identical to the one-channel method.
     */
    public void sumOfSquaresPair(KWeighting other, float[] input, float[] otherInput, int offset, int frames,
                                 double[] sums) {
        if (other == this) {
            throw new IllegalArgumentException("a pair needs two different filters");
        }
        double az1 = s1;
        double az2 = s2;
        double aw1 = h1;
        double aw2 = h2;
        double bz1 = other.s1;
        double bz2 = other.s2;
        double bw1 = other.h1;
        double bw2 = other.h2;
        double aSum = sums[0];
        double bSum = sums[1];
        for (int i = offset, end = offset + frames; i < end; i++) {
            double ax = input[i];
            double bx = otherInput[i];
            double ay = sb0 * ax + az1;
            double by = other.sb0 * bx + bz1;
            az1 = sb1 * ax - sa1 * ay + az2;
            bz1 = other.sb1 * bx - other.sa1 * by + bz2;
            az2 = sb2 * ax - sa2 * ay;
            bz2 = other.sb2 * bx - other.sa2 * by;
            double aOut = ay + aw1;
            double bOut = by + bw1;
            aw1 = -2.0 * ay - ha1 * aOut + aw2;
            bw1 = -2.0 * by - other.ha1 * bOut + bw2;
            aw2 = ay - ha2 * aOut;
            bw2 = by - other.ha2 * bOut;
            aSum += aOut * aOut;
            bSum += bOut * bOut;
        }
        s1 = az1;
        s2 = az2;
        h1 = aw1;
        h2 = aw2;
        other.s1 = bz1;
        other.s2 = bz2;
        other.h1 = bw1;
        other.h2 = bw2;
        sums[0] = aSum;
        sums[1] = bSum;
    }

    /** Clears the filter state, as if the stream had been silent so far. */
    public void reset() {
        s1 = 0.0;
        s2 = 0.0;
        h1 = 0.0;
        h2 = 0.0;
    }
}
