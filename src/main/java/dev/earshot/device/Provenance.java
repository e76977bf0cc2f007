package dev.earshot.device;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Where a profile comes from, so that a user can judge how far to trust it.
 *
 * @param kind   how the response was obtained
 * @param source the published figures or the measurement it is built from, by name; not blank
 * @param notes  what is our own modeling assumption (may be empty, never null)
 * @param sha256 for measured and imported profiles: the SHA-256 of the source file, 64 lower-case hex digits; or null
 * @param date   for measured and imported profiles: the date of the measurement or import; or null
 */
public record Provenance(Kind kind, String source, String notes, String sha256, LocalDate date) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    /** How a profile's response was obtained; the JSON name is the lower-case constant name. */
    public enum Kind {
        /** Built by our own code from published figures. */
        MODELED,
        /** Measured by the user (e.g. with REW) and imported. */
        MEASURED,
        /** Imported from a file whose origin the user vouches for. */
        IMPORTED;

        /** The value in profile files, e.g. {@code "modeled"}. */
        public String jsonName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * The kind whose {@link #jsonName()} is exactly {@code jsonName}.
         *
         * @throws IllegalArgumentException naming the accepted values if there is none
         */
        public static Kind fromJson(String jsonName) {
            for (Kind kind : values()) {
                if (kind.jsonName().equals(jsonName)) {
                    return kind;
                }
            }
            throw new IllegalArgumentException("must be one of modeled, measured, imported, got '" + jsonName + "'");
        }
    }

    /** @throws IllegalArgumentException naming the field if a value is missing or malformed */
    public Provenance {
        Fields.required("kind", kind);
        Fields.text("source", source);
        Fields.oneLine("notes", notes);
        if (sha256 != null && !SHA256.matcher(sha256).matches()) {
            throw new InvalidFieldException("sha256", "must be 64 lower-case hexadecimal digits");
        }
    }

    /** A provenance without a source file checksum or date, as modeled profiles have. */
    public Provenance(Kind kind, String source, String notes) {
        this(kind, source, notes, null, null);
    }
}
