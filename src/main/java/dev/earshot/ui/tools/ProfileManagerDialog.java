package dev.earshot.ui.tools;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileException;
import dev.earshot.device.importer.ImportResult;
import dev.earshot.device.importer.ProfileImporter;
import java.awt.BorderLayout;
import java.awt.Color;
import java.awt.Component;
import java.awt.Dimension;
import java.awt.FlowLayout;
import java.awt.Window;
import java.awt.event.ActionEvent;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import javax.swing.AbstractAction;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JScrollPane;
import javax.swing.JTable;
import javax.swing.JTextArea;
import javax.swing.KeyStroke;
import javax.swing.SwingWorker;
import javax.swing.table.DefaultTableCellRenderer;

/**
 * Tools ▸ Profiles…: every profile file with its status (OK or the validation problem), Validate all, Delete… for
 * imported and measured profiles ({@link ProfileDeletion}, after a confirmation naming the files; also the Delete key),
 * Edit… for their name, category, description and listening level ({@link ProfileEdit}), and an import form using
 * {@link ProfileImporter}; an import's error message is shown in the dialog. Checking, importing, editing and deleting
 * run on background threads. Modeless; EDT only.
 */
public final class ProfileManagerDialog extends JDialog {
    private static final Color PROBLEM = new Color(0xE0, 0x6C, 0x5C);
    private final Path profilesDir;
    private final Path irDir;
    private final Runnable onLibraryChanged;
    private final ProfileTableModel model = new ProfileTableModel();
    private final JTable table = new JTable(model);
    private final JButton validate = new JButton("Validate all");
    private final JButton delete = new JButton("Delete…");
    private final JButton edit = new JButton("Edit…");
    private final JLabel status = new JLabel(" ");
    private final JTextArea detail = new JTextArea("Select a profile to read its full status.", 2, 80);
    private final ProfileImportForm importForm;
    private Consumer<List<ProfileRow>> rowsListener = rows -> { };

    /**
     * @param owner            the main window
     * @param profilesDir      the profile folder the window loads
     * @param irDir            its impulse-response folder
     * @param onLibraryChanged told on the EDT after a profile was imported or deleted (the window reloads its strip)
     */
    public ProfileManagerDialog(Window owner, Path profilesDir, Path irDir, Runnable onLibraryChanged) {
        super(owner, "Playback profiles", ModalityType.MODELESS);
        this.profilesDir = profilesDir;
        this.irDir = irDir;
        this.onLibraryChanged = onLibraryChanged;
        importForm = new ProfileImportForm(this::runImport);
        table.setAutoCreateRowSorter(true);
        table.setFillsViewportHeight(true);
        int[] widths = {150, 180, 95, 90, 105, 170, 290};
        for (int i = 0; i < widths.length; i++) {
            table.getColumnModel().getColumn(i).setPreferredWidth(widths[i]);
        }
        table.getSelectionModel().addListSelectionListener(e -> showDetail());
        detail.setEditable(false);
        detail.setLineWrap(true);
        detail.setWrapStyleWord(true);
        detail.setOpaque(false);
        table.getColumnModel().getColumn(ProfileTableModel.STATUS_COLUMN).setCellRenderer(new StatusRenderer());
        validate.addActionListener(e -> reload());
        delete.setEnabled(false);
        edit.setEnabled(false);
        edit.setToolTipText("Rename the selected imported or measured profile, or change its category, description "
                + "or listening level");
        edit.addActionListener(e -> promptEdit());
        delete.setToolTipText("Delete the selected imported or measured profile and its impulse response");
        delete.addActionListener(e -> deleteSelected(true));
        table.getInputMap(JComponent.WHEN_FOCUSED).put(KeyStroke.getKeyStroke(KeyEvent.VK_DELETE, 0), "delete");
        table.getActionMap().put("delete", new AbstractAction() {
            @Override
            public void actionPerformed(ActionEvent e) {
                deleteSelected(true);
            }
        });
        JScrollPane scroll = new JScrollPane(table);
        scroll.setPreferredSize(new Dimension(1100, 280));
        JPanel top = new JPanel(new BorderLayout(8, 6));
        top.setBorder(BorderFactory.createEmptyBorder(10, 10, 4, 10));
        JPanel toolbar = new JPanel(new FlowLayout(FlowLayout.LEFT, 0, 0));
        toolbar.add(validate);
        toolbar.add(Box.createHorizontalStrut(8));
        toolbar.add(edit);
        toolbar.add(Box.createHorizontalStrut(8));
        toolbar.add(delete);
        top.add(toolbar, BorderLayout.NORTH);
        top.add(scroll, BorderLayout.CENTER);
        JPanel under = new JPanel(new BorderLayout(0, 4));
        under.add(status, BorderLayout.NORTH);
        under.add(detail, BorderLayout.CENTER);
        top.add(under, BorderLayout.SOUTH);
        JPanel buttons = new JPanel(new FlowLayout(FlowLayout.RIGHT));
        JButton close = new JButton("Close");
        close.addActionListener(e -> dispose());
        buttons.add(close);
        JPanel bottom = new JPanel(new BorderLayout());
        bottom.add(importForm, BorderLayout.CENTER);
        bottom.add(buttons, BorderLayout.SOUTH);
        JPanel content = new JPanel(new BorderLayout());
        content.add(top, BorderLayout.CENTER);
        content.add(bottom, BorderLayout.SOUTH);
        setContentPane(content);
        pack();
        setLocationRelativeTo(owner);
        reload();
    }

