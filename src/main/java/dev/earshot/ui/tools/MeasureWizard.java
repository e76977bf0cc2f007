package dev.earshot.ui.tools;

import dev.earshot.device.ProfileCategory;
import dev.earshot.measure.DuplexAudio;
import dev.earshot.measure.ExtractedResponse;
import dev.earshot.measure.JavaSoundDuplex;
import dev.earshot.measure.MeasuredProfileWriter;
import dev.earshot.measure.SweepSettings;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.GridLayout;
import java.awt.Window;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.SwingWorker;

/**
 * Tools ▸ Measure a device…: (1) the devices — a Java Sound output and input, the simulated loopback (hidden property
 * {@value SimulatedDevice#PROPERTY}) or a sweep file and its recording; (2) level check and sweep, or extraction, on a
 * worker thread with progress and Cancel; (3) the response and distortion plot; (4) name, category and Save as
 * profile into the user's library. Modeless; EDT only.
 */
public final class MeasureWizard extends JDialog {
    private static final int SAMPLE_RATE = 48_000;

    private final Path profilesDir;
    private final Path irDir;
    private final Consumer<MeasuredProfileWriter.Written> onSaved;
    private final JRadioButton live = new JRadioButton("Live: play a sweep and record it");
    private final JRadioButton simulated = new JRadioButton("Simulated loopback device");
    private final JRadioButton files = new JRadioButton("Use a recording file");
    private final JComboBox<String> outputs = new JComboBox<>(JavaSoundDuplex.deviceNames(true).toArray(new String[0]));
    private final JComboBox<String> inputs = new JComboBox<>(JavaSoundDuplex.deviceNames(false).toArray(new String[0]));
    private final JTextField sweepFile = new JTextField(26);
    private final JTextField recordingFile = new JTextField(26);
    private final JSpinner sweepSeconds = new JSpinner(new SpinnerNumberModel(3.0, 0.5, 30.0, 0.5));
    private final JSpinner levelDbfs = new JSpinner(new SpinnerNumberModel(-12.0, -40.0, -1.0, 1.0));
    private final JButton measure = new JButton("Measure");
    private final TaskProgress progress;
    private final ResponsePlot plot = new ResponsePlot();
    private final JLabel summary = new JLabel(" ");
    private final JTextField name = new JTextField(22);
    private final JComboBox<ProfileCategory> category = new JComboBox<>(ProfileCategory.values());
    private final JButton save = new JButton("Save as profile");
    private volatile boolean cancelled;
    private Measurement result;
    private Consumer<Measurement> measuredListener = m -> { };

    /**
     * @param profilesDir the user's {@code playback-profiles/} folder
     * @param irDir       the user's {@code impulse-responses/} folder
     * @param onSaved     told on the EDT after a profile was saved (e.g. to reload the device strip)
     */
    public MeasureWizard(Window owner, Path profilesDir, Path irDir, Consumer<MeasuredProfileWriter.Written> onSaved) {
        super(owner, "Measure a device", ModalityType.MODELESS);
        this.profilesDir = profilesDir;
        this.irDir = irDir;
        this.onSaved = onSaved;
        progress = new TaskProgress(() -> cancelled = true);
        JPanel content = new JPanel();
        content.setLayout(new BoxLayout(content, BoxLayout.Y_AXIS));
        content.setBorder(BorderFactory.createEmptyBorder(10, 12, 10, 12));
        content.add(section("1  Devices", devices()));
        content.add(section("2  Level check and sweep", measureRow()));
        content.add(section("3  Result", resultPanel()));
        content.add(section("4  Save", saveRow()));
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
    }

    private JComponent devices() {
        JPanel panel = new JPanel(new GridLayout(0, 1, 0, 2));
        ButtonGroup group = new ButtonGroup();
        group.add(live);
        group.add(simulated);
        group.add(files);
        boolean hasDevices = outputs.getItemCount() > 0 && inputs.getItemCount() > 0;
        live.setEnabled(hasDevices);
        outputs.setEnabled(hasDevices);
        inputs.setEnabled(hasDevices);
        JPanel liveRow = row(live, new JLabel("out"), outputs, new JLabel("in"), inputs);
        if (!hasDevices) {
            liveRow.add(new JLabel("(no Java Sound output and input on this machine)"));
        }
        panel.add(liveRow);
        if (SimulatedDevice.offered()) {
            panel.add(row(simulated, new JLabel("(a synthetic speaker: tests and demos without hardware)")));
        }
        panel.add(row(files, new JLabel("sweep"), withChooser(sweepFile, "The sweep WAV (with its .json sidecar)"),
                new JLabel("recording"), withChooser(recordingFile, "The recording of that sweep")));
        panel.add(row(new JLabel("Sweep length (s)"), sweepSeconds, new JLabel("   level (dBFS)"), levelDbfs));
        if (hasDevices) {
            live.setSelected(true);
        } else if (SimulatedDevice.offered()) {
            simulated.setSelected(true);
        } else {
            files.setSelected(true);
        }
        return panel;
    }

    private JComponent measureRow() {
        JPanel panel = new JPanel(new BorderLayout(8, 0));
        measure.addActionListener(e -> start());
        panel.add(measure, BorderLayout.WEST);
        panel.add(progress, BorderLayout.CENTER);
        return panel;
    }

    private JComponent resultPanel() {
        JPanel panel = new JPanel(new BorderLayout(0, 4));
        panel.add(plot, BorderLayout.CENTER);
        panel.add(summary, BorderLayout.SOUTH);
        return panel;
    }

