package dev.earshot.device.importer;

import dev.earshot.device.PlaybackProfile;
import java.text.Normalizer;
import java.util.Locale;

/** Turns a profile's human name into its id: kebab-case, ASCII letters and digits. */
public final class ProfileIds {
    private ProfileIds() {
    }

    /**
     * The kebab-case id of {@code name}: accents dropped ({@code é} → {@code e}), lower-cased, every run of other
     * characters turned into one hyphen, no hyphen at either end, cut at a hyphen to at most
     * {@link PlaybackProfile#MAX_ID_LENGTH} characters. "My Car (2019) – Driver's seat" gives
     * {@code my-car-2019-driver-s-seat}.
     *
     * @return the id, or an empty string if the name has no ASCII letter or digit
     */
    public static String fromName(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String id = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.length() > PlaybackProfile.MAX_ID_LENGTH) {
            int cut = id.lastIndexOf('-', PlaybackProfile.MAX_ID_LENGTH);
            id = id.substring(0, cut > 0 ? cut : PlaybackProfile.MAX_ID_LENGTH);
        }
        return id;
    }
}
