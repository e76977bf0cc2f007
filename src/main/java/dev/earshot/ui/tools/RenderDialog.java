package dev.earshot.ui.tools;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.render.ProfileRenderer;
import dev.earshot.render.RenderOutcome;
import java.awt.BorderLayout;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;

/**
 * File ▸ Render…: writes the master as chosen profiles play it, one WAV per profile, with {@link ProfileRenderer} on
 * a background thread, a progress bar and Cancel; afterwards lists the files and any failed profile with its
 * problem. Modeless; EDT only.
 */
public final class RenderDialog extends JDialog {
    private static final String FORMAT_PCM24 = "24-bit PCM (dithered)";
    private static final String FORMAT_FLOAT = "32-bit float (keeps overs)";

    private final Path master;
    private final ProfileLibrary library;
    private final JList<PlaybackProfile> profiles;
    private final JComboBox<String> format = new JComboBox<>(new String[] {FORMAT_PCM24, FORMAT_FLOAT});
    private final JCheckBox levelMatch = new JCheckBox("Level-match every render to the master (at most -16 LUFS)");
    private final JTextField folder = new JTextField(34);
    private final JTextArea results = new JTextArea(5, 50);
    private final JButton render = new JButton("Render");
    private final TaskProgress progress;
    private ProfileRenderer.Cancellation cancellation;
    private Consumer<List<RenderOutcome>> finishedListener = outcomes -> { };

    /**
     * @param owner             the main window
     * @param master            the master to render
     * @param library           the profile library
     * @param selectedProfileId the profile chosen at first (the window's selection), or null
     */
    public RenderDialog(Window owner, Path master, ProfileLibrary library, String selectedProfileId) {
        super(owner, "Render profiles to WAV", ModalityType.MODELESS);
        this.master = master;
        this.library = library;
        profiles = new JList<>(library.profiles().toArray(new PlaybackProfile[0]));
        profiles.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        profiles.setVisibleRowCount(8);
        profiles.setCellRenderer((list, value, index, selected, focus) -> {
            JLabel label = new JLabel(value.name() + "  (" + value.category().displayName() + ")");
            label.setOpaque(selected);
            label.setBackground(list.getSelectionBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            label.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
            return label;
        });
        RenderChoices start = RenderChoices.startingWith(master, selectedProfileId);
        selectProfiles(List.copyOf(start.profileIds()));
        levelMatch.setSelected(start.levelMatch());
        folder.setText(start.folder().toString());
        results.setEditable(false);
        progress = new TaskProgress(this::cancelRunning);
        setContentPane(content());
        pack();
        setLocationRelativeTo(owner);
    }

    private JComponent content() {
        JPanel form = new JPanel(new GridBagLayout());
        form.setBorder(BorderFactory.createEmptyBorder(12, 12, 6, 12));
        int row = 0;
        row = FormRows.add(form, row, "Master", new JLabel(master.getFileName().toString()));
        JScrollPane list = new JScrollPane(profiles);
        list.setPreferredSize(new Dimension(380, 150));
        list.setMinimumSize(new Dimension(240, 110));
        row = FormRows.add(form, row, "Profiles", list);
        row = FormRows.add(form, row, "Format", format);
        row = FormRows.add(form, row, "Level", levelMatch);
        row = FormRows.addFolder(form, row, folder, this::chooseFolder);
        row = FormRows.addWide(form, row, progress, 10, false);
        FormRows.addWide(form, row, new JScrollPane(results), 0, true);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton close = FormRows.closeButton(this, this::cancelRunning);
        render.addActionListener(e -> start());
        buttons.add(close);
        buttons.add(render);
        getRootPane().setDefaultButton(render);
        JPanel content = new JPanel(new BorderLayout());
        content.add(form, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        return content;
    }

    /** The choices as shown now. */
    public RenderChoices choices() {
        Set<String> ids = FormRows.selectedIds(profiles);
        String text = folder.getText().strip();
        return new RenderChoices(master, ids, format.getSelectedIndex() == 1 ? WavSampleFormat.FLOAT32
                : WavSampleFormat.PCM24, levelMatch.isSelected(), text.isEmpty() ? null : Path.of(text));
    }

    /** Chooses exactly the profiles with these ids (for tests and scripted use). */
    public void selectProfiles(List<String> ids) {
        FormRows.selectIds(profiles, ids);
        if (!profiles.isSelectionEmpty()) {
            profiles.ensureIndexIsVisible(profiles.getMinSelectionIndex());
        }
    }

    /** Sets the target folder (for tests and scripted use). */
    public void setFolder(Path target) {
        folder.setText(target.toString());
    }

    /** Told on the EDT with every outcome when a render run has finished (not when it was cancelled or failed). */
    public void onFinished(Consumer<List<RenderOutcome>> listener) {
        finishedListener = listener;
    }

    /** The Render button. */
    public JButton renderButton() {
        return render;
    }

    /** The results shown under the progress bar. */
    public String resultsText() {
        return results.getText();
    }

    private void chooseFolder() {
        FormRows.chooseFolder(this, folder.getText(), "Folder for the rendered WAV files")
                .ifPresent(chosen -> folder.setText(chosen.toString()));
    }

    /** Stops the task running, if any. */
    private void cancelRunning() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    private void start() {
        RenderChoices chosen = choices();
        List<ProfileRenderer.Job> jobs;
        try {
            jobs = chosen.jobs(library);
        } catch (IllegalArgumentException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), "Render", JOptionPane.WARNING_MESSAGE);
            return;
        }
        ProfileRenderer.Settings settings = chosen.settings(Math.max(1,
                Runtime.getRuntime().availableProcessors() - 1));
        ProfileRenderer.Cancellation cancel = new ProfileRenderer.Cancellation();
        cancellation = cancel;
        render.setEnabled(false);
        results.setText("");
        String what = "Rendering " + jobs.size() + (jobs.size() == 1 ? " profile…" : " profiles…");
        progress.running(what, 0);
        BackgroundJob.start(
                fractions -> ProfileRenderer.renderAll(master, jobs, chosen.folder(), settings, fractions, cancel),
                cancel::isCancelled, fraction -> progress.running(what, fraction),
                () -> {
                    cancellation = null;
                    render.setEnabled(true);
                },
                result -> finished(result, cancel.isCancelled(), chosen.folder()),
                problem -> failed(problem, chosen.folder()));
    }

    private void finished(ProfileRenderer.Result result, boolean cancelled, Path target) {
        results.setText(String.join("\n", RenderSummary.lines(result, target)));
        results.setCaretPosition(0);
        long failures = result.outcomes().stream().filter(o -> !o.succeeded()).count();
        if (cancelled) {
            progress.idle("Cancelled; unfinished renders were removed.");
            return;
        }
        progress.idle(failures == 0 ? String.format(Locale.ROOT, "%d file(s) written to %s",
                result.outcomes().size(), target.toAbsolutePath()) : failures + " render(s) failed; see below.");
        finishedListener.accept(result.outcomes());
    }

    private void failed(Throwable problem, Path target) {
        progress.idle("The render failed.");
        String message = problem.getMessage() == null ? problem.toString() : problem.getMessage();
        JOptionPane.showMessageDialog(this, "Rendering " + master.getFileName() + " into " + target
                + " failed:\n" + message, "Render", JOptionPane.ERROR_MESSAGE);
    }
}
