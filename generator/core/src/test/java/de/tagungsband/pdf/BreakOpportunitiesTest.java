package de.tagungsband.pdf;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The engine may end a line only after a space, a soft hyphen or a zero-width space. */
class BreakOpportunitiesTest {

    @Test
    void offersOnlySpacesSoftHyphensAndZeroWidthSpaces() {
        assertEquals(List.of(3, 7, 19, 22, 27, 28), all("ab Ver\u00ADstet-ig\u00A0ung E-\u200BMail x"));
        assertEquals(List.of(4, 5), all("ab  c"));
        assertEquals(List.of(10), all("Fachinputs"));
    }

    private static List<Integer> all(String text) {
        BreakOpportunities breaker = new BreakOpportunities();
        breaker.setText(text);
        List<Integer> out = new ArrayList<>();
        for (int b = breaker.next(); b >= 0; b = breaker.next()) {
            out.add(b);
        }
        return out;
    }
}
