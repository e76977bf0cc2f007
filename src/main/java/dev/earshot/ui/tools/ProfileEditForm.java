package dev.earshot.ui.tools;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import java.awt.Component;
import java.awt.GridBagLayout;
import java.util.Optional;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JComboBox;
import javax.swing.JList;
import javax.swing.JOptionPane;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;

/** The Edit… form of the profile manager: name, category, description and listening level. EDT only. */
final class ProfileEditForm {
    private final JTextField name;
    private final JComboBox<ProfileCategory> category = new JComboBox<>(ProfileCategory.values());
    private final JTextField description;
    private final JSpinner level;

    ProfileEditForm(PlaybackProfile profile) {
        name = new JTextField(profile.name(), 30);
        description = new JTextField(profile.description(), 30);
        category.setSelectedItem(profile.category());
        category.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
                                                          boolean focus) {
                return super.getListCellRendererComponent(list, ((ProfileCategory) value).displayName(), index,
                        selected, focus);
            }
        });
        level = new JSpinner(new SpinnerNumberModel(profile.listeningLevelDbSpl(),
                PlaybackProfile.MIN_LISTENING_LEVEL_DB_SPL, PlaybackProfile.MAX_LISTENING_LEVEL_DB_SPL, 1.0));
    }

    /** Shows the form for {@code profile}; the values entered, or empty when cancelled. */
    static Optional<ProfileEdit> ask(Component parent, PlaybackProfile profile) {
        ProfileEditForm form = new ProfileEditForm(profile);
        int answer = JOptionPane.showConfirmDialog(parent, form.panel(), "Edit " + profile.id(),
                JOptionPane.OK_CANCEL_OPTION, JOptionPane.PLAIN_MESSAGE);
        return answer == JOptionPane.OK_OPTION ? Optional.of(form.values()) : Optional.empty();
    }

    JPanel panel() {
        JPanel form = new JPanel(new GridBagLayout());
        int row = FormRows.add(form, 0, "Name", name);
        row = FormRows.add(form, row, "Category", category);
        row = FormRows.add(form, row, "Description", description);
        FormRows.add(form, row, "Listening level (dB SPL)", level);
        return form;
    }

    /** What the form holds now. */
    ProfileEdit values() {
        return new ProfileEdit(name.getText(), (ProfileCategory) category.getSelectedItem(), description.getText(),
                ((Number) level.getValue()).doubleValue());
    }
}
