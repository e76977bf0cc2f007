package dev.earshot.ui.tools;

import dev.earshot.device.ProfileLibrary;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionHeader;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.SigningKeys;
import dev.earshot.listen.TrialSchedule;
import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.JavaSoundOutput;
import dev.earshot.playback.blind.PacedOutput;
import dev.earshot.playback.NullOutput;
import dev.earshot.ui.blind.BlindTestPanel;
import java.awt.BorderLayout;
import java.awt.Component;
import java.awt.Container;
import java.awt.FlowLayout;
import java.awt.Window;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.swing.AbstractButton;
import javax.swing.JButton;
import javax.swing.JDialog;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.SwingWorker;

/**
 * Tools ▸ Blind test…: the set-up form ({@link BlindTestForm}); Start prepares the stimuli on a worker thread (progress
 * bar, Cancel), creates the session log and then hosts a {@link BlindTestPanel} in this dialog. Closing the dialog
 * during a session stops it (it can be resumed from the log with {@code earshot abx resume}). Modeless; EDT only.
 */
public final class BlindTestDialog extends JDialog {
    /** Hidden switch: play blind tests into a paced null output (machines without sound, demos under Xvfb). */
    public static final String NULL_AUDIO_PROPERTY = "earshot.audio.null";

    private final ProfileLibrary library;
    private final Supplier<AudioOutput> output;
    private final BlindTestForm form;
    private final TaskProgress progress;
    private final JButton start = new JButton("Start");
    private volatile boolean cancelled;
    private BlindTestPanel panel;
    private Consumer<BlindTestPanel> startedListener = p -> { };

