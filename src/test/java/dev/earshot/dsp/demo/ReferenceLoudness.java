package dev.earshot.dsp.demo;

/**
 * Test-side integrated loudness, written independently of the generator's calibration helper and as directly as
 * possible from ITU-R BS.1770-4: K-weight each channel (direct form I with the standard's 48 kHz coefficients),
 * compute the mean square of every 400 ms block starting every 100 ms, gate at -70 LUFS and then at the ungated
 * mean minus 10 LU.
 */
final class ReferenceLoudness {
    private static final double[] SHELF_B = {1.53512485958697, -2.69169618940638, 1.19839281085285};
    private static final double[] SHELF_A = {1.0, -1.69065929318241, 0.73248077421585};
    private static final double[] HIGH_PASS_B = {1.0, -2.0, 1.0};
    private static final double[] HIGH_PASS_A = {1.0, -1.99004745483398, 0.99007225036621};

    private ReferenceLoudness() {
    }

    static double integratedLufs(float[][] channels, int sampleRate) {
        double[][] weighted = new double[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            weighted[c] = filter(HIGH_PASS_B, HIGH_PASS_A, filter(SHELF_B, SHELF_A, toDouble(channels[c])));
        }
        int block = sampleRate * 4 / 10;
        int hop = sampleRate / 10;
        int frames = channels[0].length;
        int count = (frames - block) / hop + 1;
        double[] loudness = new double[count];
        for (int j = 0; j < count; j++) {
            double sum = 0;
            for (double[] channel : weighted) {
                double meanSquare = 0;
                for (int i = j * hop; i < j * hop + block; i++) {
                    meanSquare += channel[i] * channel[i];
                }
                sum += meanSquare / block;
            }
            loudness[j] = -0.691 + 10 * Math.log10(sum);
        }
        double absoluteGated = gatedLoudness(loudness, -70.0);
        return gatedLoudness(loudness, absoluteGated - 10.0);
    }

    /** Loudness of the mean power of the blocks louder than {@code gateLufs}. */
    private static double gatedLoudness(double[] blockLoudness, double gateLufs) {
        double power = 0;
        int n = 0;
        for (double l : blockLoudness) {
            if (l > gateLufs) {
                power += Math.pow(10, (l + 0.691) / 10);
                n++;
            }
        }
        return -0.691 + 10 * Math.log10(power / n);
    }

    private static double[] toDouble(float[] x) {
        double[] y = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = x[i];
        }
        return y;
    }

    private static double[] filter(double[] b, double[] a, double[] x) {
        double[] y = new double[x.length];
        for (int n = 0; n < x.length; n++) {
            double acc = b[0] * x[n];
            if (n >= 1) {
                acc += b[1] * x[n - 1] - a[1] * y[n - 1];
            }
            if (n >= 2) {
                acc += b[2] * x[n - 2] - a[2] * y[n - 2];
            }
            y[n] = acc;
        }
        return y;
    }
}