    /** Sets where the file choosers open and who remembers the folder last used (the window's preferences). */
    public void useFolders(Path startFolder, Consumer<Path> rememberFolder) {
        importForm.useFolders(startFolder, rememberFolder);
    }

    /** Told on the EDT with the rows each time the profiles have been checked. */
    public void onRowsLoaded(Consumer<List<ProfileRow>> listener) {
        rowsListener = listener;
    }

    /** The import form, for tests and scripted use. */
    public ProfileImportForm importForm() {
        return importForm;
    }

    /** The rows shown now. */
    public List<ProfileRow> rows() {
        return model.rows();
    }

    /** Selects a row as shown (for tests and scripted use). */
    public void selectRow(int viewRow) {
        table.setRowSelectionInterval(viewRow, viewRow);
    }

    /** The line under the table. */
    public String statusText() {
        return status.getText();
    }

    /** Checks every profile again on a background thread and refreshes the table. */
    public void reload() {
        validate.setEnabled(false);
        setStatus("Checking the profiles in " + profilesDir + "…", false);
        new SwingWorker<List<ProfileRow>, Void>() {
            @Override
            protected List<ProfileRow> doInBackground() {
                return ProfileRow.scan(profilesDir, irDir);
            }

            @Override
            protected void done() {
                validate.setEnabled(true);
                try {
                    List<ProfileRow> rows = get();
                    model.setRows(rows);
                    long bad = rows.stream().filter(r -> !r.ok()).count();
                    setStatus(rows.size() + " profile file(s) in " + profilesDir + (bad == 0 ? ", all OK"
                            : ", " + bad + " with problems (select one to read why)"), bad > 0);
                    rowsListener.accept(rows);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    setStatus("Checking failed: " + e.getCause().getMessage(), true);
                }
            }
        }.execute();
    }

    private void runImport(ProfileImportForm.Request request) {
        importForm.setBusy(true);
        runTask("Importing " + request.source().getFileName() + "…", () -> {
            ImportResult result = new ProfileImporter(Clock.systemDefaultZone()).importFile(request.source(),
                    request.name(), request.category(), request.targetCsv(), profilesDir, irDir);
            return "Imported: " + result.summary();
        }, new Failure("Import", "Importing " + request.source(), "Import a profile"), succeeded -> {
            importForm.setBusy(false);
            if (succeeded) {
                importForm.clear();
            }
        });
    }

    /** How a task's failure is reported: the status prefix, the action named in the message box, its title. */
    private record Failure(String statusPrefix, String action, String title) {
    }

