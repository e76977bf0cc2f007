package dev.earshot.ui;

import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JToggleButton;
import javax.swing.SwingConstants;

/**
 * The device strip: Studio (bypass) and one column per category, each with its number key, one toggle button per
 * profile. Clicking selects the source through the controller, which crossfades. Buttons never take the focus, so
 * the player's keys keep working. EDT only.
 */
public final class DeviceStripPanel extends JPanel {
    private static final int COLUMNS = 6;
    /** Every column's preferred width: small and equal, so that the layout shares the width out evenly. */
    private static final int COLUMN_BASE_WIDTH = 120;

    private final PlayerController controller;
    private final List<JToggleButton> buttons = new ArrayList<>();

    public DeviceStripPanel(PlayerController controller) {
        super(new GridBagLayout());
        this.controller = controller;
        setBorder(BorderFactory.createEmptyBorder(6, 8, 8, 8));
        DeviceStripModel strip = controller.strip();
        ButtonGroup group = new ButtonGroup();
        for (int s = 0; s < strip.sourceCount(); s++) {
            buttons.add(button(s, strip, group));
        }
        List<JComponent> columns = new ArrayList<>();
        columns.add(column("B  Studio", List.of(buttons.get(0))));
        for (DeviceStripModel.Group g : strip.groups()) {
            List<JToggleButton> members = new ArrayList<>();
            g.entries().forEach(e -> members.add(buttons.get(e.sourceIndex())));
            columns.add(column(g.label(), members));
        }
        GridBagConstraints c = new GridBagConstraints();
        c.anchor = GridBagConstraints.NORTHWEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.weightx = 1;
        c.insets = new Insets(4, 4, 8, 4);
        for (int i = 0; i < columns.size(); i++) {
            JComponent column = columns.get(i);
            column.setPreferredSize(new java.awt.Dimension(COLUMN_BASE_WIDTH, column.getPreferredSize().height));
            c.gridx = i % COLUMNS;
            c.gridy = i / COLUMNS;
            add(columns.get(i), c);
        }
        controller.addListener(this::refresh);
        refresh();
    }

    /** The button of source {@code sourceIndex}, for tests. */
    JToggleButton button(int sourceIndex) {
        return buttons.get(sourceIndex);
    }

    private JToggleButton button(int source, DeviceStripModel strip, ButtonGroup group) {
        JToggleButton button = new JToggleButton(strip.label(source));
        button.setFocusable(false);
        button.setFont(button.getFont().deriveFont(12.5f));
        button.setMargin(new Insets(3, 8, 3, 8));
        button.setHorizontalAlignment(SwingConstants.LEFT);
        button.addActionListener(e -> controller.select(source));
        String description = source == 0 ? "The master itself, unprocessed"
                : strip.profilesInSourceOrder().get(source - 1).description();
        button.setToolTipText(description);
        group.add(button);
        return button;
    }

    private JComponent column(String heading, List<JToggleButton> members) {
        JPanel panel = new JPanel();
        panel.setOpaque(false);
        panel.setLayout(new BoxLayout(panel, BoxLayout.Y_AXIS));
        JLabel label = new JLabel(heading.toUpperCase(java.util.Locale.ROOT));
        label.setFont(label.getFont().deriveFont(Font.BOLD, 11f));
        label.putClientProperty("FlatLaf.style", "foreground: $Label.disabledForeground");
        label.setBorder(BorderFactory.createEmptyBorder(0, 2, 4, 0));
        label.setAlignmentX(LEFT_ALIGNMENT);
        panel.add(label);
        for (JToggleButton button : members) {
            button.setAlignmentX(LEFT_ALIGNMENT);
            button.setMaximumSize(new java.awt.Dimension(Integer.MAX_VALUE, button.getPreferredSize().height));
            panel.add(button);
            panel.add(javax.swing.Box.createVerticalStrut(3));
        }
        return panel;
    }

    private void refresh() {
        int selected = controller.selected();
        for (int s = 0; s < buttons.size(); s++) {
            buttons.get(s).setSelected(s == selected);
        }
    }
}
