package dev.earshot.device.generator;

/**
 * A device model that renders its impulse response. Implementations are immutable; rendering is deterministic (the
 * same model and rate give the same samples on every platform) and may run on any thread.
 */
@FunctionalInterface
public interface ImpulseResponseModel {
    /**
     * @param sampleRate the rate to render at, e.g. 48 000 Hz
     * @return new arrays owned by the caller: 1 channel (same IR on every channel), 2 (L→L, R→R) or 4 (true stereo:
     *         LL, LR, RL, RR, where LR is the left input heard at the right output)
     */
    float[][] render(int sampleRate);
}
