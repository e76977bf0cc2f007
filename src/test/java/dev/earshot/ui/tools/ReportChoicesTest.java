package dev.earshot.ui.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.report.ProfileInput;
import dev.earshot.report.ReportRequest;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The report dialog's choices become the request the CLI would build: library order, blanks as null. */
class ReportChoicesTest {
    private static final ProfileLibrary LIBRARY = ProfileLibrary.load(Path.of("playback-profiles"),
            Path.of("impulse-responses"));
    private static final Path MASTER = Path.of("/music/song.wav");

    @Test
    void theStartingStateChoosesEveryProfileInLibraryOrder() {
        ReportRequest request = ReportChoices.allProfiles(MASTER, LIBRARY).toRequest(LIBRARY, "1.0", 2);
        List<String> ids = request.profiles().stream().map(p -> p.profile().id()).toList();
        assertEquals(LIBRARY.profiles().stream().map(PlaybackProfile::id).toList(), ids);
        assertTrue(ids.size() > 2);
        assertNull(request.title());
        assertNull(request.client());
        assertEquals(MASTER, request.master());
        assertEquals(2, request.threads());
    }

    @Test
    void chosenProfilesKeepLibraryOrderAndCarryTheirImpulseResponses() {
        PlaybackProfile first = LIBRARY.profiles().get(0);
        PlaybackProfile third = LIBRARY.profiles().get(2);
        ReportChoices choices = new ReportChoices(MASTER, Set.of(third.id(), first.id()),
                List.of(Path.of("ref.flac")), List.of(Path.of("track2.wav")), "  Album v3  ", " ");
        ReportRequest request = choices.toRequest(LIBRARY, "1.0", 1);
        assertEquals(List.of(new ProfileInput(first, LIBRARY.irPath(first)),
                new ProfileInput(third, LIBRARY.irPath(third))), request.profiles());
        assertEquals("Album v3", request.title());
        assertNull(request.client());
        assertEquals(List.of(Path.of("ref.flac")), request.references());
        assertEquals(List.of(Path.of("track2.wav")), request.albumTracks());
    }

    @Test
    void noProfileOrNoMasterIsRefusedWithAMessageForTheUser() {
        ReportChoices none = new ReportChoices(MASTER, Set.of(), List.of(), List.of(), "", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> none.toRequest(LIBRARY, "1.0", 1));
        assertTrue(e.getMessage().contains("at least one playback profile"), e.getMessage());
        ReportChoices noMaster = new ReportChoices(null, Set.of("x"), List.of(), List.of(), "", "");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> noMaster.toRequest(LIBRARY, "1.0", 1))
                .getMessage().contains("Open a master"));
    }

    @Test
    void theDefaultFolderIsATimeStampedFolderInReportsNextToTheMaster() {
        Path folder = ReportChoices.allProfiles(MASTER, LIBRARY).defaultFolder(LocalDateTime.of(2026, 3, 4, 5, 6, 7));
        assertEquals(Path.of("/music/reports/song-20260304-050607"), folder);
    }
}
