package de.tagungsband.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import de.tagungsband.html.ExternalResources;
import de.tagungsband.html.SvgContent;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whatever an SVG attachment or a stylesheet holds, checking it ends with findings, never with an exception. */
class SvgContentFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void anyBytesGiveFindingsWithALine(FuzzedDataProvider data) {
        String prefix = data.pickValue(new String[] {"", "<svg xmlns=\"http://www.w3.org/2000/svg\">",
                "<!DOCTYPE svg [<!ENTITY a \"javascript:\">]><svg>", "<svg><style>"});
        byte[] svg = (prefix + data.consumeRemainingAsString()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SvgContent.findings(svg).forEach(finding -> assertTrue(finding.line() >= 1, finding::toString));
    }

    @FuzzTest(maxDuration = "20s")
    void anyCssIsRead(FuzzedDataProvider data) {
        String css = data.pickValue(new String[] {"", "a{b:u\\72l(", "@\\69mport '"}) + data.consumeRemainingAsString();
        ExternalResources.inCss(css).forEach(load -> assertTrue(!load.url().isEmpty() || load.how() != null));
    }
}
