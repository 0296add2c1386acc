package de.tagungsband.publish;

import de.tagungsband.BuildOptions;
import de.tagungsband.BuildResult;
import de.tagungsband.Tagungsband;

import java.nio.file.Path;

/** A build in a process of its own, so that tests can kill it: {@code content templates out}. */
public final class BuildProcess {

    private BuildProcess() {
    }

    public static void main(String[] args) {
        BuildResult result = Tagungsband.build(BuildOptions.builder(Path.of(args[0]), Path.of(args[2])).templates(Path.of(args[1])).build());
        System.exit(result.hasErrors() ? 1 : 0);
    }

    static Process start(Path content, Path templates, Path out, String... jvmOptions) throws java.io.IOException {
        java.util.List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(java.util.List.of(jvmOptions));
        command.addAll(java.util.List.of("-cp", System.getProperty("java.class.path"), BuildProcess.class.getName(),
                content.toString(), templates.toString(), out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
