package dev.earshot.device;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The kind of device a playback profile simulates; the JSON name is the {@code category} value of a profile file. */
public enum ProfileCategory {
    CAR("car", "Car"),
    EARBUDS("earbuds", "Earbuds"),
    HEADPHONES("headphones", "Headphones"),
    PHONE("phone", "Phone"),
    LAPTOP("laptop", "Laptop"),
    TABLET("tablet", "Tablet"),
    SOUNDBAR("soundbar", "Soundbar"),
    TV("tv", "TV"),
    SMART_SPEAKER("smart-speaker", "Smart speaker"),
    PORTABLE_SPEAKER("portable-speaker", "Portable speaker"),
    REFERENCE("reference", "Reference");

    private final String jsonName;
    private final String displayName;

    ProfileCategory(String jsonName, String displayName) {
        this.jsonName = jsonName;
        this.displayName = displayName;
    }

    /** The value in profile files, e.g. {@code "smart-speaker"}. */
    public String jsonName() {
        return jsonName;
    }

    /** A name for tables and the UI, e.g. {@code "Smart speaker"}. */
    public String displayName() {
        return displayName;
    }

    /**
     * The category whose {@link #jsonName()} is exactly {@code jsonName} (case-sensitive, as the files are).
     *
     * @throws IllegalArgumentException naming the accepted values if there is none
     */
    public static ProfileCategory fromJson(String jsonName) {
        for (ProfileCategory category : values()) {
            if (category.jsonName.equals(jsonName)) {
                return category;
            }
        }
        throw new IllegalArgumentException("must be one of " + allJsonNames() + ", got '" + jsonName + "'");
    }

    /** The accepted JSON names, comma-separated, in declaration order. */
    public static String allJsonNames() {
        return Arrays.stream(values()).map(ProfileCategory::jsonName).collect(Collectors.joining(", "));
    }
}
