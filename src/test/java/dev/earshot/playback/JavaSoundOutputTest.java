package dev.earshot.playback;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.SourceDataLine;
import org.junit.jupiter.api.Test;

class JavaSoundOutputTest {

    @Test
    void playsTenthOfASecondOfSilenceWhereASoundCardExists() throws IOException {
        AudioFormat format = new AudioFormat(48_000, 16, 2, true, false);
        assumeTrue(AudioSystem.isLineSupported(new DataLine.Info(SourceDataLine.class, format)),
                "no sound card on this machine");
        JavaSoundOutput output = new JavaSoundOutput(null, 16, 4);
        try {
            output.open(48_000, 2, 256);
        } catch (IOException e) {
            assumeTrue(false, "sound card busy or unavailable: " + e.getMessage());
        }
        float[][] block = new float[2][256];
        for (int i = 0; i < 19; i++) {
            output.write(block, 256);
        }
        output.close();
    }
}