    /**
     * @param master  the open master, or null
     * @param library the profile library
     * @param output  makes the output the stimuli play into (called on the EDT when the session starts)
     */
    public BlindTestDialog(Window owner, Path master, ProfileLibrary library, Supplier<AudioOutput> output) {
        super(owner, "Blind test", ModalityType.MODELESS);
        this.library = library;
        this.output = output;
        form = new BlindTestForm(master, library.profiles());
        progress = new TaskProgress(() -> cancelled = true);
        JPanel content = new JPanel(new BorderLayout(0, 8));
        content.add(form, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.setBorder(javax.swing.BorderFactory.createEmptyBorder(0, 12, 8, 12));
        bottom.add(progress, BorderLayout.NORTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        start.addActionListener(e -> start());
        buttons.add(close);
        buttons.add(start);
        bottom.add(buttons, BorderLayout.SOUTH);
        content.add(bottom, BorderLayout.SOUTH);
        setContentPane(content);
        getRootPane().setDefaultButton(start);
        pack();
        setLocationRelativeTo(owner);
    }

    /** The default output: the system's default device, or a paced null output under {@value #NULL_AUDIO_PROPERTY}. */
    public static Supplier<AudioOutput> defaultOutput() {
        return Boolean.getBoolean(NULL_AUDIO_PROPERTY) ? () -> new PacedOutput(new NullOutput())
                : () -> new JavaSoundOutput(null, 24, 8);
    }

    /** The set-up form. */
    public BlindTestForm form() {
        return form;
    }

    public JButton startButton() {
        return start;
    }

    /** Told on the EDT with the panel once the session runs. */
    public void onStarted(Consumer<BlindTestPanel> listener) {
        startedListener = listener;
    }

    /** The running session's panel, or null before it starts. */
    public BlindTestPanel panel() {
        return panel;
    }

    @Override
    public void dispose() {
        cancelled = true;
        if (panel != null) {
            AbstractButton stop = find(panel, "Stop (resume later)");
            if (stop != null && stop.isEnabled()) {
                stop.doClick();
            }
        }
        super.dispose();
    }

    /** The first button under {@code container} whose text is {@code text}, or null. */
    static AbstractButton find(Container container, String text) {
        for (Component child : container.getComponents()) {
            if (child instanceof AbstractButton button && text.equals(button.getText())) {
                return button;
            }
            if (child instanceof Container inner) {
                AbstractButton found = find(inner, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private void start() {
        BlindTestSetup setup;
        try {
            setup = form.setup();
            setup.validate();
        } catch (IllegalArgumentException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), "Blind test", JOptionPane.WARNING_MESSAGE);
            return;
        }
        cancelled = false;
        start.setEnabled(false);
        form.setEnabled(false);
        progress.running(setup.throughProfiles() ? "Rendering the master through " + setup.profileA() + " and "
                + setup.profileB() + ", matching levels…" : "Decoding, level-matching and aligning A and B…", -1);
        new SwingWorker<Prepared, Void>() {
            @Override
            protected Prepared doInBackground() throws IOException {
                BlindStimuli stimuli = BlindStimuli.prepare(setup, library, () -> cancelled);
                return new Prepared(stimuli, createLog(setup, stimuli));
            }

            @Override
            protected void done() {
                start.setEnabled(true);
                form.setEnabled(true);
                try {
                    Prepared prepared = get();
                    if (cancelled) {
                        prepared.writer().close();
                        progress.idle("Cancelled.");
                        return;
                    }
                    host(prepared, setup);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException | IOException e) {
                    Throwable problem = e instanceof ExecutionException ? e.getCause() : e;
                    if (problem instanceof InterruptedIOException) {
                        progress.idle("Cancelled.");
                        return;
                    }
                    progress.idle("The blind test could not start.");
                    JOptionPane.showMessageDialog(BlindTestDialog.this, "The blind test could not start:\n"
                            + message(problem), "Blind test", JOptionPane.ERROR_MESSAGE);
                }
            }
        }.execute();
    }

    private record Prepared(BlindStimuli stimuli, SessionLogWriter writer) {
    }

    private static SessionLogWriter createLog(BlindTestSetup setup, BlindStimuli stimuli) throws IOException {
        byte[] seed = TrialSchedule.newSeed(new SecureRandom());
        try {
            SessionHeader header = new SessionHeader(setup.protocol(), setup.design(), stimuli.stimuli(), 0, null,
                    TrialSchedule.commitment(seed), version(), setup.listener(), Instant.now(), null);
            KeyPair keys = null;
            if (setup.sign()) {
                keys = SigningKeys.loadOrCreate(SigningKeys.configFolder());
                header = header.withSigningKey(SigningKeys.encode(keys.getPublic()));
            }
            return SessionLogWriter.create(setup.log(), header, seed, keys);
        } finally {
            Arrays.fill(seed, (byte) 0);
        }
    }

    private void host(Prepared prepared, BlindTestSetup setup) throws IOException {
        try {
            panel = BlindTestPanel.create(prepared.writer(), prepared.stimuli().playable(),
                    prepared.stimuli().sampleRate(), output.get(), setup.training());
        } catch (IOException | RuntimeException e) {
            prepared.writer().close();
            throw new IOException("no audio output could be opened (" + message(e) + "); the session log "
                    + setup.log().getFileName() + " was created and can be resumed with 'earshot abx resume'", e);
        }
        setTitle("Blind test: " + protocolName(setup.protocol()) + " — log " + setup.log().getFileName());
        setContentPane(panel);
        pack();
        setSize(Math.max(getWidth(), 640), Math.max(getHeight(), 420));
        // The panel grows when it shows the result: follow its preferred size so nothing is clipped.
        javax.swing.Timer grow = new javax.swing.Timer(250, e -> {
            java.awt.Dimension wanted = panel.getPreferredSize();
            java.awt.Dimension shown = getContentPane().getSize();
            if (wanted.height > shown.height || wanted.width > shown.width) {
                java.awt.Insets insets = getInsets();
                setSize(Math.max(getWidth(), wanted.width + insets.left + insets.right),
                        Math.max(getHeight(), wanted.height + insets.top + insets.bottom));
                validate();
            }
        });
        grow.start();
        addWindowListener(new java.awt.event.WindowAdapter() {
            @Override
            public void windowClosed(java.awt.event.WindowEvent e) {
                grow.stop();
            }
        });
        startedListener.accept(panel);
    }

    static String protocolName(Protocol protocol) {
        return switch (protocol) {
            case ABX -> "ABX";
            case PREFERENCE -> "Preference";
            case TRIANGLE -> "Triangle";
            case SAME_DIFFERENT -> "Same/different";
        };
    }

    private static String message(Throwable problem) {
        return problem.getMessage() == null ? problem.toString() : problem.getMessage();
    }

    private static String version() {
        String version = BlindTestDialog.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
