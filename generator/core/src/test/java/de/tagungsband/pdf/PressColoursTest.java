package de.tagungsband.pdf;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The colours of the print edition, with Ghostscript's CMYK profile standing in for the print shop's. */
class PressColoursTest {

    private final PressColours colours;

    PressColoursTest() throws IOException {
        colours = new PressColours(Files.readAllBytes(PrintEditionTest.PROFILE), new COSArray());
    }

    @Test
    void nearBlackIsFullBlackAndGreysAreTintsOfBlackOnly() {
        assertArrayEquals(new float[] {0, 0, 0, 1}, colours.cmyk(0x1b / 255f, 0x1f / 255f, 0x23 / 255f), "#1b1f23");
        assertArrayEquals(new float[] {0, 0, 0, 1}, colours.cmyk(0, 0, 0));
        assertArrayEquals(new float[] {0, 0, 0, 0}, colours.cmyk(1, 1, 1), "white is no ink");
        float[] grey = colours.cmyk(0x4a / 255f, 0x55 / 255f, 0x60 / 255f);
        assertEquals(0, grey[0] + grey[1] + grey[2], "a cool grey of the screen design prints in black ink only");
        assertEquals(0.675f, grey[3], 0.01f);
    }

    @Test
    void aBrandColourIsSeparatedByTheProfileWithinTheInkLimit() {
        float[] teal = colours.cmyk(0x0b / 255f, 0x5d / 255f, 0x5a / 255f);
        assertTrue(teal[0] > 0.5f && teal[1] < teal[0], "mostly cyan: " + java.util.Arrays.toString(teal));
        double total = teal[0] + teal[1] + teal[2] + teal[3];
        assertTrue(total <= PdfXCheck.MOST_INK, "total ink " + total);
    }

    @Test
    void rgbAndGreyOperatorsBecomeCmykAndAColourSpaceDeviceRgbToo() {
        List<Object> tokens = List.of(new COSFloat(0.5f), Operator.getOperator("g"),
                new COSFloat(1), new COSFloat(0), new COSFloat(0), Operator.getOperator("RG"),
                COSName.DEVICERGB, Operator.getOperator("cs"), new COSFloat(0), new COSFloat(0), new COSFloat(0),
                Operator.getOperator("sc"), Operator.getOperator("q"), COSName.getPDFName("CS0"),
                Operator.getOperator("cs"), new COSFloat(0.3f), Operator.getOperator("sc"), Operator.getOperator("Q"));
        String out = colours.recoloured(tokens).stream()
                .map(t -> t instanceof Operator o ? o.getName() : t instanceof COSFloat f ? String.valueOf(f.floatValue())
                        : t instanceof COSName n ? "/" + n.getName() : t.toString())
                .reduce((a, b) -> a + " " + b).orElse("");
        assertTrue(out.startsWith("0.0 0.0 0.0 0.5 k "), out);
        assertTrue(out.contains(" K /DeviceCMYK cs 0.0 0.0 0.0 1.0 sc q /CS0 cs 0.3 sc Q"), out);
        assertTrue(!out.contains("RG") && !out.contains(" g "), out);
    }
}
