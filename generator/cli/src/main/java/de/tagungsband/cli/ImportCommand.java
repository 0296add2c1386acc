package de.tagungsband.cli;

import de.tagungsband.wordimport.ImportReport;
import de.tagungsband.wordimport.WordImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code tagungsband import BEITRAG.docx --event <folder>}: a Word contribution as a draft record, with its report. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Liest einen Beitrag aus Word (.docx; .odt/.doc über LibreOffice) als Entwurf in den Ordner eines "
                + "Fachtages ein und berichtet jede Entscheidung mit dem Absatz, aus dem sie stammt.")
final class ImportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "BEITRAG.docx", description = "das Word-Dokument")
    Path document;

    @Option(names = "--event", required = true, paramLabel = "ORDNER",
            description = "Ordner des Fachtages, z. B. 2021-vom-ankommen-und-bleiben")
    String event;

    @Option(names = "--kind", paramLabel = "ART", defaultValue = "talk",
            description = "workshop, talk, panel oder keynote (Vorgabe: ${DEFAULT-VALUE})")
    String kind;

    @Option(names = "--as-input-of", paramLabel = "BEITRAG.md",
            description = "als Fachinput zu diesem Beitrag des Fachtages einlesen")
    String inputOf;

    @Option(names = "--force", description = "einen gleichnamigen Entwurf ersetzen (nie einen veröffentlichten Beitrag)")
    boolean force;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Inhaltsordner (Vorgabe: ${DEFAULT-VALUE})")
    Path content;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        WordImport.Result result = WordImport.run(new WordImport.Request(document, content, event, kind, inputOf, force));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Eingelesen: " + result.record() + " (Entwurf, draft: true)");
        result.images().forEach(image -> out.println("Bild: " + image));
        out.println();
        out.println("Bericht – bitte prüfen:");
        for (ImportReport.Entry entry : result.report().entries()) {
            out.println("  " + entry);
        }
        long errors = result.report().entries().stream().filter(e -> e.level() == ImportReport.Level.ERROR).count();
        out.println();
        out.println(errors == 0 ? "Ansehen mit: tagungsband serve"
                : errors + (errors == 1 ? " Fehler muss" : " Fehler müssen") + " vor der Veröffentlichung behoben werden "
                + "(tagungsband check zeigt sie mit Zeilennummer).");
        out.flush();
        return 0;
    }
}
