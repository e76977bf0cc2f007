package dev.earshot.ui;

import com.formdev.flatlaf.FlatDarkLaf;
import com.formdev.flatlaf.FlatLaf;
import com.formdev.flatlaf.FlatLightLaf;
import java.awt.Color;
import javax.swing.UIManager;

/** The two looks of the window, FlatLaf dark and light, and the few colours the custom painters use. EDT only. */
public enum Theme {
    DARK, LIGHT;

    /** The theme named {@code name} ({@link #name()}), dark for anything else. */
    public static Theme fromName(String name) {
        return LIGHT.name().equals(name) ? LIGHT : DARK;
    }

    /** Installs this look and feel and its colours; call {@link FlatLaf#updateUI()} after to restyle open windows. */
    public void install() {
        UIManager.put("Component.arc", 8);
        UIManager.put("Button.arc", 8);
        UIManager.put("ScrollBar.width", 10);
        if (this == DARK) {
            FlatDarkLaf.setup();
        } else {
            FlatLightLaf.setup();
        }
        UIManager.put("ToggleButton.selectedBackground", accent());
        UIManager.put("ToggleButton.selectedForeground", Color.WHITE);
    }

    /** Highlight colour: selected device, waveform. */
    public Color accent() {
        return this == DARK ? new Color(0x3D8BFD) : new Color(0x1F6FEB);
    }

    /** Background of the waveform and meters. */
    public Color canvas() {
        return this == DARK ? new Color(0x1B1D21) : new Color(0xF7F8FA);
    }

    /** Waveform peak envelope. */
    public Color wavePeak() {
        return this == DARK ? new Color(0x2F6DB5) : new Color(0x8DB5EE);
    }

    /** Waveform RMS body. */
    public Color waveRms() {
        return this == DARK ? new Color(0x6FB1FF) : new Color(0x2A6FD6);
    }

    /** Grid lines and ticks. */
    public Color grid() {
        return this == DARK ? new Color(0x34373D) : new Color(0xD9DCE1);
    }

    /** Text on the canvases. */
    public Color canvasText() {
        return this == DARK ? new Color(0x9AA0A6) : new Color(0x5F6368);
    }

    /** Prominent text on the canvases (meter readouts). */
    public Color canvasStrongText() {
        return this == DARK ? new Color(0xE8EAED) : new Color(0x202124);
    }

    /** Playhead. */
    public Color playhead() {
        return this == DARK ? new Color(0xFFB020) : new Color(0xE8710A);
    }

    /** Loop region fill (translucent). */
    public Color loopFill() {
        return this == DARK ? new Color(0x3D, 0x8B, 0xFD, 48) : new Color(0x1F, 0x6F, 0xEB, 40);
    }

    /** Meter colours from safe to hot. */
    public Color meterGreen() {
        return new Color(0x34C759);
    }

    public Color meterYellow() {
        return new Color(0xFFCC00);
    }

    public Color meterRed() {
        return new Color(0xFF453A);
    }

    /** Notice (no audio device) background. */
    public Color warning() {
        return this == DARK ? new Color(0x5C4813) : new Color(0xFFF4CE);
    }
}
