package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyMapTest {
    private final KeyMap keys = new KeyMap();

    private KeyMap.Binding of(int keyCode) {
        return keys.lookup(keyCode).orElseThrow(() -> new AssertionError("no binding for key " + keyCode));
    }

    @Test
    void digitsAndKeypadDigitsSelectTheGroupWithTheirNumber() {
        for (int digit = 1; digit <= 9; digit++) {
            assertEquals(new KeyMap.Binding(KeyEvent.VK_0 + digit, PlayerAction.SELECT_GROUP, digit,
                    Integer.toString(digit)), of(KeyEvent.VK_0 + digit));
            assertEquals(digit, of(KeyEvent.VK_NUMPAD0 + digit).group());
            assertEquals(PlayerAction.SELECT_GROUP, of(KeyEvent.VK_NUMPAD0 + digit).action());
        }
    }

    @Test
    void letterArrowSpaceAndHomeKeysMapToTheirActions() {
        assertEquals(PlayerAction.PLAY_PAUSE, of(KeyEvent.VK_SPACE).action());
        assertEquals(PlayerAction.PREVIOUS_PROFILE, of(KeyEvent.VK_LEFT).action());
        assertEquals(PlayerAction.NEXT_PROFILE, of(KeyEvent.VK_RIGHT).action());
        assertEquals(PlayerAction.REFERENCE, of(KeyEvent.VK_R).action());
        assertEquals(PlayerAction.BYPASS, of(KeyEvent.VK_B).action());
        assertEquals(PlayerAction.MONO, of(KeyEvent.VK_M).action());
        assertEquals(PlayerAction.LOOP, of(KeyEvent.VK_L).action());
        assertEquals(PlayerAction.HOME, of(KeyEvent.VK_HOME).action());
    }

    @Test
    void zeroAndOtherLettersAreNotBound() {
        assertTrue(keys.lookup(KeyEvent.VK_0).isEmpty());
        assertTrue(keys.lookup(KeyEvent.VK_Q).isEmpty());
    }

    @Test
    void keyCodesAreUniqueAndEveryActionIsInTheHelp() {
        Set<Integer> codes = new HashSet<>();
        keys.bindings().forEach(b -> assertTrue(codes.add(b.keyCode()), "key bound twice: " + b));
        String help = String.join("\n", keys.helpLines());
        for (PlayerAction action : PlayerAction.values()) {
            assertTrue(help.contains(action.description()), "help lacks " + action);
        }
    }
}