    private JComponent saveRow() {
        save.setEnabled(false);
        save.addActionListener(e -> save());
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        category.setRenderer(new javax.swing.DefaultListCellRenderer() {
            @Override
            public java.awt.Component getListCellRendererComponent(javax.swing.JList<?> list, Object value, int index,
                                                                   boolean selected, boolean focus) {
                Object text = value instanceof ProfileCategory c ? c.displayName() : value;
                return super.getListCellRendererComponent(list, text, index, selected, focus);
            }
        });
        JPanel panel = row(new JLabel("Name"), name, new JLabel("Category"), category, save);
        panel.add(Box.createHorizontalStrut(24));
        panel.add(close);
        return panel;
    }

    private static JPanel section(String title, JComponent body) {
        JPanel panel = new JPanel(new BorderLayout());
        panel.setBorder(BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder(title),
                BorderFactory.createEmptyBorder(2, 6, 4, 6)));
        panel.add(body, BorderLayout.CENTER);
        return panel;
    }

    private static JPanel row(JComponent... parts) {
        JPanel panel = new JPanel(new FlowLayout(FlowLayout.LEFT, 6, 0));
        for (JComponent part : parts) {
            panel.add(part);
        }
        return panel;
    }

    private JComponent withChooser(JTextField field, String title) {
        JPanel panel = new JPanel(new BorderLayout(2, 0));
        JButton choose = new JButton("…");
        choose.setToolTipText(title);
        choose.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser();
            chooser.setDialogTitle(title);
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                field.setText(chooser.getSelectedFile().toString());
                files.setSelected(true);
            }
        });
        panel.add(field, BorderLayout.CENTER);
        panel.add(choose, BorderLayout.EAST);
        return panel;
    }

    /** Chooses the simulated device (for tests and demos; only when it is offered). */
    public void useSimulatedDevice() {
        simulated.setSelected(true);
    }

    /** Chooses the file path with these files. */
    public void useFiles(Path sweepWav, Path recording) {
        files.setSelected(true);
        sweepFile.setText(sweepWav.toString());
        recordingFile.setText(recording.toString());
    }

    public JButton measureButton() {
        return measure;
    }

    public JButton saveButton() {
        return save;
    }

    /** Sets the name and category of the profile to save. */
    public void name(String profileName, ProfileCategory profileCategory) {
        name.setText(profileName);
        category.setSelectedItem(profileCategory);
    }

    /** Told on the EDT when a measurement finished. */
    public void onMeasured(Consumer<Measurement> listener) {
        measuredListener = listener;
    }

    private void start() {
        cancelled = false;
        measure.setEnabled(false);
        save.setEnabled(false);
        boolean fromFiles = files.isSelected();
        boolean simulate = simulated.isSelected();
        String out = (String) outputs.getSelectedItem();
        String in = (String) inputs.getSelectedItem();
        Path sweep = fromFiles ? Path.of(sweepFile.getText().strip()) : null;
        Path recording = fromFiles ? Path.of(recordingFile.getText().strip()) : null;
        SweepSettings settings = SweepSettings.of(SAMPLE_RATE, 20, 20_000, (Double) sweepSeconds.getValue(),
                (Double) levelDbfs.getValue());
        progress.running("Starting…", -1);
        new SwingWorker<Measurement, String>() {
            @Override
            protected Measurement doInBackground() throws IOException {
                if (fromFiles) {
                    return Measurement.fromFiles(sweep, recording, this::publish, () -> cancelled);
                }
                try (DuplexAudio io = simulate ? SimulatedDevice.open(SAMPLE_RATE)
                        : JavaSoundDuplex.open(out, in, SAMPLE_RATE, 2, 1)) {
                    return Measurement.live(io, settings, this::publish, () -> cancelled);
                }
            }

            @Override
            protected void process(List<String> stages) {
                if (!cancelled) {
                    progress.running(stages.get(stages.size() - 1), -1);
                }
            }

            @Override
            protected void done() {
                measure.setEnabled(true);
                try {
                    measured(get());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    Throwable problem = e.getCause();
                    if (problem instanceof InterruptedIOException) {
                        progress.idle("Cancelled.");
                        return;
                    }
                    progress.idle("The measurement failed.");
                    String what = fromFiles ? sweep.getFileName() + " / " + recording.getFileName()
                            : simulate ? "the simulated device" : out + " → " + in;
                    JOptionPane.showMessageDialog(MeasureWizard.this, "Measuring with " + what + " failed:\n"
                            + (problem.getMessage() == null ? problem.toString() : problem.getMessage()),
                            "Measure a device", JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }

    private void measured(Measurement measurement) {
        result = measurement;
        ExtractedResponse first = measurement.firstPath();
        plot.show(ResponseCurve.of(first.impulse(), first.sampleRate(), 20, Math.min(20_000,
                first.sampleRate() / 2.0)), first.harmonicLevels());
        summary.setText(String.format(Locale.ROOT, "SNR %.1f dB, latency %.1f ms, THD at 1 kHz %.2f %%, %d path(s)",
                measurement.record().snrDb(), first.latencySeconds() * 1000, first.harmonics().thdPercent(1000),
                measurement.paths().stream().mapToInt(List::size).sum()));
        progress.idle("Measured: " + measurement.record().devices());
        save.setEnabled(true);
        measuredListener.accept(measurement);
    }

    private void save() {
        Measurement measurement = result;
        try {
            MeasuredProfileWriter.Written written = MeasuredProfileWriter.write(measurement.ir(), name.getText(),
                    (ProfileCategory) category.getSelectedItem(), measurement.record(), profilesDir, irDir);
            progress.idle("Saved " + written.profile().name() + " as " + written.jsonFile());
            save.setEnabled(false);
            onSaved.accept(written);
        } catch (IllegalArgumentException | IOException e) {
            JOptionPane.showMessageDialog(this, "The profile could not be saved:\n" + e.getMessage(),
                    "Measure a device", JOptionPane.ERROR_MESSAGE);
        }
    }
}
