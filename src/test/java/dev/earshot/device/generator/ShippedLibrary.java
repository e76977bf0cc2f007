package dev.earshot.device.generator;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The generated library, computed once per test JVM (it takes a few seconds) and shared read-only by the tests. */
final class ShippedLibrary {
    private static final class Holder {
        static final List<GeneratedProfile> PROFILES = ProfileLibraryGenerator.generateAll();
        static final Map<String, GeneratedProfile> BY_ID = PROFILES.stream()
                .collect(Collectors.toMap(GeneratedProfile::id, Function.identity()));
    }

    private ShippedLibrary() {
    }

    static List<GeneratedProfile> profiles() {
        return Holder.PROFILES;
    }

    static GeneratedProfile profile(String id) {
        GeneratedProfile profile = Holder.BY_ID.get(id);
        if (profile == null) {
            throw new AssertionError("no generated profile " + id);
        }
        return profile;
    }
}
