package org.warmpool.participant;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.warmpool.security.AppUser;

/** At least {@link AppUser#PASSWORD_MIN_LENGTH} characters, not a well-known password, not the e-mail address. */
public final class PasswordPolicy {

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** What is wrong with the password, in words; empty when it is fine. */
    public static Optional<String> problem(String password, String email) {
        if (password == null || password.length() < AppUser.PASSWORD_MIN_LENGTH) {
            return Optional.of("Use at least " + AppUser.PASSWORD_MIN_LENGTH + " characters. A few words in a row are easy to "
                    + "remember, for example \"warm water on tuesday\".");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower) || COMMON.contains(lower.replaceAll("[0-9!.]+$", ""))) {
            return Optional.of("This password is too well known. Choose another one.");
        }
        if (email != null && lower.equals(email.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not use your e-mail address as your password.");
        }
        return Optional.empty();
    }

    private static Set<String> load() {
        try (var in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing");
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
