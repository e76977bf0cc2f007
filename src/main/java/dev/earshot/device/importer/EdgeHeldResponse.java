package dev.earshot.device.importer;

import dev.earshot.dsp.MagnitudeCurve;
import dev.earshot.dsp.MagnitudeResponse;

/**
 * A measured curve extended to every frequency for minimum-phase design: outside the measured range it is held flat
 * at the mean level of the outermost {@link #EDGE_OCTAVES} of the data (a single edge point of a measurement is often
 * noisy), and across that outermost band the data fade into the held level with a raised-cosine weight in
 * log-frequency, so the extension has no step and no kink. Inside the range, away from the edge bands, the response
 * is the curve itself. Immutable.
 */
final class EdgeHeldResponse implements MagnitudeResponse {
    /** Width of the fade band at each end of the data, in octaves. */
    static final double EDGE_OCTAVES = 1.0 / 6;
    private static final int MEAN_POINTS = 16;

    private final MagnitudeCurve curve;
    private final double lowHz;
    private final double lowFadeEndHz;
    private final double highHz;
    private final double highFadeStartHz;
    private final double lowHoldDb;
    private final double highHoldDb;

    EdgeHeldResponse(MagnitudeCurve curve) {
        this.curve = curve;
        double[] frequencies = curve.frequenciesHz();
        this.lowHz = frequencies[0];
        this.highHz = frequencies[frequencies.length - 1];
        double edgeRatio = Math.min(Math.pow(2, EDGE_OCTAVES), Math.sqrt(highHz / lowHz));
        this.lowFadeEndHz = lowHz * edgeRatio;
        this.highFadeStartHz = highHz / edgeRatio;
        this.lowHoldDb = meanDb(lowHz, lowFadeEndHz);
        this.highHoldDb = meanDb(highFadeStartHz, highHz);
    }

    @Override
    public double gainDbAt(double frequencyHz) {
        if (frequencyHz <= lowHz) {
            return lowHoldDb;
        }
        if (frequencyHz >= highHz) {
            return highHoldDb;
        }
        double gainDb = curve.gainDbAt(frequencyHz);
        if (frequencyHz < lowFadeEndHz) {
            double weight = raisedCosine(Math.log(frequencyHz / lowHz) / Math.log(lowFadeEndHz / lowHz));
            return weight * gainDb + (1 - weight) * lowHoldDb;
        }
        if (frequencyHz > highFadeStartHz) {
            double weight = raisedCosine(Math.log(highHz / frequencyHz) / Math.log(highHz / highFadeStartHz));
            return weight * gainDb + (1 - weight) * highHoldDb;
        }
        return gainDb;
    }

    /** 0 at 0, 1 at 1, smooth at both ends. */
    private static double raisedCosine(double position) {
        return 0.5 - 0.5 * Math.cos(Math.PI * position);
    }

    private double meanDb(double fromHz, double toHz) {
        double sum = 0;
        for (int p = 0; p < MEAN_POINTS; p++) {
            sum += curve.gainDbAt(fromHz * Math.pow(toHz / fromHz, (p + 0.5) / MEAN_POINTS));
        }
        return sum / MEAN_POINTS;
    }
}
