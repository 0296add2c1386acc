package de.tagungsband.html;

import de.tagungsband.UsageException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The templates folder of a build: the folder given, or the default templates that are built into tagungsband's
 * jar (the repository's {@code templates/}, under {@value #RESOURCE_ROOT}). The defaults are unpacked into a
 * temporary folder for as long as this object is open, so that an archive project needs no copy of the templates.
 */
public final class TemplateFolder implements AutoCloseable {

    /** Where the default templates lie on the class path. */
    public static final String RESOURCE_ROOT = "tagungsband/templates/";

    private final Path path;
    private final boolean unpacked;

    private TemplateFolder(Path path, boolean unpacked) {
        this.path = path;
        this.unpacked = unpacked;
    }

    /** The given folder, which must exist; or, for {@code null}, the default templates unpacked. */
    public static TemplateFolder open(Path given) {
        if (given != null) {
            if (!Files.isDirectory(given)) {
                throw new UsageException("the templates folder " + given + " does not exist");
            }
            return new TemplateFolder(given, false);
        }
        try {
            Path target = Files.createTempDirectory("tagungsband-templates-");
            unpackDefaults(target);
            return new TemplateFolder(target, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the default templates: " + e.getMessage(), e);
        }
    }

    public Path path() {
        return path;
    }

    /** True for the built-in default templates. */
    public boolean isDefault() {
        return unpacked;
    }

    @Override
    public void close() {
        if (!unpacked) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the default templates out of the jar (or the classes folder, in tests) that holds this class. */
    static void unpackDefaults(Path target) throws IOException {
        Path codeSource;
        try {
            codeSource = Path.of(TemplateFolder.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            throw new IOException("cannot locate tagungsband's jar", e);
        }
        if (Files.isDirectory(codeSource)) {
            copyTree(codeSource.resolve(RESOURCE_ROOT), target);
            return;
        }
        try (ZipFile jar = new ZipFile(codeSource.toFile())) {
            int count = 0;
            for (Enumeration<? extends ZipEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(RESOURCE_ROOT)) {
                    continue;
                }
                Path file = target.resolve(entry.getName().substring(RESOURCE_ROOT.length())).normalize();
                if (!file.startsWith(target)) {
                    continue;
                }
                Files.createDirectories(file.getParent());
                try (InputStream in = jar.getInputStream(entry)) {
                    Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
                }
                count++;
            }
            if (count == 0) {
                throw new IOException(codeSource + " holds no default templates under " + RESOURCE_ROOT);
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IOException(from + " holds no default templates");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            Path copy = to.resolve(from.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
