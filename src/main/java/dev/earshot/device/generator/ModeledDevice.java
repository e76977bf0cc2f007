package dev.earshot.device.generator;

/**
 * A profile of the shipped library: its description and the model that renders its IR.
 *
 * @param spec  the profile fields
 * @param model renders the IR
 */
public record ModeledDevice(ProfileSpec spec, ImpulseResponseModel model) {
}
