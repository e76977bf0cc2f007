package dev.earshot.ui.blind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.listen.Protocol;
import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.AbstractButton;
import javax.swing.JLabel;
import org.junit.jupiter.api.Test;

/** The panel's wording and that it shows nothing but neutral labels before the session starts (headless). */
class BlindTestPanelTest {
    private static void collect(Container c, List<String> texts) {
        for (Component child : c.getComponents()) {
            if (child instanceof AbstractButton b) {
                texts.add(b.getText());
            } else if (child instanceof JLabel l) {
                texts.add(l.getText());
            }
            if (child instanceof Container inner) {
                collect(inner, texts);
            }
        }
    }

    @Test
    void answerButtonsNameTheirKeys() {
        assertEquals("X is A  (Shift+A)", BlindTestPanel.answerText(Protocol.ABX, "A"));
        assertEquals("2 is the odd one  (Shift+2)", BlindTestPanel.answerText(Protocol.TRIANGLE, "2"));
        assertEquals("Different  (D)", BlindTestPanel.answerText(Protocol.SAME_DIFFERENT, "different"));
    }

    @Test
    void panelWithoutSoundShowsOnlyNeutralWording() throws Exception {
        BlindTestModelTestSupport support = new BlindTestModelTestSupport();
        List<String> texts = new ArrayList<>();
        javax.swing.SwingUtilities.invokeAndWait(() -> {
            BlindTestPanel panel = new BlindTestPanel(support.model(), support.log());
            collect(panel, texts);
        });
        assertTrue(texts.contains("X is A  (Shift+A)") && texts.contains("X is B  (Shift+B)"), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t != null && (t.contains(".wav") || t.contains("correct"))),
                texts.toString());
        support.close();
    }
}
