package dev.earshot.ui.tools;

import java.awt.GridBagConstraints;
import java.awt.Insets;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

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
}
