package dev.earshot.dsp;

/**
 * Slow time-domain reference convolution in double precision, with the layouts written out independently of the
 * production routing: 1 IR channel per input channel; 2 = L to L, R to R; 4 = LL, LR, RL, RR. A mono input feeds
 * both sides of a stereo or true-stereo response.
 */
final class DirectConvolution {
    private DirectConvolution() {
    }

    /** Full convolution, {@code input + ir - 1} frames per output channel. */
    static double[][] convolve(float[][] input, float[][] ir) {
        float[] left = input[0];
        float[] right = input.length > 1 ? input[1] : input[0];
        return switch (ir.length) {
            case 1 -> {
                double[][] out = new double[input.length][];
                for (int c = 0; c < input.length; c++) {
                    out[c] = convolve(input[c], ir[0]);
                }
                yield out;
            }
            case 2 -> new double[][] {convolve(left, ir[0]), convolve(right, ir[1])};
            case 4 -> new double[][] {
                    add(convolve(left, ir[0]), convolve(right, ir[2])),
                    add(convolve(left, ir[1]), convolve(right, ir[3]))};
            default -> throw new IllegalArgumentException("ir channels " + ir.length);
        };
    }

    static double[] convolve(float[] x, float[] h) {
        double[] y = new double[x.length + h.length - 1];
        for (int i = 0; i < x.length; i++) {
            double xi = x[i];
            if (xi == 0) {
                continue;
            }
            for (int k = 0; k < h.length; k++) {
                y[i + k] += xi * h[k];
            }
        }
        return y;
    }

    private static double[] add(double[] a, double[] b) {
        double[] sum = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            sum[i] = a[i] + b[i];
        }
        return sum;
    }

    /** sqrt(sum (actual - expected)^2 / sum expected^2) over the first {@code actual.length} samples. */
    static double relativeRmsError(float[] actual, double[] expected) {
        double error = 0;
        double energy = 0;
        for (int i = 0; i < actual.length; i++) {
            double d = actual[i] - expected[i];
            error += d * d;
            energy += expected[i] * expected[i];
        }
        return Math.sqrt(error / energy);
    }
}
