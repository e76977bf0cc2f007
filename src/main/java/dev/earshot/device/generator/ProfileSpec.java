package dev.earshot.device.generator;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything in a modeled profile's JSON file except the IR samples (see the profile schema). Immutable.
 *
 * @param id                  kebab-case; also the JSON and WAV file names
 * @param name                for people
 * @param category            one of {@link #CATEGORIES}
 * @param description         one sentence
 * @param listeningLevelDbSpl the device's typical listening level (our assumption, stated in {@code notes})
 * @param stages              in processing order; includes the {@code impulse-response} entry
 * @param noise               road noise for cars, or null
 * @param source              the published figures the model is built from, by name
 * @param notes               which parts are our own modeling choices
 */
public record ProfileSpec(String id, String name, String category, String description, int listeningLevelDbSpl,
                          List<StageSpec> stages, RoadNoise noise, String source, String notes) {
    /** The categories of the profile schema. */
    public static final Set<String> CATEGORIES = Set.of("car", "earbuds", "headphones", "phone", "laptop", "tablet",
            "soundbar", "tv", "smart-speaker", "portable-speaker", "reference");
    private static final Pattern KEBAB_CASE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ProfileSpec {
        if (!KEBAB_CASE.matcher(id).matches()) {
            throw new IllegalArgumentException("profile id '" + id + "' is not kebab-case");
        }
        if (!CATEGORIES.contains(category)) {
            throw new IllegalArgumentException(id + ": unknown category '" + category + "'");
        }
        stages = List.copyOf(stages);
    }

    /** The IR file name inside {@code impulse-responses/}. */
    public String impulseResponseFile() {
        return id + ".wav";
    }
}
