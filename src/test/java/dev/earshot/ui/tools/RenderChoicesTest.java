package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.audio.WavSampleFormat;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.render.ProfileRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Headless: the Render dialog's choices become the renderer's jobs and settings as the CLI would build them. */
class RenderChoicesTest {
    private static final ProfileLibrary LIBRARY = ProfileLibrary.load(Path.of("playback-profiles"),
            Path.of("impulse-responses"));

    @Test
    void startsWithTheSelectedProfile24BitLevelMatchedNextToTheMaster() {
        Path master = Path.of("/music/album/song.final.wav");
        RenderChoices choices = RenderChoices.startingWith(master, "car-sedan");
        assertEquals(Set.of("car-sedan"), choices.profileIds());
        assertEquals(WavSampleFormat.PCM24, choices.format());
        assertTrue(choices.levelMatch());
        assertEquals(Path.of("/music/album/song.final-renders").toAbsolutePath(), choices.folder());
    }

    @Test
    void bypassSelectedStartsWithNoProfileAndRefusesToRender() {
        RenderChoices choices = RenderChoices.startingWith(Path.of("song.wav"), null);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> choices.jobs(LIBRARY));
        assertTrue(e.getMessage().contains("at least one playback profile"), e.getMessage());
    }

    @Test
    void jobsFollowLibraryOrderWithTheLibrarysImpulseResponses() {
        List<PlaybackProfile> all = LIBRARY.profiles();
        PlaybackProfile first = all.get(0);
        PlaybackProfile third = all.get(2);
        RenderChoices choices = new RenderChoices(Path.of("song.wav"), Set.of(third.id(), first.id(), "no-such-id"),
                WavSampleFormat.FLOAT32, false, Path.of("out"));
        List<ProfileRenderer.Job> jobs = choices.jobs(LIBRARY);
        assertEquals(List.of(new ProfileRenderer.Job(first, LIBRARY.irPath(first)),
                new ProfileRenderer.Job(third, LIBRARY.irPath(third))), jobs);
    }

    @Test
    void settingsCarryFormatAndMatchingWithTheCliDefaultLevel() {
        RenderChoices choices = new RenderChoices(Path.of("song.wav"), Set.of(), WavSampleFormat.FLOAT32, false,
                Path.of("out"));
        ProfileRenderer.Settings settings = choices.settings(0);
        assertEquals(WavSampleFormat.FLOAT32, settings.format());
        assertFalse(settings.levelMatch());
        assertTrue(Double.isNaN(settings.matchLufs()), "NaN means the master's level capped at -16 LUFS");
        assertEquals(1, settings.threads());
    }

    @Test
    void noMasterOrNoFolderIsRefusedWithAMessage() {
        Set<String> one = Set.of(LIBRARY.profiles().get(0).id());
        assertThrows(IllegalArgumentException.class, () -> new RenderChoices(null, one, WavSampleFormat.PCM24, true,
                Path.of("out")).jobs(LIBRARY));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RenderChoices(
                Path.of("song.wav"), one, WavSampleFormat.PCM24, true, null).jobs(LIBRARY));
        assertTrue(e.getMessage().contains("folder"), e.getMessage());
    }
}
