package dev.earshot.ui;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The device strip's order: profiles grouped by category (in {@link ProfileCategory} declaration order, empty groups
 * left out), by name within a group. The engine's sources follow this order: source 0 is Studio (bypass), source
 * {@code i >= 1} is {@link #profilesInSourceOrder()}{@code .get(i - 1)}. The first nine groups carry the number keys
 * 1-9. Immutable and thread-safe.
 */
public final class DeviceStripModel {
    /** Label of source 0. */
    public static final String BYPASS_LABEL = "Studio (bypass)";

    private final List<Group> groups;
    private final List<PlaybackProfile> sourceOrder;

    /**
     * One category's profiles.
     *
     * @param category the category
     * @param hotkey   1 to 9, or 0 when the group has no number key
     * @param entries  its profiles in strip order
     */
    public record Group(ProfileCategory category, int hotkey, List<Entry> entries) {
        public Group {
            entries = List.copyOf(entries);
        }

        /** The group's heading, e.g. {@code "3  Headphones"}. */
        public String label() {
            return hotkey == 0 ? category.displayName() : hotkey + "  " + category.displayName();
        }
    }

    /**
     * @param sourceIndex the engine source that plays this profile, 1 or more
     * @param profile     the profile
     */
    public record Entry(int sourceIndex, PlaybackProfile profile) {
    }

    /** @param profiles any order; ids are unique */
    public DeviceStripModel(List<PlaybackProfile> profiles) {
        Map<ProfileCategory, List<PlaybackProfile>> byCategory = new EnumMap<>(ProfileCategory.class);
        for (PlaybackProfile profile : profiles) {
            byCategory.computeIfAbsent(profile.category(), c -> new ArrayList<>()).add(profile);
        }
        List<Group> built = new ArrayList<>();
        List<PlaybackProfile> order = new ArrayList<>();
        for (Map.Entry<ProfileCategory, List<PlaybackProfile>> category : byCategory.entrySet()) {
            List<PlaybackProfile> members = category.getValue();
            members.sort(Comparator.comparing(PlaybackProfile::name, String.CASE_INSENSITIVE_ORDER)
                    .thenComparing(PlaybackProfile::id));
            List<Entry> entries = new ArrayList<>();
            for (PlaybackProfile profile : members) {
                order.add(profile);
                entries.add(new Entry(order.size(), profile));
            }
            int hotkey = built.size() < 9 ? built.size() + 1 : 0;
            built.add(new Group(category.getKey(), hotkey, entries));
        }
        groups = List.copyOf(built);
        sourceOrder = List.copyOf(order);
    }

    /** The groups in strip order; unmodifiable. */
    public List<Group> groups() {
        return groups;
    }

    /** The profiles in engine source order (source {@code i} is element {@code i - 1}); unmodifiable. */
    public List<PlaybackProfile> profilesInSourceOrder() {
        return sourceOrder;
    }

    /** Sources in the engine: bypass plus every profile. */
    public int sourceCount() {
        return sourceOrder.size() + 1;
    }

    /** "Studio (bypass)" for 0, else the profile's name. */
    public String label(int sourceIndex) {
        return sourceIndex == 0 ? BYPASS_LABEL : sourceOrder.get(sourceIndex - 1).name();
    }

    /** The source after {@code sourceIndex}, wrapping from the last profile to bypass. */
    public int next(int sourceIndex) {
        return (sourceIndex + 1) % sourceCount();
    }

    /** The source before {@code sourceIndex}, wrapping from bypass to the last profile. */
    public int previous(int sourceIndex) {
        return (sourceIndex - 1 + sourceCount()) % sourceCount();
    }

    /**
     * The source number key {@code hotkey} selects when {@code currentSource} plays: the group's first profile, or
     * the next one in the group (wrapping) when the current source is already in it.
     *
     * @return the source, or -1 when no group has that key
     */
    public int forHotkey(int hotkey, int currentSource) {
        for (Group group : groups) {
            if (group.hotkey() == hotkey && hotkey != 0) {
                List<Entry> entries = group.entries();
                for (int k = 0; k < entries.size(); k++) {
                    if (entries.get(k).sourceIndex() == currentSource) {
                        return entries.get((k + 1) % entries.size()).sourceIndex();
                    }
                }
                return entries.get(0).sourceIndex();
            }
        }
        return -1;
    }
}
