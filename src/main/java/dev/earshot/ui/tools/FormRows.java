package dev.earshot.ui.tools;

import java.awt.GridBagConstraints;
import java.awt.Insets;
import java.awt.Window;
import dev.earshot.device.PlaybackProfile;
import java.awt.BorderLayout;
import java.awt.Component;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.swing.JButton;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextField;

/** Label-and-field rows of the tool dialogs' {@code GridBagLayout} forms. EDT only. */
final class FormRows {
    private FormRows() {
    }

    /**
     * Adds {@code label} and {@code field} (which takes the spare width) as row {@code row} of {@code form}.
     *
     * @return the next row's index
     */
    static int add(JPanel form, int row, String label, JComponent field) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.anchor = GridBagConstraints.NORTHWEST;
        c.insets = new Insets(4, 0, 4, 10);
        form.add(new JLabel(label), c);
        c.gridx = 1;
        c.weightx = 1;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(4, 0, 4, 0);
        form.add(field, c);
        return row + 1;
    }

    /**
     * Adds a "Folder" row: {@code folder} with a "Choose…" button beside it that runs {@code choose}.
     *
     * @return the next row's index
     */
    static int addFolder(JPanel form, int row, JTextField folder, Runnable choose) {
        JPanel panel = new JPanel(new BorderLayout(4, 0));
        JButton button = new JButton("Choose…");
        button.addActionListener(e -> choose.run());
        panel.add(folder, BorderLayout.CENTER);
        panel.add(button, BorderLayout.EAST);
        return add(form, row, "Folder", panel);
    }

    /**
     * Adds {@code component} across both columns as row {@code row}, {@code topInset} pixels below the previous one;
     * with {@code grow} it also takes the spare height.
     *
     * @return the next row's index
     */
    static int addWide(JPanel form, int row, JComponent component, int topInset, boolean grow) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = 0;
        c.gridy = row;
        c.gridwidth = 2;
        c.fill = grow ? GridBagConstraints.BOTH : GridBagConstraints.HORIZONTAL;
        c.weighty = grow ? 1 : 0;
        c.insets = new Insets(topInset, 0, grow ? 0 : 6, 0);
        form.add(component, c);
        return row + 1;
    }

    /**
     * Asks for a folder with a chooser opened at the parent of the folder typed so far ({@code typed}; the current
     * folder when it is empty, not a valid path or has no parent).
     *
     * @return the folder chosen, or empty when the chooser was cancelled
     */
    static Optional<Path> chooseFolder(Component parent, String typed, String title) {
        JFileChooser chooser = new JFileChooser(chooserStart(typed));
        chooser.setFileSelectionMode(JFileChooser.DIRECTORIES_ONLY);
        chooser.setDialogTitle(title);
        return chooser.showSaveDialog(parent) == JFileChooser.APPROVE_OPTION
                ? Optional.of(chooser.getSelectedFile().toPath()) : Optional.empty();
    }

    /**
     * A Close button that runs {@code beforeClosing} (e.g. cancelling a running task), then disposes {@code dialog}.
     */
    static JButton closeButton(Window dialog, Runnable beforeClosing) {
        JButton close = new JButton("Close");
        close.addActionListener(e -> {
            beforeClosing.run();
            dialog.dispose();
        });
        return close;
    }

    /** The ids of the profiles selected in {@code list}. */
    static Set<String> selectedIds(JList<PlaybackProfile> list) {
        Set<String> ids = new HashSet<>();
        for (PlaybackProfile profile : list.getSelectedValuesList()) {
            ids.add(profile.id());
        }
        return ids;
    }

    /** Selects exactly the profiles of {@code list} whose ids are in {@code ids}. */
    static void selectIds(JList<PlaybackProfile> list, List<String> ids) {
        list.clearSelection();
        for (int i = 0; i < list.getModel().getSize(); i++) {
            if (ids.contains(list.getModel().getElementAt(i).id())) {
                list.addSelectionInterval(i, i);
            }
        }
    }

    private static File chooserStart(String typed) {
        try {
            Path parent = Path.of(typed.strip().isEmpty() ? "." : typed.strip()).toAbsolutePath().getParent();
            return parent == null ? null : parent.toFile();
        } catch (InvalidPathException e) {
            return null;
        }
    }
}
