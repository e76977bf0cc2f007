package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.ProfileLibrary;
import dev.earshot.playback.NullOutput;
import dev.earshot.playback.PlaybackEngine;
import dev.earshot.playback.ProfileSources;
import java.awt.event.KeyEvent;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PlayerControllerTest {
    private static final int RATE = 48_000;
    private static final int FADE = 1440;
    private static final long LENGTH = 30L * RATE;
    private static final ProfileLibrary LIBRARY =
            ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));
    private final KeyMap keys = new KeyMap();
    private final DeviceStripModel strip = new DeviceStripModel(LIBRARY.profiles());

    private PlayerController controller() {
        return new PlayerController(strip, RATE, LENGTH, FADE);
    }

    private boolean press(PlayerController controller, int keyCode) {
        return controller.perform(keys.lookup(keyCode).orElseThrow());
    }

    @Test
    void matchedPlaybackLeavesHeadroomForALoudMasterOnly() {
        PlayerController controller = controller();
        assertEquals(0.0, controller.headroomDb(), 0.0, "unknown until the master is measured");
        controller.setMasterLoudness(-9.0);
        assertEquals(-7.0, controller.headroomDb(), 1e-12, "-9 LUFS down to -16 LUFS");
        controller.setLevelMatching(false);
        assertEquals(0.0, controller.headroomDb(), 0.0, "unmatched playback is the master's own level");
        controller.setLevelMatching(true);
        controller.setMasterLoudness(-20.0);
        assertEquals(0.0, controller.headroomDb(), 0.0, "a quiet master is never raised");
        controller.setMasterLoudness(Double.NEGATIVE_INFINITY);
        assertEquals(0.0, controller.headroomDb(), 0.0, "silence");
    }

    @Test
    void numberKeysArrowsAndBypassMoveTheSelectionAsTheStripSays() {
        PlayerController controller = controller();
        assertEquals(0, controller.selected());
        press(controller, KeyEvent.VK_1);
        int firstCar = strip.groups().get(0).entries().get(0).sourceIndex();
        assertEquals(firstCar, controller.selected());
        press(controller, KeyEvent.VK_1);
        assertEquals(strip.groups().get(0).entries().get(1).sourceIndex(), controller.selected());
        press(controller, KeyEvent.VK_RIGHT);
        assertEquals(firstCar + 2, controller.selected());
        press(controller, KeyEvent.VK_LEFT);
        press(controller, KeyEvent.VK_LEFT);
        assertEquals(firstCar, controller.selected());
        press(controller, KeyEvent.VK_B);
        assertTrue(controller.bypassed());
        press(controller, KeyEvent.VK_B);
        assertEquals(firstCar, controller.selected(), "B again returns to the last profile");
    }

    @Test
    void spaceAndMToggleAndReferenceDoesNothingUntilAReferenceExists() {
        PlayerController controller = controller();
        AtomicInteger changes = new AtomicInteger();
        controller.addListener(changes::incrementAndGet);
        press(controller, KeyEvent.VK_SPACE);
        assertTrue(controller.playing());
        press(controller, KeyEvent.VK_M);
        assertTrue(controller.mono());
        press(controller, KeyEvent.VK_SPACE);
        assertFalse(controller.playing());
        assertFalse(press(controller, KeyEvent.VK_R));
        assertEquals(3, changes.get());
    }

    @Test
    void referenceKeyTogglesBetweenTheLastReferenceAndWhatPlayedBefore() {
        PlayerController controller = controller();
        int reference = strip.sourceCount() + 7;
        controller.addReference("other-master.wav", reference);
        assertTrue(controller.referenceAvailable());
        press(controller, KeyEvent.VK_4);
        int phone = controller.selected();
        assertTrue(press(controller, KeyEvent.VK_R));
        assertEquals(reference, controller.selected());
        assertEquals(0, controller.referenceSlot());
        assertEquals("Reference: other-master.wav", controller.label(reference));
        press(controller, KeyEvent.VK_RIGHT);
        assertEquals(phone + 1, controller.selected(), "arrows move on from the profile before the reference");
        press(controller, KeyEvent.VK_R);
        press(controller, KeyEvent.VK_R);
        assertEquals(phone + 1, controller.selected());
    }

    @Test
    void loopKeyLoopsEightSecondsFromThePlayheadThenClearsThenRestoresADraggedRegion() {
        PlayerController controller = controller();
        press(controller, KeyEvent.VK_L);
        assertTrue(controller.loopActive());
        assertEquals(0, controller.loopStart());
        assertEquals(Math.round(PlayerController.DEFAULT_LOOP_SECONDS * RATE), controller.loopEnd());
        press(controller, KeyEvent.VK_L);
        assertFalse(controller.loopActive());
        assertTrue(controller.setLoop(5L * RATE, 2L * RATE), "a backwards drag is ordered");
        assertEquals(2L * RATE, controller.loopStart());
        press(controller, KeyEvent.VK_L);
        assertFalse(controller.loopActive());
        press(controller, KeyEvent.VK_L);
        assertEquals(2L * RATE, controller.loopStart());
        assertEquals(5L * RATE, controller.loopEnd());
    }

    @Test
    void loopsShorterThanTwoFadesAreRefusedAndRegionsAreClampedToTheMaster() {
        PlayerController controller = controller();
        assertFalse(controller.setLoop(1000, 1000 + 2L * FADE - 1));
        assertFalse(controller.loopActive());
        assertTrue(controller.setLoop(LENGTH - RATE, LENGTH + RATE));
        assertEquals(LENGTH, controller.loopEnd());
    }

    @Test
    void gainsStartUnmeasuredExceptBypass() {
        PlayerController controller = controller();
        assertEquals(0.0, controller.gains().matchDb(0));
        assertTrue(Double.isNaN(controller.gains().matchDb(1)));
        controller.setGainDb(1, -3.5, false);
        assertEquals(-3.5, controller.gains().matchDb(1));
        assertFalse(controller.gains().exact(1));
    }

    @Test
    void appliedGainIsTheMatchWhenOnPlusTheTrimWithinItsLimit() {
        PlayerController controller = controller();
        controller.select(2);
        assertEquals(0.0, controller.gains().appliedDb(2), "unmeasured: no gain yet");
        controller.setGainDb(2, -6.0, true);
        controller.adjustTrim(1.5);
        assertEquals(-4.5, controller.gains().appliedDb(2));
        controller.setLevelMatching(false);
        assertEquals(1.5, controller.gains().appliedDb(2));
        for (int i = 0; i < 100; i++) {
            controller.adjustTrim(0.5);
        }
        assertEquals(SourceGains.MAX_TRIM_DB, controller.gains().trimDb(2));
        assertEquals(0.0, controller.gains().trimDb(1), "trims are per source");
    }

    @Test
    void playingStopsAtTheEndUnlessLooping() {
        PlayerController controller = controller();
        assertFalse(controller.stopIfFinished(LENGTH), "not playing");
        controller.setPlaying(true);
        assertFalse(controller.stopIfFinished(LENGTH - 1));
        controller.setLoop(0, LENGTH);
        assertFalse(controller.stopIfFinished(LENGTH));
        controller.clearLoop();
        assertTrue(controller.stopIfFinished(LENGTH));
        assertFalse(controller.playing());
    }

    @Test
    void aLateEstimateNeverReplacesTheMeasuredGain() {
        PlayerController controller = controller();
        controller.setGainDb(3, -2.0, true);
        controller.setGainDb(3, -5.0, false);
        assertEquals(-2.0, controller.gains().matchDb(3));
    }

    @Test
    void theAttachedEngineCrossfadesToTheSourceTheKeysSelect() throws Exception {
        DeviceStripModel small = new DeviceStripModel(LIBRARY.profiles().subList(0, 3));
        float[][] master = new float[2][(int) LENGTH];
        CountDownLatch reached = new CountDownLatch(1);
        PlaybackEngine[] engine = new PlaybackEngine[1];
        int wanted = small.forHotkey(1, 0);
        NullOutput output = new NullOutput(null, written -> {
            if (engine[0].meters().sourceIndex() == wanted) {
                reached.countDown();
            }
        });
        engine[0] = new PlaybackEngine(master, RATE, ProfileSources.chains(LIBRARY,
                small.profilesInSourceOrder(), RATE, 5), output, 256, FADE);
        PlayerController controller = new PlayerController(small, RATE, LENGTH, FADE);
        controller.attach(engine[0]);
        engine[0].start();
        try {
            assertTrue(controller.perform(keys.lookup(KeyEvent.VK_1).orElseThrow()));
            assertTrue(reached.await(30, TimeUnit.SECONDS), "engine never selected source " + wanted);
        } finally {
            engine[0].close();
        }
    }
}
