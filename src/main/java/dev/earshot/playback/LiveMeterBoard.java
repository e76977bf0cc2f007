package dev.earshot.playback;

import dev.earshot.analysis.FrequencyBand;
import dev.earshot.analysis.TruePeakMeter;
import java.lang.invoke.VarHandle;
import java.util.List;

/**
 * The loudness, true-peak, correlation and spectrum meters of the played output (and the master's spectrum),
 * computed on the audio thread and handed to readers through a sequence lock, as {@link MeterBoard} does: the writer
 * makes the sequence odd, writes the fields and the preallocated spectrum arrays, and makes it even again; a reader
 * retries until it has read everything between two equal, even sequence values. The writer never waits and
 * allocates nothing; a reader allocates its {@link LoudnessReading} and nothing for a {@link SpectrumReading}.
 */
final class LiveMeterBoard {
    /** Fractional-octave resolution of the live spectrum. */
    static final int BANDS_PER_OCTAVE = 6;

    private final LoudnessWindows loudness;
    private final TruePeakMeter truePeak;
    private final LiveSpectrum playedSpectrum;
    private final LiveSpectrum masterSpectrum;
    private final double[] bandCentresHz;
    private final float[][] silence;
    /** The master scaled by the output gain, so that its spectrum compares with the played one. */
    private final float[][] scaledMaster;

    private volatile long sequence;
    private double momentaryLufs = Double.NEGATIVE_INFINITY;
    private double shortTermLufs = Double.NEGATIVE_INFINITY;
    private double truePeakLeft;
    private double truePeakRight;
    private double correlation;
    private long blockCount;
    private final float[] playedDb;
    private final float[] masterDb;
    private long spectrumUpdates;

    /** @param blockFrames the largest block {@link #measure} will be given */
    LiveMeterBoard(int sampleRate, int blockFrames) {
        List<FrequencyBand> bands = FrequencyBand.fractionalOctaves(BANDS_PER_OCTAVE, sampleRate / 2.0);
        loudness = new LoudnessWindows(sampleRate);
        truePeak = new TruePeakMeter(sampleRate, 2);
        playedSpectrum = new LiveSpectrum(sampleRate, bands);
        masterSpectrum = new LiveSpectrum(sampleRate, bands);
        bandCentresHz = bands.stream().mapToDouble(FrequencyBand::centreHz).toArray();
        silence = new float[2][blockFrames];
        scaledMaster = new float[2][blockFrames];
        playedDb = playedSpectrum.levelsDb().clone();
        masterDb = masterSpectrum.levelsDb().clone();
    }

    /** Centre frequencies of the spectrum's bands, Hz, ascending; a new array. */
    double[] bandCentresHz() {
        return bandCentresHz.clone();
    }

    /**
     * Measures a block and publishes the meters; audio thread only.
     *
     * @param played what is being written to the output, two rows
     * @param master the master at the same moment, two rows, or null when nothing was processed (paused): silence
     */
    void measure(float[][] played, float[][] master, int frames) {
        measure(played, master, frames, 1f);
    }

    /**
     * As {@link #measure(float[][], float[][], int)}, with {@code outputGain} (linear) applied to the played block
     * after mixing: the master's spectrum is scaled by it too, so the difference still shows tone only.
     */
    void measure(float[][] played, float[][] master, int frames, float outputGain) {
        loudness.add(played, frames);
        truePeak.add(played, frames);
        boolean updated = playedSpectrum.add(played, frames);
        float[][] reference = master == null ? silence : master;
        if (master != null && outputGain != 1f) {
            for (int c = 0; c < 2; c++) {
                for (int i = 0; i < frames; i++) {
                    scaledMaster[c][i] = master[c][i] * outputGain;
                }
            }
            reference = scaledMaster;
        }
        updated |= masterSpectrum.add(reference, frames);
        long s = sequence;
        sequence = s + 1;
        VarHandle.storeStoreFence();
        momentaryLufs = loudness.momentaryLufs();
        shortTermLufs = loudness.shortTermLufs();
        truePeakLeft = truePeak.runningTruePeak(0);
        truePeakRight = truePeak.runningTruePeak(1);
        correlation = loudness.correlation();
        blockCount++;
        if (updated) {
            System.arraycopy(playedSpectrum.levelsDb(), 0, playedDb, 0, playedDb.length);
            System.arraycopy(masterSpectrum.levelsDb(), 0, masterDb, 0, masterDb.length);
            spectrumUpdates = playedSpectrum.updates();
        }
        sequence = s + 2;
    }

    /** Clears the held true peaks; audio thread only. */
    void resetTruePeak() {
        truePeak.reset();
    }

    /** Any thread; spins only while the audio thread is in the middle of a publish. */
    LoudnessReading readLoudness() {
        while (true) {
            long before = sequence;
            if ((before & 1) == 0) {
                double m = momentaryLufs;
                double st = shortTermLufs;
                double tl = truePeakLeft;
                double tr = truePeakRight;
                double corr = correlation;
                long blocks = blockCount;
                VarHandle.loadLoadFence();
                if (sequence == before) {
                    return new LoudnessReading(m, st, decibels(tl), decibels(tr), corr, blocks);
                }
            }
            Thread.onSpinWait();
        }
    }

    /** Copies the spectra into {@code into}; any thread, allocates nothing. */
    void readSpectrum(SpectrumReading into) {
        if (into.bands() != playedDb.length) {
            throw new IllegalArgumentException("the reading holds " + into.bands() + " bands, the engine has "
                    + playedDb.length);
        }
        while (true) {
            long before = sequence;
            if ((before & 1) == 0) {
                into.fill(playedDb, masterDb, spectrumUpdates);
                VarHandle.loadLoadFence();
                if (sequence == before) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
    }

    private static double decibels(double linear) {
        return linear > 0 ? 20.0 * Math.log10(linear) : Double.NEGATIVE_INFINITY;
    }
}
