package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.security.SystemTasks;

/**
 * The front desk finds participants by their date of birth, typed as the clinic writes dates. Three
 * people of this class only (their own e-mail domain), two born on a day in the 1910s no other test
 * uses, one the day after; removed afterwards.
 */
@SpringBootTest
@ActiveProfiles("test")
class BirthDateSearchTest {

    private static final String DOMAIN = "birth-date-search.example";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ParticipantRecordService records;

    private LocalDate born;

    @BeforeEach
    void twoBornOnTheDayAndOneTheDayAfter() {
        born = LocalDate.of(1910, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3_000));
        insert("Wilma Twin", born);
        insert("Agnes Twin", born);
        insert("Nora Nextday", born.plusDays(1));
    }

    @AfterEach
    void remove() {
        jdbc.update("DELETE FROM participant WHERE email LIKE ?", "%@" + DOMAIN);
    }

    private void insert(String name, LocalDate dateOfBirth) {
        Timestamp now = Timestamp.from(Instant.parse("2026-03-02T10:00:00Z"));
        jdbc.update("INSERT INTO participant (full_name, email, phone, date_of_birth, emergency_contact_name, "
                + "emergency_contact_phone, consent_given_at, registered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                name, name.replace(' ', '.').toLowerCase() + "@" + DOMAIN, "0161 000 0000", dateOfBirth,
                "Contact", "0161 000 0001", now, now);
    }

    private List<String> search(String text) {
        return SystemTasks.callAsStaff(() -> records.search(text, PageRequest.of(0, 50))).stream()
                .map(ParticipantSummary::fullName).toList();
    }

    @Test
    void aDateInAnyOfTheClinicsWaysFindsExactlyThoseBornThatDayByName() {
        for (String typed : List.of(born.getDayOfMonth() + "/" + born.getMonthValue() + "/" + born.getYear(),
                born.getDayOfMonth() + "." + born.getMonthValue() + "." + born.getYear(), born.toString())) {
            assertThat(search(typed)).as(typed).containsExactly("Agnes Twin", "Wilma Twin");
        }
    }

    @Test
    void aNameOrPartOfADateSearchesAsBefore() {
        assertThat(search("twin")).containsExactly("Agnes Twin", "Wilma Twin");
        assertThat(search("Nextday")).containsExactly("Nora Nextday");
        // "1/2" is no whole date: it is looked for in names, e-mails and phones, and none of these has it.
        assertThat(search(born.getDayOfMonth() + "/" + born.getMonthValue())).doesNotContain("Agnes Twin",
                "Wilma Twin", "Nora Nextday");
    }
}
