package dev.earshot.device.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileException;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.device.ProfileValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed library through the application's own reader and checks: the strict {@link ProfileCodec} and
 * {@link ProfileValidator} (IR exists, is readable, finite, not silent, plausible gain) accept every shipped file,
 * and what they read is exactly the generators' profile.
 */
class ShippedLibraryLoadTest {
    private static final Path PROFILES_DIR = Path.of("playback-profiles");
    private static final Path IR_DIR = Path.of("impulse-responses");

    @Test
    void profileLibraryLoadsEveryShippedProfileWithoutProblems() throws IOException {
        ProfileLibrary library = ProfileLibrary.load(PROFILES_DIR, IR_DIR);

        assertEquals(List.of(), library.problems(), "problems loading the shipped library");
        List<String> shippedIds;
        try (Stream<Path> files = Files.list(PROFILES_DIR)) {
            shippedIds = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(ProfileCodec.SUFFIX) && !name.startsWith("."))
                    .map(name -> name.substring(0, name.length() - ProfileCodec.SUFFIX.length()))
                    .sorted().toList();
        }
        assertEquals(shippedIds, library.profiles().stream().map(PlaybackProfile::id).toList(),
                "every profile file is loaded");
        assertTrue(library.profiles().size() >= ShippedLibrary.profiles().size(), "at least the generated profiles");
    }

    @Test
    void validatorReportsNothingForAnyShippedProfile() throws ProfileException {
        for (GeneratedProfile generated : ShippedLibrary.profiles()) {
            PlaybackProfile committed = ProfileCodec.read(PROFILES_DIR.resolve(generated.id() + ProfileCodec.SUFFIX));
            assertEquals(List.of(), ProfileValidator.validate(committed, IR_DIR), generated.id());
        }
    }

    @Test
    void readingACommittedFileGivesTheGeneratorsProfile() throws ProfileException {
        for (GeneratedProfile generated : ShippedLibrary.profiles()) {
            PlaybackProfile committed = ProfileCodec.read(PROFILES_DIR.resolve(generated.id() + ProfileCodec.SUFFIX));
            assertEquals(generated.profile(), committed, generated.id());
        }
    }
}
