package de.tagungsband.cli;

import picocli.CommandLine;

final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Main.class.getPackage().getImplementationVersion();
        return new String[]{"tagungsband " + (version == null ? "(development build)" : version)};
    }
}
