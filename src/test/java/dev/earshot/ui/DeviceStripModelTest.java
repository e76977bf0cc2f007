package dev.earshot.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.ProfileLibrary;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceStripModelTest {
    private static final ProfileLibrary LIBRARY =
            ProfileLibrary.load(Path.of("playback-profiles"), Path.of("impulse-responses"));

    private static PlaybackProfile withCategory(String id, String name, ProfileCategory category) {
        PlaybackProfile any = LIBRARY.profiles().get(0);
        return new PlaybackProfile(id, name, category, "", any.impulseResponse(), any.listeningLevelDbSpl(),
                any.stages(), any.noise(), any.provenance());
    }

    @Test
    void groupsFollowCategoryOrderAndNamesSortWithinAGroup() {
        DeviceStripModel strip = new DeviceStripModel(List.of(
                withCategory("p-b", "Phone B", ProfileCategory.PHONE),
                withCategory("c-1", "Car", ProfileCategory.CAR),
                withCategory("p-a", "phone a", ProfileCategory.PHONE)));

        assertEquals(List.of(ProfileCategory.CAR, ProfileCategory.PHONE),
                strip.groups().stream().map(DeviceStripModel.Group::category).toList());
        assertEquals(List.of("c-1", "p-a", "p-b"),
                strip.profilesInSourceOrder().stream().map(PlaybackProfile::id).toList());
        assertEquals(List.of(2, 3), strip.groups().get(1).entries().stream()
                .map(DeviceStripModel.Entry::sourceIndex).toList());
        assertEquals("2  Phone", strip.groups().get(1).label());
        assertEquals(DeviceStripModel.BYPASS_LABEL, strip.label(0));
        assertEquals("phone a", strip.label(2));
    }

    @Test
    void shippedLibraryGivesElevenGroupsNumberedOneToNineThenUnnumbered() {
        DeviceStripModel strip = new DeviceStripModel(LIBRARY.profiles());
        assertEquals(11, strip.groups().size());
        assertEquals(LIBRARY.profiles().size() + 1, strip.sourceCount());
        for (int g = 0; g < strip.groups().size(); g++) {
            assertEquals(g < 9 ? g + 1 : 0, strip.groups().get(g).hotkey());
        }
        List<Integer> sources = new ArrayList<>();
        strip.groups().forEach(g -> g.entries().forEach(e -> {
            sources.add(e.sourceIndex());
            assertEquals(e.profile(), strip.profilesInSourceOrder().get(e.sourceIndex() - 1));
            assertEquals(g.category(), e.profile().category());
        }));
        for (int i = 0; i < sources.size(); i++) {
            assertEquals(i + 1, sources.get(i), "sources run 1..n in strip order");
        }
    }

    @Test
    void aNumberKeySelectsItsGroupThenCyclesWithinIt() {
        DeviceStripModel strip = new DeviceStripModel(LIBRARY.profiles());
        DeviceStripModel.Group cars = strip.groups().get(0);
        int first = cars.entries().get(0).sourceIndex();
        int second = cars.entries().get(1).sourceIndex();
        int last = cars.entries().get(cars.entries().size() - 1).sourceIndex();
        assertEquals(first, strip.forHotkey(1, 0));
        assertEquals(second, strip.forHotkey(1, first));
        assertEquals(first, strip.forHotkey(1, last));
        int phones = strip.groups().get(3).entries().get(0).sourceIndex();
        assertEquals(phones, strip.forHotkey(4, first));
        assertEquals(-1, strip.forHotkey(0, first));
    }

    @Test
    void arrowsWalkEverySourceAndWrapThroughBypass() {
        DeviceStripModel strip = new DeviceStripModel(LIBRARY.profiles());
        int n = strip.sourceCount();
        assertEquals(1, strip.next(0));
        assertEquals(0, strip.next(n - 1));
        assertEquals(n - 1, strip.previous(0));
        int source = 0;
        for (int i = 0; i < n; i++) {
            source = strip.next(source);
        }
        assertEquals(0, source);
        assertTrue(n > 20);
    }
}
