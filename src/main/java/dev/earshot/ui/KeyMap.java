package dev.earshot.ui;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The player's keyboard shortcuts: a fixed table from key codes ({@link KeyEvent} {@code VK_} constants) to actions.
 * Keys without modifiers; they work whatever component has the focus. Immutable and thread-safe.
 */
public final class KeyMap {
    private final List<Binding> bindings;

    /**
     * One shortcut.
     *
     * @param keyCode  a {@link KeyEvent} {@code VK_} constant
     * @param action   what the key does
     * @param group    for {@link PlayerAction#SELECT_GROUP} the group number 1 to 9, otherwise 0
     * @param keyLabel how the key is written in the Help menu, e.g. {@code "Space"}
     */
    public record Binding(int keyCode, PlayerAction action, int group, String keyLabel) {
    }

    /** The standard table: 1-9 groups, arrows, Space, R, B, M, L, Home. */
    public KeyMap() {
        List<Binding> list = new ArrayList<>();
        for (int digit = 1; digit <= 9; digit++) {
            list.add(new Binding(KeyEvent.VK_0 + digit, PlayerAction.SELECT_GROUP, digit, Integer.toString(digit)));
            list.add(new Binding(KeyEvent.VK_NUMPAD0 + digit, PlayerAction.SELECT_GROUP, digit, "Keypad " + digit));
        }
        list.add(new Binding(KeyEvent.VK_LEFT, PlayerAction.PREVIOUS_PROFILE, 0, "Left"));
        list.add(new Binding(KeyEvent.VK_RIGHT, PlayerAction.NEXT_PROFILE, 0, "Right"));
        list.add(new Binding(KeyEvent.VK_SPACE, PlayerAction.PLAY_PAUSE, 0, "Space"));
        list.add(new Binding(KeyEvent.VK_R, PlayerAction.REFERENCE, 0, "R"));
        list.add(new Binding(KeyEvent.VK_B, PlayerAction.BYPASS, 0, "B"));
        list.add(new Binding(KeyEvent.VK_M, PlayerAction.MONO, 0, "M"));
        list.add(new Binding(KeyEvent.VK_L, PlayerAction.LOOP, 0, "L"));
        list.add(new Binding(KeyEvent.VK_HOME, PlayerAction.HOME, 0, "Home"));
        bindings = List.copyOf(list);
    }

    /** Every binding, digits first; unmodifiable. */
    public List<Binding> bindings() {
        return bindings;
    }

    /** The binding of {@code keyCode}, if any. */
    public Optional<Binding> lookup(int keyCode) {
        for (Binding binding : bindings) {
            if (binding.keyCode() == keyCode) {
                return Optional.of(binding);
            }
        }
        return Optional.empty();
    }

    /** Lines for the Help menu, "key: what it does", one per action (the digits and keypad folded into one). */
    public List<String> helpLines() {
        List<String> lines = new ArrayList<>();
        lines.add("1-9: " + PlayerAction.SELECT_GROUP.description());
        for (Binding binding : bindings) {
            if (binding.action() != PlayerAction.SELECT_GROUP) {
                lines.add(binding.keyLabel() + ": " + binding.action().description());
            }
        }
        return List.copyOf(lines);
    }
}
