package de.tagungsband.cli;

import de.tagungsband.i18n.Texts;
import de.tagungsband.wordimport.ImportReport;
import de.tagungsband.wordimport.WordImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * {@code tagungsband import BEITRAG.docx --event <folder>}: a Word contribution as a draft record, then the import
 * report (in the language of the run) with every decision and the paragraph it came from.
 */
@Command(name = "import", mixinStandardHelpOptions = true)
final class ImportCommand extends EditorCommand {

    @Parameters(index = "0", paramLabel = "BEITRAG.docx", descriptionKey = "param.import.document")
    Path document;

    @Option(names = "--event", required = true, paramLabel = "ORDNER", descriptionKey = "option.import.event")
    String event;

    @Option(names = "--kind", paramLabel = "ART", defaultValue = "talk", descriptionKey = "option.import.kind")
    String kind;

    @Option(names = "--as-input-of", paramLabel = "BEITRAG.md", descriptionKey = "option.import.inputOf")
    String inputOf;

    @Option(names = "--force", descriptionKey = "option.import.force")
    boolean force;

    @Mixin
    ContentOption content;

    ImportCommand(Texts texts) {
        super(texts);
    }

    @Override
    public Integer call() {
        WordImport.Result result = WordImport.run(new WordImport.Request(document, content.content, event, kind, inputOf, force));
        PrintWriter out = out();
        out.println(texts.get("import.written", result.record()));
        result.images().forEach(image -> out.println(texts.get("import.image", image)));
        out.println();
        out.println(texts.get("import.report"));
        for (ImportReport.Entry entry : result.report().entries()) {
            out.println("  " + entry.shown(texts));
        }
        long errors = result.report().entries().stream().filter(e -> e.level() == ImportReport.Level.ERROR).count();
        out.println();
        out.println(errors == 0 ? texts.get("import.next") : texts.get("import.errors", errors));
        out.flush();
        return 0;
    }
}
