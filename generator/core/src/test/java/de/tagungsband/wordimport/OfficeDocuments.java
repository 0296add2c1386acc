package de.tagungsband.wordimport;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Test documents made by a real word processor: the flat OpenDocument sources in the test resources, saved as
 * .docx by headless LibreOffice (Debian's libreoffice-writer-nogui; scripts/ensure-test-tools.sh installs it) with a
 * profile of its own in a temporary folder. All of them in one run of soffice, once per test JVM, stopped after
 * three minutes: the first start of a fresh profile takes most of the time.
 */
final class OfficeDocuments {

    static final List<String> SOURCES = List.of("werkstattbericht", "podiumsbeitrag");

    private static Map<String, Path> converted;

    private OfficeDocuments() {
    }

    /** The .docx LibreOffice made of the source {@code name}, and beside it {@code name.fodt}. */
    static synchronized Path docx(String name) {
        if (converted == null) {
            converted = convertAll();
        }
        return converted.get(name);
    }

    static Path source(String name) {
        return docx(name).resolveSibling(name + ".fodt");
    }

    private static Map<String, Path> convertAll() {
        Path soffice = OfficeConversion.soffice().orElse(null);
        assertTrue(soffice != null, "LibreOffice (soffice) is missing: run scripts/ensure-test-tools.sh "
                + "(apt-get install libreoffice-writer-nogui)");
        try {
            Path folder = Files.createTempDirectory("tagungsband-office-documents");
            String png = Base64.getEncoder().encodeToString(chart());
            Map<String, Path> documents = new LinkedHashMap<>();
            List<String> sources = SOURCES.stream().map(name -> {
                Path source = folder.resolve(name + ".fodt");
                write(source, resource(name + ".fodt").replace("{{PNG}}", png));
                documents.put(name, folder.resolve(name + ".docx"));
                return source.toString();
            }).toList();
            OfficeConversion.convertAll(soffice, sources, folder, Duration.ofMinutes(3));
            documents.values().forEach(d -> assertTrue(Files.isRegularFile(d), "LibreOffice did not write " + d));
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bar chart as PNG: the image of the test documents. */
    static byte[] chart() {
        BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 320, 200);
        int[] heights = {142, 87, 60, 35};
        Color[] colours = {new Color(0x1f4e79), new Color(0x2e75b6), new Color(0x9dc3e6), new Color(0xc55a11)};
        for (int i = 0; i < heights.length; i++) {
            g.setColor(colours[i]);
            g.fillRect(20 + i * 75, 190 - heights[i], 55, heights[i]);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String resource(String name) {
        try (InputStream in = OfficeDocuments.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("test resource " + name + " is missing", e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