    /**
     * Runs {@code work} on a background thread with {@code busy} as the status; on success shows the text it returns
     * and tells the window the library changed; on failure reports it (and leaves the report under the table). Then
     * tells {@code after} on the EDT whether it succeeded, and after a success checks the profiles again.
     */
    private void runTask(String busy, Callable<String> work, Failure failure, Consumer<Boolean> after) {
        setStatus(busy, false);
        new SwingWorker<String, Void>() {
            @Override
            protected String doInBackground() throws Exception {
                return work.call();
            }

            @Override
            protected void done() {
                boolean succeeded = false;
                try {
                    setStatus(get(), false);
                    succeeded = true;
                    onLibraryChanged.run();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (ExecutionException e) {
                    showFailure(failure.statusPrefix(), failure.action(), failure.title(), e.getCause());
                }
                after.accept(succeeded);
                if (succeeded) {
                    reload();
                }
            }
        }.execute();
    }

    /** The Delete… button, for tests. */
    public JButton deleteButton() {
        return delete;
    }

    /**
     * Deletes the selected profile (and its own impulse response) on a background thread, then reloads; with
     * {@code confirm} it first asks, naming the files. A refused deletion (a modeled profile) is explained instead.
     */
    public void deleteSelected(boolean confirm) {
        ProfileRow row = selectedRow();
        if (row == null) {
            return;
        }
        ProfileDeletion deletion = ProfileDeletion.plan(profilesDir, irDir, row, model.rows());
        if (!deletion.allowed()) {
            JOptionPane.showMessageDialog(this, deletion.refusal() + ".", "Delete a profile",
                    JOptionPane.INFORMATION_MESSAGE);
            return;
        }
        StringBuilder files = new StringBuilder();
        for (Path file : deletion.files()) {
            files.append("\n  ").append(file);
        }
        if (confirm && JOptionPane.showConfirmDialog(this, "Delete the profile \"" + (row.name().isEmpty() ? row.id()
                : row.name()) + "\"? These files are removed:" + files, "Delete a profile",
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.WARNING_MESSAGE) != JOptionPane.OK_OPTION) {
            return;
        }
        delete.setEnabled(false);
        runTask("Deleting " + row.file() + "…", () -> {
            deletion.delete();
            return "Deleted " + row.file();
        }, new Failure("Deleting", "Deleting " + row.file(), "Delete a profile"), succeeded -> { });
    }

    /** The Edit… button, for tests. */
    public JButton editButton() {
        return edit;
    }

    /** Asks for the selected profile's new name, category, description and listening level, then saves them. */
    private void promptEdit() {
        ProfileRow row = selectedRow();
        if (row == null) {
            return;
        }
        PlaybackProfile current;
        try {
            current = ProfileCodec.read(profilesDir.resolve(row.file()));
        } catch (ProfileException e) {
            showFailure("Editing", "Reading " + row.file(), "Edit a profile", e);
            return;
        }
        ProfileEditForm.ask(this, current).ifPresent(this::editSelected);
    }

    /** Saves {@code change} to the selected profile's file on a background thread, then reloads. */
    public void editSelected(ProfileEdit change) {
        ProfileRow row = selectedRow();
        if (row == null) {
            return;
        }
        edit.setEnabled(false);
        runTask("Saving " + row.file() + "…", () -> "Saved " + change.save(profilesDir, row.file()).name() + " ("
                + row.file() + ")", new Failure("Saving", "Saving " + row.file(), "Edit a profile"), succeeded -> { });
    }

    private ProfileRow selectedRow() {
        int viewRow = table.getSelectedRow();
        return viewRow < 0 ? null : model.rows().get(table.convertRowIndexToModel(viewRow));
    }

    private void showDetail() {
        ProfileRow row = selectedRow();
        boolean own = row != null && !row.shipped();
        delete.setEnabled(own);
        edit.setEnabled(own && row.ok());
        if (row == null) {
            detail.setText("Select a profile to read its full status.");
            return;
        }
        detail.setText(row.ok() ? row.file() + ": OK, the window can play it." : row.status());
        detail.setCaretPosition(0);
    }

    /** Puts a background task's failure under the table and in a message box. */
    private void showFailure(String statusPrefix, String action, String title, Throwable cause) {
        String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
        setStatus(statusPrefix + " failed: " + message, true);
        JOptionPane.showMessageDialog(this, action + " failed:\n" + message, title, JOptionPane.ERROR_MESSAGE);
    }

    private void setStatus(String text, boolean problem) {
        status.setText(text);
        status.setToolTipText(text);
        status.setForeground(problem ? PROBLEM : javax.swing.UIManager.getColor("Label.foreground"));
    }

    /** Shows OK plainly and problems in the problem colour, with the whole message as the tooltip. */
    private static final class StatusRenderer extends DefaultTableCellRenderer {
        @Override
        public Component getTableCellRendererComponent(JTable table, Object value, boolean selected, boolean focus,
                                                       int row, int column) {
            Component c = super.getTableCellRendererComponent(table, value, selected, focus, row, column);
            boolean ok = ProfileRow.OK.equals(value);
            if (!selected) {
                c.setForeground(ok ? table.getForeground() : PROBLEM);
            }
            setToolTipText(ok ? null : String.valueOf(value));
            return c;
        }
    }
}
