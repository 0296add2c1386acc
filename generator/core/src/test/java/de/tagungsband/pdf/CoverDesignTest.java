package de.tagungsband.pdf;

import de.tagungsband.record.Colour;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every pattern keeps to the band between title block and foot, on A4 and A5, whatever the event's bits. */
class CoverDesignTest {

    @Test
    void everyPatternStaysInTheBandBetweenTitleAndFoot() {
        Random random = new Random(20);
        for (double[] paper : new double[][] {{210, 297}, {148, 210}}) {
            double unit = paper[0] / 210;
            for (String pattern : CoverDesign.PATTERNS) {
                for (int i = 0; i < 50; i++) {
                    List<CoverDesign.Shape> shapes = CoverDesign.shapes(pattern, random.nextLong(), paper[0], paper[1]);
                    assertFalse(shapes.isEmpty(), pattern);
                    for (CoverDesign.Shape shape : shapes) {
                        assertTrue(shape.top() >= 150 * unit - 0.01 && shape.top() + shape.size() <= 250 * unit + 0.01,
                                pattern + " " + shape);
                        assertTrue(shape.size() > 0 && shape.style().contains("width:"), shape.toString());
                    }
                }
            }
        }
    }

    @Test
    void aTurnedColourKeepsItsLightnessRoughlyAndChangesItsHue() {
        Colour brand = Colour.of("#0b5d5a");
        Colour turned = CoverDesign.turned(brand, 25);
        assertNotEquals(brand, turned);
        assertEquals(brand, CoverDesign.turned(brand, 0));
        assertTrue(Math.abs(brand.luminance() - turned.luminance()) < 0.05, turned.hex());
    }
}
