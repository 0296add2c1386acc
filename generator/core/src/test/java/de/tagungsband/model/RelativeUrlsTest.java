package de.tagungsband.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RelativeUrlsTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
            ''                       | ''                         | index.html
            ''                       | 2021/x/                    | 2021/x/index.html
            2021/x/s/                | 2021/x/                    | ../index.html
            2021/x/s/                | 2021/x/s/                  | index.html
            2021/x/s/                | 2019/y/t/                  | ../../../2019/y/t/index.html
            2021/x/s/                | assets/style.css           | ../../../assets/style.css
            2021/x/s/                | 2021/x/images/a.svg        | ../images/a.svg
            2021/x/s/                | 2021/x/s/i/#fn-1           | i/index.html#fn-1
            personen/a/              | personen/                  | ../index.html
            404.html                 | assets/style.css           | assets/style.css
            """)
    void linksRelativeToThePage(String from, String to, String expected) {
        assertEquals(expected, RelativeUrls.between(from, to));
    }
}
