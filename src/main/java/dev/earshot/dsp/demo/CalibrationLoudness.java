package dev.earshot.dsp.demo;

/**
 * A private integrated-loudness estimate used only to calibrate the demo master's gain: ITU-R BS.1770-4 K-weighting
 * (the standard's 48 kHz coefficients), 400 ms blocks with 75 % overlap, absolute gate -70 LUFS, relative gate
 * -10 LU. It exists so this package does not depend on the {@code analysis} layer; the real meter lives there.
 */
final class CalibrationLoudness {
    static final int SAMPLE_RATE = 48_000;
    private static final int HOP_FRAMES = SAMPLE_RATE / 10;
    private static final int HOPS_PER_BLOCK = 4;
    private static final double ABSOLUTE_GATE_LUFS = -70.0;
    private static final double RELATIVE_GATE_LU = -10.0;

    private CalibrationLoudness() {
    }

    /**
     * Integrated loudness in LUFS of {@code channels[c][0..frames)} at 48 kHz, treating every channel as a front
     * channel (weight 1). Returns negative infinity for silence.
     */
    static double integratedLufs(float[][] channels) {
        int frames = channels[0].length;
        int hops = frames / HOP_FRAMES;
        double[] hopEnergy = new double[hops];
        for (float[] channel : channels) {
            KWeighting filter = new KWeighting();
            for (int h = 0; h < hops; h++) {
                double sum = 0.0;
                for (int i = h * HOP_FRAMES; i < (h + 1) * HOP_FRAMES; i++) {
                    double y = filter.process(channel[i]);
                    sum += y * y;
                }
                hopEnergy[h] += sum;
            }
        }
        int blocks = hops - HOPS_PER_BLOCK + 1;
        double[] blockPower = new double[Math.max(0, blocks)];
        for (int b = 0; b < blocks; b++) {
            double sum = 0.0;
            for (int h = b; h < b + HOPS_PER_BLOCK; h++) {
                sum += hopEnergy[h];
            }
            blockPower[b] = sum / (HOP_FRAMES * HOPS_PER_BLOCK);
        }
        double absoluteMean = gatedMean(blockPower, powerOf(ABSOLUTE_GATE_LUFS));
        if (absoluteMean == 0.0) {
            return Double.NEGATIVE_INFINITY;
        }
        double relativeGate = powerOf(lufsOf(absoluteMean) + RELATIVE_GATE_LU);
        return lufsOf(gatedMean(blockPower, Math.max(relativeGate, powerOf(ABSOLUTE_GATE_LUFS))));
    }

    private static double gatedMean(double[] blockPower, double threshold) {
        double sum = 0.0;
        int count = 0;
        for (double power : blockPower) {
            if (power > threshold) {
                sum += power;
                count++;
            }
        }
        return count == 0 ? 0.0 : sum / count;
    }

    private static double lufsOf(double power) {
        return -0.691 + 10.0 * StrictMath.log10(power);
    }

    private static double powerOf(double lufs) {
        return StrictMath.pow(10.0, (lufs + 0.691) / 10.0);
    }

    /** The two K-weighting biquads of BS.1770-4, Table 1 and 2 (48 kHz). */
    private static final class KWeighting {
        private double s1;
        private double s2;
        private double h1;
        private double h2;

        double process(double x) {
            double shelf = 1.53512485958697 * x + s1;
            s1 = -2.69169618940638 * x + 1.69065929318241 * shelf + s2;
            s2 = 1.19839281085285 * x - 0.73248077421585 * shelf;
            double out = shelf + h1;
            h1 = -2.0 * shelf + 1.99004745483398 * out + h2;
            h2 = shelf - 0.99007225036621 * out;
            return out;
        }
    }
}
