package dev.earshot.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest (set by the build), falling back to "development". */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Earshot " + (version == null ? "(development build)" : version)};
    }
}
