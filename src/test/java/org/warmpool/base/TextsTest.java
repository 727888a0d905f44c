package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void nothingButWhiteSpaceIsNothing() {
        assertThat(Texts.blankToNull(null)).isNull();
        assertThat(Texts.blankToNull("")).isNull();
        assertThat(Texts.blankToNull(" \t\n")).isNull();
    }

    @Test
    void textIsKeptWithoutTheWhiteSpaceAroundIt() {
        assertThat(Texts.blankToNull("  Dr Rao ")).isEqualTo("Dr Rao");
        assertThat(Texts.blankToNull("a b")).isEqualTo("a b");
    }
}
