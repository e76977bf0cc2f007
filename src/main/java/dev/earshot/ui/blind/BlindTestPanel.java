package dev.earshot.ui.blind;

import dev.earshot.listen.AudioTrials;
import dev.earshot.listen.Protocol;
import dev.earshot.listen.SessionLogWriter;
import dev.earshot.listen.StimulusAudio;
import dev.earshot.playback.AudioOutput;
import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.blind.StimulusPlayer;
import dev.earshot.ui.blind.BlindTestView.Phase;
import java.awt.BorderLayout;
import java.awt.FlowLayout;
import java.awt.Font;
import java.awt.GridLayout;
import java.awt.event.ActionEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.KeyStroke;
import javax.swing.SwingConstants;
import javax.swing.SwingUtilities;

/**
 * The app's blind-test panel: neutral labels only (no file names, meters, waveforms or score during the session),
 * "Trial k of n", listen buttons (A, B, X or 1, 2, 3; keys the same), answer buttons (Shift + key), a stop button,
 * and at the end the score, p-value, interval and verdict with an export of the log. All logic is in
 * {@link BlindTestModel}; this class only shows its views. Create and use it on the EDT.
 */
public final class BlindTestPanel extends JPanel {
    private final BlindTestModel model;
    private final JLabel progress = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel feedback = new JLabel(" ", SwingConstants.CENTER);
    private final JLabel status = new JLabel(" ", SwingConstants.CENTER);
    private final Map<String, JButton> listenButtons = new LinkedHashMap<>();
    private final List<JButton> answerButtons = new ArrayList<>();
    private final JButton stop = new JButton("Stop (resume later)");
    private final JPanel resultPanel = new JPanel(new GridLayout(0, 1, 4, 4));
    private final Path log;

    /**
     * A panel for a session ready to run: the session starts at once.
     *
     * @param writer         the session's log (created with its header, or resumed)
     * @param audio          the trials' player over the prepared stimuli, or null to answer without sound
     * @param trainingTrials training trials before scoring
     */
    public BlindTestPanel(SessionLogWriter writer, AudioTrials audio, int trainingTrials) {
        this(new BlindTestModel(writer, audio, trainingTrials, Clock.systemUTC()), writer.path());
        model.start();
    }

    /**
     * A panel that plays {@code playable} (from {@link StimulusAudio#playable}) into {@code output}, looped, and
     * starts the session at once. The panel owns the player and the writer and closes both when the session ends.
     *
     * @param output where the sound goes (e.g. {@code new JavaSoundOutput(null, 24, 8)}); opened here
     * @throws IOException if the output cannot be opened
     */
    public static BlindTestPanel create(SessionLogWriter writer, StimulusAudio.Playable playable, int sampleRate,
                                        AudioOutput output, int trainingTrials) throws IOException {
        Protocol protocol = writer.header().protocol();
        StimulusPlayer player = new StimulusPlayer(playable.stimuli(), sampleRate, AudioTrials.slotLabels(protocol),
                output, PlaybackEngine.DEFAULT_FADE_MS);
        try {
            player.start();
            if (playable.lengthFrames() >= 2L * PlaybackEngine.fadeFrames(sampleRate, PlaybackEngine.DEFAULT_FADE_MS)) {
                player.setLoop(0, playable.lengthFrames());
            }
        } catch (IOException | RuntimeException e) {
            player.close();
            throw e;
        }
        return new BlindTestPanel(writer, new AudioTrials(player, protocol, 0, Clock.systemUTC()), trainingTrials);
    }

