package org.warmpool.participant;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many participants for the search tests and the search benchmark, written with plain SQL
 * (registering thousands through the service would take minutes). Names are varied as real ones are
 * (a common first name, a surname of two or three syllables), so that a trigram index sees realistic
 * data: a search for a whole name, or part of an e-mail or phone, matches one or a few people, a
 * common first name about one in fifty. Person {@code i} is always the same, so a test can look for
 * them; every e-mail ends in the given domain, by which the rows can be removed again.
 */
public final class SearchPopulation {

    /** One generated participant. */
    public record Person(String fullName, String email, String phone) {
    }

    private static final String[] FIRST_NAMES = ("Ada Alan Amir Ana Anne Ben Beth Carl Chen Chloe Dan Dev Eda Eli Emma"
            + " Eva Finn Gita Hana Hugo Ian Ida Ivan Jade Jan Joy Kai Kim Lea Leo Lin Liam Lola Luca Mae Max Mia Nia"
            + " Noah Omar Pia Raj Rosa Sam Sara Tom Uma Vera Yan Zoe").split(" ");
    private static final String[] SYLLABLES = ("ba be bri ca chen da del do fer ga gar ha hol ja ki kow la lee lin ma"
            + " mar mo na ne no pa pe ri ro sa sen so ta ter to va vi wen wi ya zo").split(" ");

    private SearchPopulation() {
    }

    /** Person {@code i}: a phone "07xxx xxxxxx" that no other person of the population has. */
    public static Person person(int i, String domain) {
        Random random = new Random(i * 0x9E3779B97F4A7C15L);
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        StringBuilder surname = new StringBuilder();
        for (int s = 2 + (random.nextInt(3) == 0 ? 1 : 0); s > 0; s--) {
            surname.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        surname.setCharAt(0, Character.toUpperCase(surname.charAt(0)));
        String email = (first + "." + surname + i + "@" + domain).toLowerCase(Locale.ROOT);
        String digits = String.format("%09d", (i * 387_420_489L + 123_456_789L) % 1_000_000_000L);
        return new Person(first + " " + surname, email, "07" + digits.substring(0, 3) + " " + digits.substring(3));
    }

    /** Writes persons 0 to count - 1, in batches. */
    public static void insert(JdbcTemplate jdbc, int count, String domain) {
        Timestamp registered = Timestamp.from(Instant.parse("2026-03-02T10:00:00Z"));
        List<Object[]> rows = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Person person = person(i, domain);
            rows.add(new Object[] {person.fullName(), person.email(), person.phone(), LocalDate.of(1950 + i % 50, 1, 1),
                "Contact " + i, "0161 000 0000", registered, registered});
        }
        jdbc.batchUpdate("INSERT INTO participant (full_name, email, phone, date_of_birth, emergency_contact_name, "
                + "emergency_contact_phone, consent_given_at, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    /** Removes the participants written with this domain. */
    public static void delete(JdbcTemplate jdbc, String domain) {
        jdbc.update("DELETE FROM participant WHERE email LIKE ?", "%@" + domain);
    }
}
