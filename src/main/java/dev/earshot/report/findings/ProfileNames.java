package dev.earshot.report.findings;

import dev.earshot.report.model.ProfileSection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Names a set of profiles the way a client reads it: a whole category by its plural ("phones and laptops") when every
 * profile of that category in the report is affected, single profiles by name otherwise. Stateless.
 */
final class ProfileNames {

    private ProfileNames() {
    }

    /**
     * @param affected the profiles a finding concerns, in report order
     * @param all      every profile of the report
     */
    static String describe(List<ProfileSection> affected, List<ProfileSection> all) {
        Map<String, List<ProfileSection>> byCategory = new LinkedHashMap<>();
        for (ProfileSection section : affected) {
            byCategory.computeIfAbsent(section.categoryName(), c -> new ArrayList<>()).add(section);
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, List<ProfileSection>> entry : byCategory.entrySet()) {
            long inReport = all.stream().filter(s -> s.categoryName().equals(entry.getKey())).count();
            if (entry.getValue().size() == inReport && inReport > 1) {
                parts.add(plural(entry.getKey()));
            } else {
                for (ProfileSection section : entry.getValue()) {
                    parts.add(section.profileName());
                }
            }
        }
        return join(parts);
    }

    /** "a", "a and b", "a, b and c"; with semicolons when a part holds a comma ("TV, late night; phones and c"). */
    static String join(List<String> parts) {
        if (parts.isEmpty()) {
            return "";
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        String separator = parts.stream().anyMatch(p -> p.contains(",")) ? "; " : ", ";
        return String.join(separator, parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
    }

    /** "Phone" → "phones", "Smart speaker" → "smart speakers", "TV" → "TVs", "Earbuds" → "earbuds". */
    static String plural(String categoryName) {
        if (categoryName.equals(categoryName.toUpperCase(Locale.ROOT))) {
            return categoryName + "s";
        }
        String lower = categoryName.toLowerCase(Locale.ROOT);
        if (lower.endsWith("s")) {
            return lower;
        }
        return lower.equals("reference") ? "reference systems" : lower + "s";
    }

    /** Ids of {@code sections}, in order. */
    static List<String> ids(List<ProfileSection> sections) {
        return sections.stream().map(ProfileSection::profileId).toList();
    }
}
