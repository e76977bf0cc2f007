package dev.earshot.device.importer;

import dev.earshot.dsp.MagnitudeCurve;
import java.util.Arrays;

/**
 * Collects the rows of a magnitude export with their line numbers, checks them as they come and builds the curve.
 * Rules: frequencies positive and strictly increasing, every value finite, at least {@link #MIN_POINTS} rows, and a
 * range that reaches from {@link #REQUIRED_LOW_HZ} or below to {@link #REQUIRED_HIGH_HZ} or above. Not thread-safe.
 */
final class CurveBuilder {
    /** Fewest rows accepted. */
    static final int MIN_POINTS = 10;
    /** The data must start at or below this frequency. */
    static final double REQUIRED_LOW_HZ = 100;
    /** The data must end at or above this frequency. */
    static final double REQUIRED_HIGH_HZ = 10_000;
    /** Curves are normalised to 0 dB here. */
    static final double REFERENCE_HZ = 1000;

    private final String fileName;
    private double[] frequenciesHz = new double[256];
    private double[] levelsDb = new double[256];
    private int count;
    private int firstLine;
    private int lastLine;

    CurveBuilder(String fileName) {
        this.fileName = fileName;
    }

    /** Adds one row; throws naming {@code line} if it breaks a rule. */
    void add(int line, double frequencyHz, double levelDb) throws ImportException {
        if (!Double.isFinite(frequencyHz)) {
            throw ImportException.atLine(fileName, line, "frequency " + frequencyHz + " is not a finite number");
        }
        if (!Double.isFinite(levelDb)) {
            throw ImportException.atLine(fileName, line, "level " + levelDb + " dB is not a finite number");
        }
        if (frequencyHz <= 0) {
            throw ImportException.atLine(fileName, line, "frequency " + Numbers.plain(frequencyHz)
                    + " Hz is not positive");
        }
        if (count > 0) {
            double previousHz = frequenciesHz[count - 1];
            if (frequencyHz == previousHz) {
                throw ImportException.atLine(fileName, line, "frequency " + Numbers.plain(frequencyHz)
                        + " Hz repeats the previous row (line " + lastLine + ")");
            }
            if (frequencyHz < previousHz) {
                throw ImportException.atLine(fileName, line, "frequency " + Numbers.plain(frequencyHz)
                        + " Hz is not above the previous " + Numbers.plain(previousHz) + " Hz (line " + lastLine
                        + "); frequencies must increase");
            }
        } else {
            firstLine = line;
        }
        if (count == frequenciesHz.length) {
            frequenciesHz = Arrays.copyOf(frequenciesHz, 2 * count);
            levelsDb = Arrays.copyOf(levelsDb, 2 * count);
        }
        frequenciesHz[count] = frequencyHz;
        levelsDb[count] = levelDb;
        count++;
        lastLine = line;
    }

    /** Number of rows added. */
    int count() {
        return count;
    }

    /**
     * The curve as read, not normalised.
     *
     * @param endLine the file's last line, named when there are no rows at all
     */
    MagnitudeCurve build(int endLine) throws ImportException {
        if (count == 0) {
            throw ImportException.atLine(fileName, Math.max(1, endLine), "no data rows (the file ends here "
                    + "without a single frequency and level)");
        }
        String lines = "lines " + firstLine + "–" + lastLine;
        if (count < MIN_POINTS) {
            throw ImportException.atLine(fileName, lastLine, "only " + count + " data rows (" + lines
                    + "); at least " + MIN_POINTS + " are needed to describe a response");
        }
        double lowHz = frequenciesHz[0];
        double highHz = frequenciesHz[count - 1];
        if (lowHz > REQUIRED_LOW_HZ) {
            throw ImportException.atLine(fileName, firstLine, "the data start at " + Numbers.hz(lowHz)
                    + "; a response must cover " + Numbers.hz(REQUIRED_LOW_HZ) + " to "
                    + Numbers.hz(REQUIRED_HIGH_HZ));
        }
        if (highHz < REQUIRED_HIGH_HZ) {
            throw ImportException.atLine(fileName, lastLine, "the data end at " + Numbers.hz(highHz)
                    + "; a response must cover " + Numbers.hz(REQUIRED_LOW_HZ) + " to "
                    + Numbers.hz(REQUIRED_HIGH_HZ));
        }
        return new MagnitudeCurve(Arrays.copyOf(frequenciesHz, count), Arrays.copyOf(levelsDb, count));
    }

    /** {@code curve} shifted so that its (interpolated) level at 1 kHz is 0 dB. */
    static MagnitudeCurve normalizedAt1kHz(MagnitudeCurve curve) {
        double referenceDb = curve.gainDbAt(REFERENCE_HZ);
        double[] gains = curve.gainsDb();
        for (int i = 0; i < gains.length; i++) {
            gains[i] -= referenceDb;
        }
        return new MagnitudeCurve(curve.frequenciesHz(), gains);
    }
}
