package dev.earshot.device;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A simulated playback device as described by one {@code playback-profiles/<id>.json} file. Immutable; the
 * constructor checks every value and throws an {@link IllegalArgumentException} whose message starts with the field
 * name ({@code "listeningLevelDbSpl: must be between 20 and 100, got 130"}).
 *
 * @param id                  kebab-case ({@code [a-z0-9]+(-[a-z0-9]+)*}, at most 64 characters); the file name
 *                            without {@code .json}
 * @param name                a short human name, not blank
 * @param category            the kind of device
 * @param description         one sentence for the UI and the report; may be empty, never null
 * @param impulseResponse     a plain file name ending in {@code .wav} inside the {@code impulse-responses/} folder:
 *                            no folders, no {@code ..}, not absolute, not hidden
 * @param listeningLevelDbSpl the device's typical listening level, 20 to 100 dB SPL;
 *                            {@link #REFERENCE_LEVEL_DB_SPL} means no equal-loudness correction
 * @param stages              the stages in chain order (copied; at most one {@link StageSpec.ImpulseResponse})
 * @param noise               the noise bed mixed in after the stages, or null for none
 * @param provenance          where the profile comes from
 */
public record PlaybackProfile(String id, String name, ProfileCategory category, String description,
                              String impulseResponse, double listeningLevelDbSpl, List<StageSpec> stages,
                              NoiseSpec noise, Provenance provenance) {
    /** The level masters are assumed to be mixed at; the listening-level stage is identity here. */
    public static final double REFERENCE_LEVEL_DB_SPL = 83;
    /** Lowest accepted {@code listeningLevelDbSpl}. */
    public static final double MIN_LISTENING_LEVEL_DB_SPL = 20;
    /** Highest accepted {@code listeningLevelDbSpl}. */
    public static final double MAX_LISTENING_LEVEL_DB_SPL = 100;
    /** Longest accepted id, in characters. */
    public static final int MAX_ID_LENGTH = 64;

    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern DRIVE_LETTER = Pattern.compile("^[A-Za-z]:.*");
    private static final int MAX_FILE_NAME_LENGTH = 128;

    /** @throws IllegalArgumentException naming the field if a value is missing or malformed */
    public PlaybackProfile {
        checkId(id);
        Fields.text("name", name);
        Fields.required("category", category);
        Fields.oneLine("description", description);
        checkImpulseResponseName(impulseResponse);
        Fields.between("listeningLevelDbSpl", listeningLevelDbSpl, MIN_LISTENING_LEVEL_DB_SPL,
                MAX_LISTENING_LEVEL_DB_SPL);
        Fields.required("stages", stages);
        int markers = 0;
        for (int i = 0; i < stages.size(); i++) {
            StageSpec stage = stages.get(i);
            if (stage == null) {
                throw new InvalidFieldException("stages[" + i + "]", "is required");
            }
            if (stage instanceof StageSpec.ImpulseResponse && ++markers > 1) {
                throw new InvalidFieldException("stages[" + i + "].type",
                        "the impulse-response stage may appear only once");
            }
        }
        stages = List.copyOf(stages);
        Fields.required("provenance", provenance);
    }

    /**
     * The stages as the chain runs them: {@link #stages()} with an {@link StageSpec.ImpulseResponse} entry put first
     * if the profile does not place it. The noise bed and listening-level stage are not included; they always follow.
     */
    public List<StageSpec> chainStages() {
        if (stages.contains(new StageSpec.ImpulseResponse())) {
            return stages;
        }
        List<StageSpec> chain = new ArrayList<>(stages.size() + 1);
        chain.add(new StageSpec.ImpulseResponse());
        chain.addAll(stages);
        return List.copyOf(chain);
    }

    /** This profile with another id (and so another file name), e.g. for an imported copy. */
    public PlaybackProfile withId(String newId) {
        return new PlaybackProfile(newId, name, category, description, impulseResponse, listeningLevelDbSpl, stages,
                noise, provenance);
    }

    /** Whether {@code id} is an acceptable profile id (kebab-case, 1 to {@link #MAX_ID_LENGTH} characters). */
    public static boolean isValidId(String id) {
        return id != null && id.length() <= MAX_ID_LENGTH && KEBAB_CASE.matcher(id).matches();
    }

    private static void checkId(String id) {
        Fields.required("id", id);
        if (!isValidId(id)) {
            throw new InvalidFieldException("id", "must be kebab-case (lower-case letters and digits separated by "
                    + "single hyphens, at most " + MAX_ID_LENGTH + " characters), got '" + id + "'");
        }
    }

    private static void checkImpulseResponseName(String fileName) {
        String field = "impulseResponse";
        Fields.text(field, fileName);
        if (fileName.startsWith("/") || fileName.startsWith("\\") || DRIVE_LETTER.matcher(fileName).matches()) {
            throw new InvalidFieldException(field, "must be a file name inside impulse-responses/, not an absolute "
                    + "path, got '" + fileName + "'");
        }
        if (fileName.contains("..")) {
            throw new InvalidFieldException(field, "must not contain '..', got '" + fileName + "'");
        }
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new InvalidFieldException(field, "must be a file name inside impulse-responses/, not a path with "
                    + "folders, got '" + fileName + "'");
        }
        if (fileName.contains(":") || fileName.startsWith(".") || fileName.length() > MAX_FILE_NAME_LENGTH) {
            throw new InvalidFieldException(field, "must be a plain file name (no ':', not starting with '.', at most "
                    + MAX_FILE_NAME_LENGTH + " characters), got '" + fileName + "'");
        }
        if (!fileName.toLowerCase(Locale.ROOT).endsWith(".wav")) {
            throw new InvalidFieldException(field, "must name a .wav file, got '" + fileName + "'");
        }
    }
}
