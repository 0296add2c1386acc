package de.tagungsband.wordimport;

import de.tagungsband.UsageException;
import de.tagungsband.i18n.Text;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Opens a .docx with Apache POI after checking, from the archive's table of contents alone, that it is safe to
 * unpack: a zip at all, not too many files, no file name that points outside the archive, no file so large or so
 * tightly packed (a zip bomb) that unpacking it would fill the memory. POI itself refuses XML with a document type
 * declaration (entity bombs) and checks the packing ratio again while it reads. Every refusal is an
 * {@link UsageException} with a German message that says what to do.
 */
final class DocxFile {

    static final long MAX_PICTURE_BYTES = 20L * 1024 * 1024;
    static final long MAX_XML_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;
    static final int MAX_ENTRIES = 5_000;
    static final int MAX_NOTES = 2_000;
    /** A part that unpacks to more than this many times its packed size is a zip bomb, not a document. */
    static final int MAX_RATIO = 100;

    private DocxFile() {
    }

    static XWPFDocument open(Path file) {
        String name = file.getFileName().toString();
        checkArchive(file, name);
        try {
            OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            try {
                return new XWPFDocument(pkg);
            } catch (RuntimeException | IOException e) {
                pkg.revert();
                throw e;
            }
        } catch (UsageException e) {
            throw e;
        } catch (Exception | StackOverflowError e) {
            throw new UsageException(unreadable(name, e));
        }
    }

    private static void checkArchive(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException(Text.of("import.fail.missing", file));
        }
        byte[] head = readHead(file);
        if (head.length >= 4 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF) {
            throw new UsageException(Text.of("import.fail.oldWord", name));
        }
        if (head.length < 4 || head[0] != 'P' || head[1] != 'K') {
            throw new UsageException(Text.of("import.fail.notZip", name));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.size() > MAX_ENTRIES) {
                throw new UsageException(Text.of("import.fail.entries", name, german(zip.size())));
            }
            long total = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                checkEntry(name, entry);
                total += Math.max(0, entry.getSize());
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().matches("word/[^/]*notes\\.xml")) {
                    checkNotes(name, zip, entry);
                }
            }
            if (total > MAX_TOTAL_BYTES) {
                throw new UsageException(Text.of("import.fail.total", name, megabytes(total), megabytes(MAX_TOTAL_BYTES)));
            }
        } catch (ZipException e) {
            throw new UsageException(Text.of("import.fail.brokenZip", name, e.getMessage()));
        } catch (IOException e) {
            throw new UsageException(Text.of("import.fail.read", name, e.getMessage()));
        }
    }

    /**
     * Counts the notes of a notes part before POI reads it (POI looks each reference up among all notes, which
     * takes minutes for ten thousand); the parser reads no document type declaration.
     */
    private static void checkNotes(String name, ZipFile zip, ZipEntry entry) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        int notes = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && Ooxml.W.equals(reader.getNamespaceURI())
                        && reader.getLocalName().endsWith("note") && ++notes > MAX_NOTES + 2) {
                    throw new UsageException(Text.of("import.fail.notes", name, german(MAX_NOTES), german(count(zip, entry))));
                }
            }
        } catch (XMLStreamException e) {
            throw new UsageException(Text.of("import.fail.badXml", name, entry.getName()));
        }
    }

    /** All notes of a part, for the message. */
    private static int count(ZipFile zip, ZipEntry entry) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        int notes = 0;
        try (InputStream in = zip.getInputStream(entry)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            while (reader.hasNext()) {
                if (reader.next() == XMLStreamConstants.START_ELEMENT && Ooxml.W.equals(reader.getNamespaceURI())
                        && reader.getLocalName().endsWith("note")) {
                    notes++;
                }
            }
        }
        return notes;
    }

    private static void checkEntry(String name, ZipEntry entry) {
        String path = entry.getName().replace('\\', '/');
        if (path.startsWith("/") || path.matches("^[A-Za-z]:.*") || ("/" + path + "/").contains("/../")) {
            throw new UsageException(Text.of("import.fail.traversal", name, entry.getName()));
        }
        long size = entry.getSize();
        boolean picture = path.startsWith("word/media/") || !path.toLowerCase(Locale.ROOT).endsWith(".xml")
                && !path.toLowerCase(Locale.ROOT).endsWith(".rels");
        long limit = picture ? MAX_PICTURE_BYTES : MAX_XML_BYTES;
        if (size > limit) {
            throw new UsageException(Text.of(picture ? "import.fail.pictureSize" : "import.fail.partSize", name, path,
                    megabytes(size), megabytes(limit)));
        }
        long packed = entry.getCompressedSize();
        if (size > 1024 * 1024 && packed > 0 && size / packed > MAX_RATIO) {
            throw new UsageException(Text.of("import.fail.zipBomb", name, path, german(size / packed)));
        }
    }

    private static byte[] readHead(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(8);
        } catch (IOException e) {
            throw new UsageException(Text.of("import.fail.read", file, e.getMessage()));
        }
    }

    private static String german(long number) {
        return String.format(Locale.GERMANY, "%,d", number);
    }

    private static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }

    /** Why POI could not read a document that passed the checks of the archive, in the editor's words. */
    private static Text unreadable(String name, Throwable e) {
        String text = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (text.contains("doctype") || text.contains("entity") || text.contains("dtd")) {
            return Text.of("import.fail.entities", name);
        }
        if (text.contains("zip bomb")) {
            return Text.of("import.fail.unpackedTooLarge", name);
        }
        if (text.contains("no valid entries") || text.contains("content_types") || text.contains("officexml")) {
            return Text.of("import.fail.notDocxParts", name);
        }
        return Text.of("import.fail.unreadable", name,
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
