package dev.earshot.device;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The JSON stage types: their names, parameter names in file order, and how to build each record. */
final class StageTypes {
    /** One stage type; {@code create} receives the parameters in {@code parameterNames} order. */
    record Type(String name, List<String> parameterNames, Function<double[], StageSpec> create) {
        StageSpec create(double[] values) {
            return create.apply(values);
        }

        /** {@code type} and then the parameters, in file order. */
        List<String> fieldNames() {
            List<String> names = new ArrayList<>();
            names.add("type");
            names.addAll(parameterNames);
            return List.copyOf(names);
        }
    }

    private static final List<Type> TYPES = List.of(
            new Type(StageSpec.ImpulseResponse.TYPE, List.of(), v -> new StageSpec.ImpulseResponse()),
            new Type(StageSpec.MonoSum.TYPE, List.of("leftGain", "rightGain"),
                    v -> new StageSpec.MonoSum(v[0], v[1])),
            new Type(StageSpec.StereoWidth.TYPE, List.of("widthPercent"), v -> new StageSpec.StereoWidth(v[0])),
            new Type(StageSpec.BassProtection.TYPE,
                    List.of("cornerHz", "thresholdDbfs", "maxCutDb", "attackMs", "releaseMs"),
                    v -> new StageSpec.BassProtection(v[0], v[1], v[2], v[3], v[4])),
            new Type(StageSpec.PsychoacousticBass.TYPE, List.of("cutoffHz", "harmonicsGainDb"),
                    v -> new StageSpec.PsychoacousticBass(v[0], v[1])),
            new Type(StageSpec.Limiter.TYPE, List.of("ceilingDbfs", "lookAheadMs", "releaseMs"),
                    v -> new StageSpec.Limiter(v[0], v[1], v[2])));

    private StageTypes() {
    }

    /** The type called {@code name}, or null. */
    static Type byName(String name) {
        for (Type type : TYPES) {
            if (type.name().equals(name)) {
                return type;
            }
        }
        return null;
    }

    static String allNames() {
        return TYPES.stream().map(Type::name).collect(Collectors.joining(", "));
    }
}
