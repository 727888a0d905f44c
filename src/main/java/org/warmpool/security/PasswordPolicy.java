package org.warmpool.security;

import com.nulabinc.zxcvbn.Feedback;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one password rule of every account, wherever a password is chosen (registration, an
 * invitation, a reset link, My account, the first administrator): 12 to 64 characters, not the
 * e-mail address, and hard to guess as zxcvbn measures it (its lists of common passwords, names
 * and words, keyboard patterns, dates and sequences, and the person's own e-mail and name).
 * BCrypt reads only the first 72 bytes of a password, so a password longer than that in UTF-8
 * (30 accented or non-Latin letters can be 90 bytes) is refused rather than silently cut.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 64;
    /** What BCrypt reads; anything after it would be ignored at log-in. */
    public static final int MAX_BYTES = 72;
    /** zxcvbn's score from 0 to 4; 3 is "safely unguessable" for an online attack with slowing down. */
    public static final int MIN_SCORE = 3;

    public static final String HELPER_TEXT = "From " + MIN_LENGTH + " to " + MAX_LENGTH + " characters. A few "
            + "unrelated words in a row are easy to remember and hard to guess.";

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in words; empty when it is fine. */
    public static Optional<String> problem(String password, String email) {
        return problem(password, email, null);
    }

    /**
     * What is wrong with the password, in words; empty when it is fine.
     *
     * @param email the account's e-mail address (may be null), which the password must not be or contain
     * @param name  the person's name (may be null), which makes a password easier to guess
     */
    public static Optional<String> problem(String password, String email, String name) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Choose a password of at least " + MIN_LENGTH + " characters.");
        }
        int characters = password.codePointCount(0, password.length());
        if (characters < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters. A few words in a row are easy to "
                    + "remember, for example \"warm water on tuesday\".");
        }
        if (characters > MAX_LENGTH || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_LENGTH + " characters. Accented letters, symbols and letters of "
                    + "other alphabets take more room, so with them the limit comes sooner: please choose a "
                    + "shorter password.");
        }
        String lower = password.strip().toLowerCase(Locale.ROOT);
        if (email != null && !email.isBlank() && lower.contains(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use your e-mail address as your password.");
        }
        Strength strength = Measure.of(password, userInputs(email, name));
        if (strength.getScore() < MIN_SCORE) {
            return Optional.of(tooEasy(strength.getFeedback()));
        }
        return Optional.empty();
    }

    private static String tooEasy(Feedback feedback) {
        List<String> words = new ArrayList<>();
        words.add("This password is too well known or too easy to guess.");
        String warning = feedback.getWarning(Locale.ENGLISH);
        if (warning != null && !warning.isBlank()) {
            words.add(warning.strip());
        }
        feedback.getSuggestions(Locale.ENGLISH).stream().filter(Objects::nonNull).map(String::strip)
                .filter(s -> !s.isEmpty()).forEach(words::add);
        if (words.size() == 1) {
            words.add("Add another word or two. Uncommon words are better.");
        }
        return String.join(" ", words);
    }

    /** The e-mail, its parts and the name: zxcvbn counts a password made of them as easy to guess. */
    private static List<String> userInputs(String email, String name) {
        return Stream.concat(
                        email == null ? Stream.empty() : Stream.of(email.split("[@.+_\\-]")),
                        Stream.concat(Stream.ofNullable(email),
                                name == null ? Stream.empty() : Stream.concat(Stream.of(name),
                                        Stream.of(name.split("\\s+")))))
                .map(s -> s.strip().toLowerCase(Locale.ROOT)).filter(s -> s.length() >= 3).distinct().toList();
    }

    /** zxcvbn builds its dictionaries once (about half a second); measuring is thread-safe. */
    private static final class Measure {
        private static final Zxcvbn ZXCVBN = new Zxcvbn();

        static Strength of(String password, List<String> userInputs) {
            return ZXCVBN.measure(password, userInputs);
        }
    }
}
