package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {

    private static final String EMAIL = "pat.long@example.org";
    private static final String NAME = "Pat Long";

    @ParameterizedTest(name = "accepted: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            warm water on tuesday
            lilac otters swim at dawn
            Kettle-Marble-Orbit-Fjord
            twelve chars
            a long passphrase people remember about the warm pool
            """)
    void passwordsThatAreLongAndHardToGuessAreAccepted(String password) {
        assertThat(PasswordPolicy.problem(password, EMAIL, NAME)).isEmpty();
    }

    @ParameterizedTest(name = "refused: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            abcdefghijk           | at least 12 characters
            Password1234          | too well known or too easy to guess
            password1234          | This is a very common password.
            qwertyuiop123!        | too well known or too easy to guess
            administrator2024     | too well known or too easy to guess
            abcdefghijk!          | Sequences like abc
            Pat.Long@Example.org  | e-mail address
            pat.long@example.org1 | e-mail address
            """)
    void shortCommonGuessableAndOwnAddressPasswordsAreRefusedInWords(String password, String says) {
        assertThat(PasswordPolicy.problem(password, EMAIL, NAME)).get().asString().contains(says);
    }

    @Test
    void theLengthIsCountedInCharactersFromTwelveToSixtyFour() {
        String sixtyFour = "Fjord kettle marble orbit tulip canyon velvet ember saddle quiz!";
        assertThat(sixtyFour).hasSize(64);
        assertThat(PasswordPolicy.problem(sixtyFour, EMAIL, NAME)).isEmpty();
        assertThat(PasswordPolicy.problem(sixtyFour + "s", EMAIL, NAME)).get().asString()
                .contains("at most 64 characters");
        // Twelve letters beyond the basic plane are 24 Java chars but 12 characters: long enough.
        assertThat(PasswordPolicy.problem("😀🐟🌊🏊🧘🌞🐢🦀🐙🌴🎈🔑", EMAIL, NAME)).isEmpty();
    }

    @Test
    void bcryptReadsOnly72BytesSoLongerPasswordsInUtf8AreRefused() {
        // 30 characters of three bytes each: 90 bytes, although only 30 characters.
        String japanese = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほ";
        assertThat(japanese.codePointCount(0, japanese.length())).isEqualTo(30);
        assertThat(japanese.getBytes(StandardCharsets.UTF_8)).hasSize(90);
        assertThat(PasswordPolicy.problem(japanese, EMAIL, NAME)).get().asString().contains("at most 64 characters");

        // 24 such characters are 72 bytes: the most BCrypt reads, so they are accepted.
        String twentyFour = japanese.substring(0, 24);
        assertThat(twentyFour.getBytes(StandardCharsets.UTF_8)).hasSize(72);
        assertThat(PasswordPolicy.problem(twentyFour, EMAIL, NAME)).isEmpty();
        assertThat(PasswordPolicy.problem(japanese.substring(0, 25), EMAIL, NAME)).isPresent();
    }

    @Test
    void theNameAndTheEmailMakeAPasswordEasyToGuess() {
        // Guessable mostly because it repeats the person's own name: zxcvbn is given the name and address.
        assertThat(PasswordPolicy.problem("patlongpatlongpat", null, null)).isEmpty();
        assertThat(PasswordPolicy.problem("patlongpatlongpat", EMAIL, NAME)).get().asString()
                .contains("Repeats like");
    }

    @Test
    void nothingTypedIsRefused() {
        assertThat(PasswordPolicy.problem(null, null)).isPresent();
        assertThat(PasswordPolicy.problem("", EMAIL)).isPresent();
    }
}
