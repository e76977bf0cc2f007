package dev.earshot.ui;

import dev.earshot.playback.LoudnessReading;
import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.SpectrumReading;
import javax.swing.SwingUtilities;

/**
 * Carries one running engine's meters to its {@link PlayerView} on every timer tick: levels and playhead, loudness,
 * true peak and correlation, the live spectra, and the selected device's response curve under the spectrum's
 * difference. EDT only (the engine's read methods are safe from any thread and never block it).
 */
final class LiveFeed implements AutoCloseable {
    private final PlaybackEngine engine;
    private final PlayerView view;
    private final double[] bandsHz;
    private final SpectrumReading spectrum;
    private final ResponseCurves curves;
    private long spectrumUpdates = -1;
    private int curveSource = -1;
    private double[] curve = new double[0];
    private final DeviceResponseData.DeltaAverage delta;
    private final float[] playedScratch;
    private final float[] masterScratch;
    private double deltaSeconds;

    LiveFeed(PlaybackEngine engine, PlayerView view, ResponseCurves curves) {
        this.engine = engine;
        this.view = view;
        this.curves = curves;
        this.bandsHz = engine.spectrumBandsHz();
        this.spectrum = engine.newSpectrumReading();
        this.delta = new DeviceResponseData.DeltaAverage(bandsHz.length);
        this.playedScratch = new float[bandsHz.length];
        this.masterScratch = new float[bandsHz.length];
        view.meters().setOnReset(engine::resetTruePeak);
        view.controller().addListener(this::selectionChanged);
        selectionChanged();
    }

    /** Shows the latest readings; {@code elapsedSeconds} since the previous tick. */
    void tick(double elapsedSeconds) {
        view.tick(engine.meters(), elapsedSeconds);
        LoudnessReading loudness = engine.loudness();
        view.meters().updateLoudness(loudness.momentaryLufs(), loudness.shortTermLufs(), loudness.truePeakDbtp(),
                loudness.correlation());
        engine.readSpectrum(spectrum);
        if (view.controller().playing() && view.controller().selected() == curveSource && delta.count() > 0) {
            deltaSeconds += elapsedSeconds;
        }
        if (spectrum.updateCount() != spectrumUpdates) {
            spectrumUpdates = spectrum.updateCount();
            PlayerController controller = view.controller();
            view.spectrum().update(bandsHz, spectrum.playedDb(), spectrum.masterDb(),
                    controller.label(controller.selected()));
            if (controller.playing() && controller.selected() == curveSource) {
                for (int b = 0; b < bandsHz.length; b++) {
                    playedScratch[b] = spectrum.playedDb(b);
                    masterScratch[b] = spectrum.masterDb(b);
                }
                delta.add(playedScratch, masterScratch);
            }
        }
    }

    private void selectionChanged() {
        PlayerController controller = view.controller();
        int selected = controller.selected();
        boolean profile = selected > 0 && selected < controller.strip().sourceCount();
        if (selected != curveSource) {
            curveSource = selected;
            curve = new double[0];
            delta.reset();
            deltaSeconds = 0;
            if (profile) {
                curves.request(selected, bandsHz, (source, values) -> SwingUtilities.invokeLater(() -> {
                    if (source == curveSource) {
                        curve = values;
                        showCurve();
                    }
                }));
            }
        }
        showCurve();
    }

    private void showCurve() {
        PlayerController controller = view.controller();
        int selected = controller.selected();
        double offset = selected < controller.strip().sourceCount() ? controller.gains().appliedDb(selected) : 0;
        view.spectrum().setResponse(curve, offset);
    }

    /** The source whose response and delta {@link #responseDb()} and {@link #averagedDeltaDb()} describe. */
    int responseSource() {
        return curveSource;
    }

    /** The spectrum's band centres, Hz (the caller must not modify them). */
    double[] bandsHz() {
        return bandsHz;
    }

    /** The selected profile's response per band, dB (a shared array: do not modify), or empty while computed. */
    double[] responseDb() {
        return curve;
    }

    /** Played minus master per band averaged since the selection changed, while playing, dB; empty before any. */
    double[] averagedDeltaDb() {
        return delta.meanDb();
    }

    /** How many spectrum readings {@link #averagedDeltaDb()} averages. */
    long deltaReadings() {
        return delta.count();
    }

    /** Playback time over which {@link #averagedDeltaDb()} was averaged, seconds. */
    double deltaSeconds() {
        return deltaSeconds;
    }

    @Override
    public void close() {
        curves.close();
    }
}
