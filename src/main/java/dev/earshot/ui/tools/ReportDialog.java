package dev.earshot.ui.tools;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.report.ReportBuilder;
import dev.earshot.report.ReportCancellation;
import dev.earshot.report.ReportFolder;
import dev.earshot.report.ReportFormatWriter;
import dev.earshot.report.ReportFormats;
import dev.earshot.report.ReportRequest;
import dev.earshot.report.model.ReportDocument;
import java.awt.BorderLayout;
import java.awt.Desktop;
import java.awt.FlowLayout;
import java.awt.GridBagLayout;
import java.awt.Window;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.DefaultListSelectionModel;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTextField;
import javax.swing.ListSelectionModel;

/**
 * Tools ▸ Translation report…: choose profiles, references, album tracks, title and client; the report is built and
 * written on a background thread with a progress bar and Cancel; when done the folder is shown with buttons to open
 * its index.html or the folder. Modeless; EDT only.
 */
public final class ReportDialog extends JDialog {
    private final Path master;
    private final ProfileLibrary library;
    private final JList<PlaybackProfile> profiles;
    private final PathListPanel references = new PathListPanel("Add reference tracks");
    private final PathListPanel album = new PathListPanel("Add album tracks");
    private final JTextField title = new JTextField(28);
    private final JTextField client = new JTextField(28);
    private final JTextField folder = new JTextField(34);
    private final JButton create = new JButton("Create report");
    private final JButton openIndex = new JButton("Open index.html");
    private final JButton openFolder = new JButton("Show folder");
    private final TaskProgress progress;
    private ReportCancellation cancellation;
    private Path written;
    private Consumer<Path> finishedListener = path -> { };

