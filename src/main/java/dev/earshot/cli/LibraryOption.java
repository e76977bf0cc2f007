package dev.earshot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --library DIR} option of the commands that read the playback-profile library: the profiles subcommands
 * and measure extract and live extend it, render, report and abx run mix it in.
 */
class LibraryOption {
    @Option(names = "--library", paramLabel = "DIR",
            description = "Folder holding playback-profiles/ and impulse-responses/ (default: Earshot's own).")
    Path library;

    /** The folder given, or null for Earshot's own (see {@link ProfileFolders#resolve}). */
    Path path() {
        return library;
    }

    ProfileFolders folders() {
        return ProfileFolders.resolve(library);
    }
}
