package dev.earshot.ui;

import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.ReferenceTrack;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.ArrayList;
import java.util.List;
import javax.swing.BorderFactory;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.SpinnerNumberModel;

/**
 * The reference controls under the level-match controls: a selector of the loaded references and album tracks, the
 * alignment found, a manual offset (ms) and trim (dB) for the one selected, its applied gain, and for an album track a
 * "Match level" toggle. Hidden until a track is loaded. EDT only.
 */
public final class ReferencePanel extends JPanel {
    private final PlayerController controller;
    private final JComboBox<String> selector = new JComboBox<>();
    private final JLabel alignment = new JLabel(" ");
    private final JLabel gain = new JLabel(" ");
    private final JSpinner offset = new JSpinner(new SpinnerNumberModel(0.0, -ReferenceControls.MAX_OFFSET_MS,
            ReferenceControls.MAX_OFFSET_MS, ReferenceControls.OFFSET_STEP_MS));
    private final JSpinner trim = new JSpinner(new SpinnerNumberModel(0.0, -ReferenceControls.MAX_TRIM_DB,
            ReferenceControls.MAX_TRIM_DB, ReferenceControls.TRIM_STEP_DB));
    private final JCheckBox match = new JCheckBox("Match level");
    private final List<Boolean> album = new ArrayList<>();
    private final List<Double> albumMatchDb = new ArrayList<>();
    private final List<Boolean> matched = new ArrayList<>();
    private final List<Double> offsetsMs = new ArrayList<>();
    private PlaybackEngine engine;
    private boolean updating;
    private int lastHeard = -1;

    public ReferencePanel(PlayerController controller) {
        super(new GridBagLayout());
        this.controller = controller;
        setBorder(BorderFactory.createCompoundBorder(BorderFactory.createTitledBorder("Reference"),
                BorderFactory.createEmptyBorder(0, 4, 2, 4)));
        selector.setToolTipText("The reference or album track these controls set");
        selector.setPrototypeDisplayValue("a reference track name of some length");
        offset.setToolTipText("Moves the reference against the master, ms (positive: the reference is heard later)");
        trim.setToolTipText("Added to the reference's level, dB");
        match.setToolTipText("Album tracks play unmatched so loudness differences stay audible; tick to match");
        GridBagConstraints c = new GridBagConstraints();
        c.insets = new Insets(1, 2, 1, 2);
        c.anchor = GridBagConstraints.WEST;
        c.fill = GridBagConstraints.HORIZONTAL;
        c.gridwidth = 2;
        c.gridy = 0;
        add(selector, c);
        c.gridwidth = 1;
        row(c, 1, "Alignment", alignment);
        row(c, 2, "Offset ms", offset);
        row(c, 3, "Trim dB", trim);
        row(c, 4, "Gain", gain);
        c.gridx = 0;
        c.gridy = 5;
        c.gridwidth = 2;
        add(match, c);
        selector.addActionListener(e -> showSelected());
        offset.addChangeListener(e -> offsetChanged());
        trim.addChangeListener(e -> trimChanged());
        match.addActionListener(e -> matchChanged());
        setVisible(false);
    }

    private void row(GridBagConstraints c, int y, String name, JComponent value) {
        c.gridy = y;
        c.gridx = 0;
        c.weightx = 0;
        add(new JLabel(name), c);
        c.gridx = 1;
        c.weightx = 1;
        add(value, c);
    }

    /** The engine whose references these controls set. */
    public void attach(PlaybackEngine engine) {
        this.engine = engine;
    }

    /**
     * A track was added to the engine in {@code slot} (slots are added in order).
     *
     * @param albumTrack   true for an album track (fixed offset 0, not level matched at first)
     * @param matchGainDb  for an album track, the gain that would match it to the master, dB; else ignored
     */
    public void added(int slot, boolean albumTrack, double matchGainDb) {
        album.add(albumTrack);
        albumMatchDb.add(matchGainDb);
        matched.add(false);
        offsetsMs.add(0.0);
        selector.addItem(ReferenceControls.itemText(engine.reference(slot).name(), albumTrack));
        selector.setSelectedIndex(slot);
        setVisible(true);
        showSelected();
        revalidate();
    }

    /** The slot the controls set, or -1 when none is loaded. */
    public int selectedSlot() {
        return selector.getSelectedIndex();
    }

    /** Selects {@code slot} in the selector. */
    public void select(int slot) {
        selector.setSelectedIndex(slot);
    }

    /** Sets the selected slot's manual offset, ms, as the spinner does. */
    public void setOffsetMs(double offsetMs) {
        offset.setValue(ReferenceControls.clampOffsetMs(offsetMs));
    }

    /** Sets the selected slot's trim, dB, as the spinner does. */
    public void setTrimDb(double trimDb) {
        trim.setValue(ReferenceControls.clampTrimDb(trimDb));
    }

    /** Follows the reference being heard and refreshes the gain shown; called by the window's timer. */
    public void tick() {
        int heard = controller.referenceSlot();
        if (heard >= 0 && heard != lastHeard && heard < selector.getItemCount()) {
            selector.setSelectedIndex(heard);
        }
        lastHeard = heard;
        int slot = selectedSlot();
        if (engine != null && slot >= 0) {
            if (!updating && ((Number) trim.getValue()).doubleValue() != controller.referenceTrimDb(slot)) {
                updating = true;
                trim.setValue(controller.referenceTrimDb(slot)); // the trim keys changed it
                updating = false;
            }
            gain.setText(ReferenceControls.gainText(engine.referenceLevel(slot), album.get(slot)));
        }
    }

    private void showSelected() {
        int slot = selectedSlot();
        if (engine == null || slot < 0) {
            return;
        }
        updating = true;
        ReferenceTrack track = engine.reference(slot);
        alignment.setText(ReferenceControls.alignmentText(track));
        offset.setValue(offsetsMs.get(slot));
        trim.setValue(controller.referenceTrimDb(slot));
        match.setVisible(album.get(slot));
        match.setSelected(matched.get(slot));
        updating = false;
        gain.setText(ReferenceControls.gainText(engine.referenceLevel(slot), album.get(slot)));
    }

    private void offsetChanged() {
        int slot = selectedSlot();
        if (updating || engine == null || slot < 0) {
            return;
        }
        double ms = ((Number) offset.getValue()).doubleValue();
        offsetsMs.set(slot, ms);
        engine.setReferenceOffsetMs(slot, ms);
    }

    private void trimChanged() {
        if (!updating) {
            pushTrim();
        }
    }

    private void matchChanged() {
        int slot = selectedSlot();
        if (!updating && slot >= 0) {
            matched.set(slot, match.isSelected());
            controller.setReferenceExtraDb(slot, ReferenceControls.engineTrimDb(0.0, album.get(slot),
                    matched.get(slot), albumMatchDb.get(slot)));
            gain.setText(ReferenceControls.gainText(engine.referenceLevel(slot), album.get(slot)));
        }
    }

    private void pushTrim() {
        int slot = selectedSlot();
        if (engine == null || slot < 0) {
            return;
        }
        controller.setReferenceTrimDb(slot, ((Number) trim.getValue()).doubleValue());
        gain.setText(ReferenceControls.gainText(engine.referenceLevel(slot), album.get(slot)));
    }
}
