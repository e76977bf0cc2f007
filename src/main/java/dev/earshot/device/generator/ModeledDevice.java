package dev.earshot.device.generator;

import dev.earshot.device.NoiseSpec;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileCategory;
import dev.earshot.device.Provenance;
import dev.earshot.device.StageSpec;
import java.util.List;

/**
 * A profile of the shipped library: its profile fields and the model that renders its IR.
 *
 * @param profile the profile as written to {@code playback-profiles/<id>.json}; its IR file is {@code <id>.wav}
 * @param model   renders the IR
 */
public record ModeledDevice(PlaybackProfile profile, ImpulseResponseModel model) {
    /**
     * A modeled device whose IR file is {@code <id>.wav} and whose provenance is
     * {@code Provenance(MODELED, source, notes)}.
     *
     * @param listeningLevelDbSpl the device's typical listening level (our assumption, stated in {@code notes})
     * @param stages              in processing order, including the {@link StageSpec.ImpulseResponse} entry
     * @param noise               road noise for cars, or null
     * @param source              the published figures the model is built from, by name
     * @param notes               which parts are our own modeling choices
     * @throws IllegalArgumentException naming the field if a profile value is malformed
     */
    static ModeledDevice of(String id, String name, ProfileCategory category, String description,
                            double listeningLevelDbSpl, List<StageSpec> stages, NoiseSpec noise, String source,
                            String notes, ImpulseResponseModel model) {
        PlaybackProfile profile = new PlaybackProfile(id, name, category, description, id + ".wav",
                listeningLevelDbSpl, stages, noise, new Provenance(Provenance.Kind.MODELED, source, notes));
        return new ModeledDevice(profile, model);
    }
}
