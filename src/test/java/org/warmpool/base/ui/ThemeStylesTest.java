package org.warmpool.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The theme's stylesheet has every block closed. The browser reads a rule after a missing "}" as
 * nested in the block left open, so it silently stops applying (a merge once dropped one, and links
 * in sentences and the participant page's cards lost their styles).
 */
class ThemeStylesTest {

    @Test
    void everyBlockOfTheThemeIsClosedWhereItShouldBe() throws IOException {
        String css = Files.readString(Path.of("frontend/themes/warmpool/styles.css"));
        String code = css.replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        int line = 1;
        for (char c : code.toCharArray()) {
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                assertThat(depth).as("a \"}\" with no block open, near line " + line + " (comments removed)")
                        .isNotNegative();
            }
        }
        assertThat(depth).as("blocks left open at the end of styles.css").isZero();
    }

    @Test
    void aSelectorDoesNotStartInsideAnotherRulesDeclarations() throws IOException {
        // "a { color: red;  .b { ... } }" is CSS nesting, which the theme does not use: a rule that
        // opens inside another one is a missing "}".
        String code = Files.readString(Path.of("frontend/themes/warmpool/styles.css")).replaceAll("(?s)/\\*.*?\\*/", "");
        int depth = 0;
        boolean atRule = false;
        StringBuilder selector = new StringBuilder();
        for (char c : code.toCharArray()) {
            if (c == '{') {
                String opened = selector.toString().strip();
                assertThat(depth == 0 || atRule).as("a rule opened inside another rule: " + opened).isTrue();
                if (depth == 0) {
                    atRule = opened.startsWith("@");
                }
                depth++;
                selector.setLength(0);
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    atRule = false;
                }
                selector.setLength(0);
            } else if (c == ';') {
                selector.setLength(0);
            } else {
                selector.append(c);
            }
        }
    }
}
