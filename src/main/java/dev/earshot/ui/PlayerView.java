package dev.earshot.ui;

import dev.earshot.playback.MeterReading;
import java.awt.BorderLayout;
import javax.swing.BorderFactory;
import javax.swing.JPanel;
import javax.swing.JSeparator;
import javax.swing.UIManager;

/**
 * Everything the window shows for one master: transport, waveform, device strip and meters, all bound to one
 * {@link PlayerController}. Fed by the window's timer through {@link #tick}. EDT only.
 */
public final class PlayerView extends JPanel {
    private final PlayerController controller;
    private final TransportBar transport;
    private final WaveformPanel waveform;
    private final DeviceStripPanel strip;
    private final MeterPanel meters;
    private final SpectrumPanel spectrum;
    private final ReferencePanel references;

    public PlayerView(PlayerController controller, WaveformSummary summary, Theme theme) {
        super(new BorderLayout());
        this.controller = controller;
        transport = new TransportBar(controller);
        waveform = new WaveformPanel(theme);
        waveform.show(summary, controller);
        strip = new DeviceStripPanel(controller);
        meters = new MeterPanel(theme);
        spectrum = new SpectrumPanel(theme);
        references = new ReferencePanel(controller);
        controller.addListener(waveform::repaint);

        JPanel centre = new JPanel(new BorderLayout());
        JPanel waveBox = new JPanel(new BorderLayout());
        waveBox.setBorder(BorderFactory.createEmptyBorder(0, 10, 6, 6));
        waveBox.add(waveform, BorderLayout.CENTER);
        JPanel spectrumBox = new JPanel(new BorderLayout());
        spectrumBox.setBorder(BorderFactory.createEmptyBorder(8, 0, 0, 0));
        spectrumBox.add(spectrum);
        waveBox.add(spectrumBox, BorderLayout.SOUTH);
        centre.add(waveBox, BorderLayout.CENTER);
        JPanel lower = new JPanel(new BorderLayout());
        lower.add(new JSeparator(), BorderLayout.NORTH);
        lower.add(strip, BorderLayout.CENTER);
        centre.add(lower, BorderLayout.SOUTH);

        JPanel meterBox = new JPanel(new BorderLayout());
        meterBox.setBorder(BorderFactory.createCompoundBorder(
                BorderFactory.createMatteBorder(0, 1, 0, 0, UIManager.getColor("Separator.foreground")),
                BorderFactory.createEmptyBorder(0, 6, 6, 10)));
        meterBox.add(meters, BorderLayout.CENTER);
        JPanel controls = new JPanel(new BorderLayout());
        controls.add(transport.levelControls(), BorderLayout.NORTH);
        controls.add(references, BorderLayout.SOUTH);
        meterBox.add(controls, BorderLayout.SOUTH);

        add(transport, BorderLayout.NORTH);
        add(centre, BorderLayout.CENTER);
        add(meterBox, BorderLayout.EAST);
    }

    public PlayerController controller() {
        return controller;
    }

    /** The device strip, for tests. */
    DeviceStripPanel strip() {
        return strip;
    }

    /** The spectrum view, fed by the window when the engine publishes spectra. */
    SpectrumPanel spectrum() {
        return spectrum;
    }

    /** The reference and album-track controls. */
    public ReferencePanel references() {
        return references;
    }

    /** The meters, fed by the window. */
    MeterPanel meters() {
        return meters;
    }

    public void setTheme(Theme theme) {
        spectrum.setTheme(theme);
        waveform.setTheme(theme);
        meters.setTheme(theme);
    }

    /** Shows the engine's latest reading; {@code elapsedSeconds} since the previous tick. */
    public void tick(MeterReading reading, double elapsedSeconds) {
        long frame = Math.min(controller.lengthFrames(), reading.playheadFrame());
        waveform.setPlayheadFrame(frame);
        transport.setPlayheadFrame(frame);
        meters.update(reading, elapsedSeconds);
        references.tick();
        controller.stopIfFinished(reading.playheadFrame());
    }
}