    /**
     * @param owner   the main window
     * @param master  the master to report on
     * @param library the profile library
     */
    public ReportDialog(Window owner, Path master, ProfileLibrary library) {
        super(owner, "Translation report", ModalityType.MODELESS);
        this.master = master;
        this.library = library;
        profiles = new JList<>(library.profiles().toArray(new PlaybackProfile[0]));
        profiles.setSelectionModel(new DefaultListSelectionModel() {
            @Override
            public void setSelectionInterval(int index0, int index1) {
                if (index0 == index1) { // a click toggles one profile, like a check box
                    if (isSelectedIndex(index0)) {
                        removeSelectionInterval(index0, index0);
                    } else {
                        addSelectionInterval(index0, index0);
                    }
                } else {
                    super.setSelectionInterval(index0, index1);
                }
            }
        });
        profiles.setSelectionMode(ListSelectionModel.MULTIPLE_INTERVAL_SELECTION);
        profiles.setCellRenderer((list, value, index, selected, focus) -> {
            JLabel label = new JLabel((selected ? "☑  " : "☐  ") + value.name() + "  ("
                    + value.category().displayName() + ")");
            label.setOpaque(selected);
            label.setBackground(list.getSelectionBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            return label;
        });
        profiles.setSelectionInterval(0, Math.max(0, library.profiles().size() - 1));
        progress = new TaskProgress(this::cancelRunning);
        folder.setText(ReportChoices.allProfiles(master, library).defaultFolder(LocalDateTime.now()).toString());
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
        list.setPreferredSize(new java.awt.Dimension(360, 170));
        JPanel selectButtons = new JPanel(new FlowLayout(FlowLayout.LEFT, 4, 0));
        JButton all = new JButton("All");
        all.addActionListener(e -> profiles.setSelectionInterval(0, profiles.getModel().getSize() - 1));
        JButton none = new JButton("None");
        none.addActionListener(e -> profiles.clearSelection());
        selectButtons.add(all);
        selectButtons.add(none);
        JPanel profilePanel = new JPanel(new BorderLayout(4, 0));
        profilePanel.add(list, BorderLayout.CENTER);
        profilePanel.add(selectButtons, BorderLayout.EAST);
        row = FormRows.add(form, row, "Profiles", profilePanel);
        row = FormRows.add(form, row, "References", references);
        row = FormRows.add(form, row, "Album tracks", album);
        row = FormRows.add(form, row, "Title", title);
        row = FormRows.add(form, row, "Client", client);
        row = FormRows.addFolder(form, row, folder, this::chooseFolder);
        FormRows.addWide(form, row, progress, 10, false);

        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton close = FormRows.closeButton(this, this::cancelRunning);
        openIndex.setEnabled(false);
        openFolder.setEnabled(false);
        openIndex.addActionListener(e -> open(indexFile(written)));
        openFolder.addActionListener(e -> open(written));
        create.addActionListener(e -> start());
        buttons.add(openIndex);
        buttons.add(openFolder);
        buttons.add(close);
        buttons.add(create);
        getRootPane().setDefaultButton(create);
        JPanel content = new JPanel(new BorderLayout());
        content.add(form, BorderLayout.CENTER);
        content.add(buttons, BorderLayout.SOUTH);
        return content;
    }

    /** The choices as shown now. */
    public ReportChoices choices() {
        Set<String> ids = FormRows.selectedIds(profiles);
        return new ReportChoices(master, ids, references.paths(), album.paths(), title.getText(), client.getText());
    }

    /** Chooses exactly the profiles with these ids (for tests and scripted use). */
    public void selectProfiles(List<String> ids) {
        FormRows.selectIds(profiles, ids);
    }

    /** Sets title, client and target folder (for tests and scripted use). */
    public void fill(String titleText, String clientText, Path target) {
        title.setText(titleText);
        client.setText(clientText);
        folder.setText(target.toString());
    }

    /** Told on the EDT with the written folder when a report has been written. */
    public void onFinished(Consumer<Path> listener) {
        finishedListener = listener;
    }

    /** The create button, to start a report. */
    public JButton createButton() {
        return create;
    }

    /** The line under the form: what runs, or where the report went. */
    public String statusText() {
        return progress.statusText();
    }

    private void chooseFolder() {
        FormRows.chooseFolder(this, folder.getText(), "Folder for the reports (a new sub-folder is created in it)")
                .ifPresent(chosen -> folder.setText(ReportFolder.defaultFolder(chosen, master,
                        LocalDateTime.now()).toString()));
    }

    /** Stops the task running, if any. */
    private void cancelRunning() {
        if (cancellation != null) {
            cancellation.cancel();
        }
    }

    private void start() {
        ReportRequest request;
        try {
            request = choices().toRequest(library, version(), Math.max(1,
                    Runtime.getRuntime().availableProcessors() - 1));
        } catch (IllegalArgumentException e) {
            JOptionPane.showMessageDialog(this, e.getMessage(), "Translation report", JOptionPane.WARNING_MESSAGE);
            return;
        }
        Path target = Path.of(folder.getText().strip());
        List<ReportFormatWriter> writers = writers();
        ReportCancellation cancel = new ReportCancellation();
        cancellation = cancel;
        create.setEnabled(false);
        openIndex.setEnabled(false);
        openFolder.setEnabled(false);
        progress.running("Analysing " + request.profiles().size() + " profiles…", 0);
        BackgroundJob.start(fractions -> {
            ReportDocument document = new ReportBuilder().build(request, fractions, cancel);
            fractions.progress(1.0);
            return ReportFolder.write(document, writers, target, cancel);
        }, cancel::isCancelled, last -> progress.running(last >= 1 ? "Writing the report folder…"
                : "Analysing " + request.profiles().size() + " profiles…", last),
                () -> {
                    cancellation = null;
                    create.setEnabled(true);
                },
                this::finished, problem -> failed(problem, target));
    }

    private void finished(Path folderWritten) {
        written = folderWritten.toAbsolutePath();
        progress.idle("Report written to " + written);
        openIndex.setEnabled(Files.isRegularFile(indexFile(written)));
        openFolder.setEnabled(true);
        folder.setText(ReportFolder.defaultFolder(written.getParent(), master, LocalDateTime.now()).toString());
        finishedListener.accept(written);
    }

    private void failed(Throwable problem, Path target) {
        if (problem instanceof InterruptedIOException) {
            progress.idle("Cancelled; nothing was written.");
            return;
        }
        progress.idle("The report failed.");
        String message = problem.getMessage() == null ? problem.toString() : problem.getMessage();
        JOptionPane.showMessageDialog(this, "The report for " + master.getFileName() + " into " + target
                + " could not be made:\n" + message, "Translation report", JOptionPane.ERROR_MESSAGE);
    }

    private static List<ReportFormatWriter> writers() {
        ReportFormats formats = ReportFormats.standard();
        return formats.select(formats.names());
    }

    /** The folder's index.html, or its first HTML file; the path may not exist (no HTML writer registered). */
    static Path indexFile(Path reportFolder) {
        for (ReportFormatWriter writer : writers()) {
            if (writer.fileName().endsWith(".html")) {
                return reportFolder.resolve(writer.fileName());
            }
        }
        return reportFolder.resolve("index.html");
    }

    private void open(Path path) {
        try {
            if (Desktop.isDesktopSupported()) {
                Desktop desktop = Desktop.getDesktop();
                if (path.toString().endsWith(".html") && desktop.isSupported(Desktop.Action.BROWSE)) {
                    desktop.browse(path.toUri());
                    return;
                }
                if (desktop.isSupported(Desktop.Action.OPEN)) {
                    desktop.open(path.toFile());
                    return;
                }
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // fall through: show the path instead
        }
        JOptionPane.showMessageDialog(this, "This system cannot open it from here; the path is:\n" + path,
                "Translation report", JOptionPane.INFORMATION_MESSAGE);
    }

    private static String version() {
        String version = ReportDialog.class.getPackage().getImplementationVersion();
        return version == null ? "0.1.0" : version;
    }
}
