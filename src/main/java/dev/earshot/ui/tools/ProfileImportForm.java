package dev.earshot.ui.tools;

import dev.earshot.device.ProfileCategory;
import java.awt.BorderLayout;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.swing.BorderFactory;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JTextField;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The profile manager's import form: measurement file, name, category and an optional AutoEq target CSV. It checks
 * that the required fields are filled and hands a {@link Request} to its owner. EDT only.
 */
public final class ProfileImportForm extends JPanel {
    /** One import: {@code targetCsv} is null when none was given. */
    public record Request(Path source, String name, ProfileCategory category, Path targetCsv) {
    }

    private final JTextField source = new JTextField(30);
    private final JTextField name = new JTextField(20);
    private final JComboBox<ProfileCategory> category = new JComboBox<>(ProfileCategory.values());
    private final JTextField target = new JTextField(30);
    private final JButton importButton = new JButton("Import");
    private final Consumer<Request> onImport;
    private Path startFolder;
    private Consumer<Path> rememberFolder = folder -> { };

    ProfileImportForm(Consumer<Request> onImport) {
        super(new GridBagLayout());
        this.onImport = onImport;
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createEmptyBorder(4, 10, 0, 10),
                BorderFactory.createTitledBorder("Import a measurement (WAV/AIFF/FLAC impulse response, REW export, "
                        + "AutoEq CSV)")));
        category.setRenderer((list, value, index, selected, focus) -> {
            JLabel label = new JLabel(value == null ? "" : value.displayName());
            label.setOpaque(selected);
            label.setBackground(list.getSelectionBackground());
            label.setForeground(selected ? list.getSelectionForeground() : list.getForeground());
            label.setBorder(BorderFactory.createEmptyBorder(2, 4, 2, 4));
            return label;
        });
        importButton.addActionListener(e -> submit());
        addRow(0, "File", withBrowse(source, "Choose the measurement to import", false));
        addRow(1, "Name", name);
        addRow(2, "Category", category);
        addRow(3, "Target CSV", withBrowse(target, "Choose an AutoEq target curve (optional)", true));
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 1;
        c.gridy = 4;
        c.anchor = GridBagConstraints.EAST;
        c.insets = new Insets(4, 0, 4, 0);
        add(importButton, c);
    }

    private JComponent withBrowse(JTextField field, String title, boolean csv) {
        JPanel panel = new JPanel(new BorderLayout(4, 0));
        JButton browse = new JButton("Browse…");
        browse.addActionListener(e -> {
            JFileChooser chooser = new JFileChooser(startFolder == null ? null : startFolder.toFile());
            chooser.setDialogTitle(title);
            if (csv) {
                chooser.setFileFilter(new FileNameExtensionFilter("Curves (CSV, TXT)", "csv", "txt"));
            }
            if (chooser.showOpenDialog(this) == JFileChooser.APPROVE_OPTION) {
                Path chosen = chooser.getSelectedFile().toPath();
                field.setText(chosen.toString());
                if (chosen.getParent() != null) {
                    startFolder = chosen.getParent();
                    rememberFolder.accept(startFolder);
                }
            }
        });
        panel.add(field, BorderLayout.CENTER);
        panel.add(browse, BorderLayout.EAST);
        return panel;
    }

    private void addRow(int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.anchor = GridBagConstraints.WEST;
        c.insets = new Insets(3, 4, 3, 10);
        add(new JLabel(label), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(3, 0, 3, 4);
        add(field, c);
    }

    void useFolders(Path folder, Consumer<Path> remember) {
        startFolder = folder;
        rememberFolder = remember;
    }

    /** Fills the form (for tests and scripted use); {@code targetCsv} may be null. */
    public void fill(Path sourceFile, String profileName, ProfileCategory profileCategory, Path targetCsv) {
        source.setText(sourceFile.toString());
        name.setText(profileName);
        category.setSelectedItem(profileCategory);
        target.setText(targetCsv == null ? "" : targetCsv.toString());
    }

    /** The Import button. */
    public JButton importButton() {
        return importButton;
    }

    void setBusy(boolean busy) {
        importButton.setEnabled(!busy);
    }

    void clear() {
        source.setText("");
        name.setText("");
        target.setText("");
    }

    private void submit() {
        String file = source.getText().strip();
        String profileName = name.getText().strip();
        if (file.isEmpty() || profileName.isEmpty()) {
            JOptionPane.showMessageDialog(this, file.isEmpty() ? "Choose the measurement file to import."
                    : "Give the new profile a name (its id is the name in kebab-case).", "Import a profile",
                    JOptionPane.WARNING_MESSAGE);
            return;
        }
        String csv = target.getText().strip();
        onImport.accept(new Request(Path.of(file), profileName, (ProfileCategory) category.getSelectedItem(),
                csv.isEmpty() ? null : Path.of(csv)));
    }
}
