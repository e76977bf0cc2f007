package dev.earshot.playback;

import dev.earshot.device.DeviceChain;
import dev.earshot.device.DeviceChains;
import dev.earshot.device.ImpulseResponseStage;
import dev.earshot.device.PlaybackProfile;
import dev.earshot.device.ProfileLibrary;
import dev.earshot.dsp.IrFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Builds the engine's sources from playback profiles: each profile's chain for real-time use. */
public final class ProfileSources {

    private ProfileSources() {
    }

    /**
     * Loads each profile's impulse response at {@code sampleRate} and builds its chain with the real-time partition
     * ({@link ImpulseResponseStage#REALTIME_PARTITION_FRAMES}). Reads files: call off the audio thread.
     *
     * @param noiseSeed seed of the profiles' procedural noise beds
     * @return one chain per profile, in order: source {@code i + 1} of an engine built with them is profile {@code i}
     * @throws IOException if an impulse response cannot be read (the message names the file)
     */
    public static List<DeviceChain> chains(ProfileLibrary library, List<PlaybackProfile> profiles, int sampleRate,
                                           long noiseSeed) throws IOException {
        List<DeviceChain> chains = new ArrayList<>();
        for (PlaybackProfile profile : profiles) {
            chains.add(DeviceChains.build(profile, IrFiles.load(library.irPath(profile), sampleRate),
                    ImpulseResponseStage.REALTIME_PARTITION_FRAMES, noiseSeed));
        }
        return chains;
    }
}
