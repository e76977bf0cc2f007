package dev.earshot.device.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * What a space adds after the direct sound, above the frequency where it stops behaving as a pressure field or a set
 * of modes: early reflections and a diffuse tail. Below {@code aboveHz} a space is modeled by its magnitude (cabin
 * gain, room modes) instead, so the reflections pass a 2nd-order high-pass at {@code aboveHz}; without it the discrete
 * reflections would also comb-filter the bass, which a cabin far smaller than the wavelength does not do.
 *
 * @param reflections early reflections, relative to the direct sound
 * @param tail        the diffuse tail, or null
 * @param aboveHz     corner of the high-pass on reflections and tail (cars: about 250 Hz; rooms: the Schroeder
 *                    frequency, about 150–200 Hz)
 */
public record Reverberation(List<Reflection> reflections, DiffuseTail tail, double aboveHz) {
    /** Nothing after the direct sound. */
    public static final Reverberation NONE = new Reverberation(List.of(), null, 100.0);

    public Reverberation {
        reflections = List.copyOf(reflections);
        if (!(aboveHz > 0)) {
            throw new IllegalArgumentException("the reverberation corner must be positive, got " + aboveHz + " Hz");
        }
    }

    /** True if nothing follows the direct sound. */
    public boolean isEmpty() {
        return reflections.isEmpty() && tail == null;
    }

    /**
     * A variant for one of several paths: reflection delays moved by up to ±{@code spread} (relative) in a pattern
     * chosen by {@code variant}, and the tail reseeded, so that paths in one space are not identical.
     */
    public Reverberation variant(int variant, double spread) {
        List<Reflection> moved = new ArrayList<>();
        for (int i = 0; i < reflections.size(); i++) {
            Reflection reflection = reflections.get(i);
            double factor = 1.0 + spread * (((i + variant) % 3) - 1);
            moved.add(new Reflection(reflection.delayMs() * factor, reflection.gainDb()));
        }
        return new Reverberation(moved, tail == null ? null : tail.withSeed(tail.seed() + 7_919L * variant),
                aboveHz);
    }
}
