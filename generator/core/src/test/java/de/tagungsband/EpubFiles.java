package de.tagungsband;

import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.WriterReportImpl;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Reading a built EPUB back in tests: its files as text, and what EPUBCheck (the W3C's validator) finds. */
public final class EpubFiles {

    private EpubFiles() {
    }

    /** Each file of the package by its path, in the order of the archive (the mimetype first). */
    public static Map<String, String> read(Path epub) {
        Map<String, String> content = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                content.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return content;
    }

    /**
     * EPUBCheck's report when it finds at least {@code expectAtLeast} (at least one) fatal errors, errors or
     * warnings; else empty.
     */
    public static String check(Path epub, int expectAtLeast) {
        StringWriter messages = new StringWriter();
        WriterReportImpl report = new WriterReportImpl(new PrintWriter(messages), epub.toString(), true);
        new EpubCheck(epub.toFile(), report).doValidate();
        int problems = report.getFatalErrorCount() + report.getErrorCount() + report.getWarningCount();
        return problems < Math.max(1, expectAtLeast) ? "" : problems + " problems:\n" + messages;
    }
}