    /** A panel over an existing model (not started by the panel); {@code log} is offered for export at the end. */
    public BlindTestPanel(BlindTestModel model, Path log) {
        super(new BorderLayout(8, 8));
        this.model = model;
        this.log = log;
        setBorder(BorderFactory.createEmptyBorder(16, 16, 16, 16));
        progress.setFont(progress.getFont().deriveFont(Font.BOLD, progress.getFont().getSize2D() * 1.5f));
        add(progress, BorderLayout.NORTH);
        JPanel center = new JPanel(new GridLayout(0, 1, 8, 8));
        JPanel listenRow = new JPanel(new FlowLayout(FlowLayout.CENTER, 12, 4));
        for (String label : model.view().labels()) {
            JButton button = new JButton(label);
            button.setFont(button.getFont().deriveFont(Font.BOLD, button.getFont().getSize2D() * 2f));
            button.addActionListener(e -> model.listen(label));
            button.setToolTipText("Listen to " + label + " (key " + label + ")");
            listenButtons.put(label, button);
            listenRow.add(button);
            bindKey(KeyStroke.getKeyStroke(label.charAt(0)), "listen-" + label, () -> model.listen(label));
        }
        JPanel answerRow = new JPanel(new FlowLayout(FlowLayout.CENTER, 12, 4));
        for (String answer : model.protocol().answers()) {
            JButton button = new JButton(answerText(model.protocol(), answer));
            button.addActionListener(e -> model.answer(answer));
            answerButtons.add(button);
            answerRow.add(button);
            char key = Character.toUpperCase(answer.charAt(0));
            if (model.protocol() == Protocol.SAME_DIFFERENT) {
                bindKey(KeyStroke.getKeyStroke(Character.toLowerCase(key)), "answer-" + answer,
                        () -> model.answer(answer));
            } else {
                bindKey(KeyStroke.getKeyStroke("shift " + key), "answer-" + answer, () -> model.answer(answer));
            }
        }
        if (!listenButtons.isEmpty()) {
            center.add(listenRow);
        }
        center.add(answerRow);
        center.add(feedback);
        // The trial rows share one height; the result, when it comes, sits under them at its own height.
        JPanel body = new JPanel(new BorderLayout(8, 8));
        body.add(center, BorderLayout.NORTH);
        body.add(resultPanel, BorderLayout.CENTER);
        add(body, BorderLayout.CENTER);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(status, BorderLayout.CENTER);
        bottom.add(stop, BorderLayout.EAST);
        stop.addActionListener(e -> model.stop());
        add(bottom, BorderLayout.SOUTH);
        resultPanel.setVisible(false);
        model.addListener(view -> SwingUtilities.invokeLater(() -> show(view)));
        show(model.view());
    }

    /** The wording of an answer button. */
    static String answerText(Protocol protocol, String answer) {
        return switch (protocol) {
            case ABX -> "X is " + answer + "  (Shift+" + answer + ")";
            case PREFERENCE -> "I prefer " + answer + "  (Shift+" + answer + ")";
            case TRIANGLE -> answer + " is the odd one  (Shift+" + answer + ")";
            case SAME_DIFFERENT -> answer.equals("same") ? "Same  (S)" : "Different  (D)";
        };
    }

    private void bindKey(KeyStroke stroke, String name, Runnable action) {
        getInputMap(JComponent.WHEN_IN_FOCUSED_WINDOW).put(stroke, name);
        getActionMap().put(name, new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                action.run();
            }
        });
    }

    private void show(BlindTestView view) {
        progress.setText(view.progress().isEmpty() ? " " : view.progress());
        boolean inTrial = view.phase() == Phase.TRIAL;
        for (Map.Entry<String, JButton> entry : listenButtons.entrySet()) {
            entry.getValue().setEnabled(inTrial);
            entry.getValue().setSelected(entry.getKey().equals(view.playing()));
            entry.getValue().setText(entry.getKey().equals(view.playing()) ? "▶ " + entry.getKey() : entry.getKey());
        }
        answerButtons.forEach(b -> b.setEnabled(inTrial));
        stop.setEnabled(inTrial);
        boolean finished = view.phase() == Phase.FINISHED;
        answerButtons.forEach(b -> b.setVisible(!finished));
        listenButtons.values().forEach(b -> b.setVisible(!finished));
        stop.setVisible(!finished);
        feedback.setText(view.feedback() == null ? " " : view.feedback());
        status.setText(view.message() == null ? " " : view.message());
        if (view.phase() == Phase.FINISHED && view.result() != null && !resultPanel.isVisible()) {
            resultPanel.add(new JLabel(view.result().score(), SwingConstants.CENTER));
            resultPanel.add(new JLabel(view.result().pValue(), SwingConstants.CENTER));
            resultPanel.add(new JLabel(view.result().interval(), SwingConstants.CENTER));
            if (view.result().power() != null) {
                resultPanel.add(new JLabel("<html><div style='text-align:center'>" + view.result().power()
                        + "</div></html>", SwingConstants.CENTER));
            }
            resultPanel.add(new JLabel("<html><b>" + view.result().verdict() + "</b></html>", SwingConstants.CENTER));
            JButton export = new JButton("Export the log…");
            export.addActionListener(e -> exportLog());
            JPanel row = new JPanel(new FlowLayout(FlowLayout.CENTER));
            row.add(new JLabel("Log: " + view.result().logFile()));
            row.add(export);
            resultPanel.add(row);
            resultPanel.setVisible(true);
            revalidate();
        }
    }

    private void exportLog() {
        JFileChooser chooser = new JFileChooser();
        chooser.setSelectedFile(log.getFileName().toFile());
        if (chooser.showSaveDialog(this) != JFileChooser.APPROVE_OPTION) {
            return;
        }
        Path target = chooser.getSelectedFile().toPath();
        try {
            Files.copy(log, target, StandardCopyOption.COPY_ATTRIBUTES);
        } catch (IOException e) {
            JOptionPane.showMessageDialog(this, target.getFileName() + ": cannot save a copy of the log ("
                    + e.getMessage() + ")", "Export failed", JOptionPane.ERROR_MESSAGE);
        }
    }
}
