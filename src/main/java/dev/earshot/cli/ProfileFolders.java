package dev.earshot.cli;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * Where the profile library lives: {@code playback-profiles/} and {@code impulse-responses/} under one root. The
 * root is, in order: the {@code --library} option, the {@code EARSHOT_HOME} environment variable, the folder the
 * Earshot jar was built in (the checkout), or the current folder.
 */
record ProfileFolders(Path root) {
    static final String PROFILES = "playback-profiles";
    static final String IMPULSE_RESPONSES = "impulse-responses";

    static ProfileFolders resolve(Path option) {
        if (option != null) {
            return new ProfileFolders(option);
        }
        String home = System.getenv("EARSHOT_HOME");
        if (home != null && !home.isBlank()) {
            return new ProfileFolders(Path.of(home));
        }
        Path checkout = checkoutOfJar();
        if (checkout != null && Files.isDirectory(checkout.resolve(PROFILES))) {
            return new ProfileFolders(checkout);
        }
        return new ProfileFolders(Path.of("."));
    }

    Path profiles() {
        return root.resolve(PROFILES);
    }

    Path impulseResponses() {
        return root.resolve(IMPULSE_RESPONSES);
    }

    /** target/earshot.jar → the checkout; classes run from target/classes → the checkout too. */
    private static Path checkoutOfJar() {
        CodeSource code = ProfileFolders.class.getProtectionDomain().getCodeSource();
        if (code == null || code.getLocation() == null) {
            return null;
        }
        try {
            Path target = Path.of(code.getLocation().toURI()).getParent();
            return target == null ? null : target.getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null; // not a file location (e.g. a custom class loader): fall back to the current folder
        }
    }
}
