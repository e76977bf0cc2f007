package dev.earshot.ui.tools;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileCodec;
import dev.earshot.device.ProfileException;
import dev.earshot.device.Provenance;
import java.io.IOException;
import java.nio.file.Path;

/**
 * An edit of a profile's descriptive fields in the library: its name, category, one-line description and typical
 * listening level. The response, stages and provenance stay as they were. Like deletion, only imported and measured
 * profiles are edited (modeled ones ship with Earshot). No Swing; {@link #save} does file I/O.
 *
 * @param name                display name, not blank
 * @param category            the device category
 * @param description         one line
 * @param listeningLevelDbSpl {@value PlaybackProfile#MIN_LISTENING_LEVEL_DB_SPL} to
 *                            {@value PlaybackProfile#MAX_LISTENING_LEVEL_DB_SPL} dB SPL
 */
public record ProfileEdit(String name, ProfileCategory category, String description, double listeningLevelDbSpl) {

    /** The values {@code profile} has now, to start a form with. */
    public static ProfileEdit of(PlaybackProfile profile) {
        return new ProfileEdit(profile.name(), profile.category(), profile.description(),
                profile.listeningLevelDbSpl());
    }

    /**
     * {@code profile} with these values.
     *
     * @throws IllegalArgumentException naming the field when a value is not acceptable (e.g. a blank name)
     */
    public PlaybackProfile applyTo(PlaybackProfile profile) {
        return new PlaybackProfile(profile.id(), name == null ? null : name.strip(), category,
                description == null ? null : description.strip(), profile.impulseResponse(), listeningLevelDbSpl,
                profile.stages(), profile.noise(), profile.provenance());
    }

    /**
     * Reads {@code profilesDir/fileName}, applies the edit and writes the file back atomically (a failure leaves the
     * old file as it was).
     *
     * @return the profile as saved
     * @throws ProfileException         if the file cannot be read as a profile now
     * @throws IllegalArgumentException if the edit is refused: a modeled profile, or a value out of range
     * @throws IOException              if the file cannot be written
     */
    public PlaybackProfile save(Path profilesDir, String fileName) throws IOException, ProfileException {
        Path file = profilesDir.resolve(fileName);
        PlaybackProfile current = ProfileCodec.read(file);
        if (current.provenance().kind() == Provenance.Kind.MODELED) {
            throw new IllegalArgumentException(current.id() + " is a modeled profile that ships with Earshot; only "
                    + "imported and measured profiles can be edited here");
        }
        PlaybackProfile edited = applyTo(current);
        ProfileCodec.writeTo(edited, file);
        return edited;
    }
}
