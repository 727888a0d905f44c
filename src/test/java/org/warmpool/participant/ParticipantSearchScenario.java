package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.participant.SearchPopulation.Person;
import org.warmpool.security.SystemTasks;

/**
 * The front desk's search finds a person by any part of their name (in any case), e-mail or phone
 * among thousands of participants, a page at a time, on H2 and on PostgreSQL (where V19 gives it
 * trigram indexes). The rows are removed afterwards: the database is shared with other test classes.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ParticipantSearchScenario {

    /** The e-mail domain of this class's participants, which no other test uses. */
    static final String DOMAIN = "search-scenario.example";
    /** The person the searches look for. */
    static final Person WANTED = SearchPopulation.person(1234, DOMAIN);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ParticipantRecordService records;

    /** How many participants the search looks through. */
    abstract int participants();

    @BeforeAll
    void insertParticipants() {
        SearchPopulation.insert(jdbc, participants(), DOMAIN);
    }

    @AfterAll
    void removeParticipants() {
        SearchPopulation.delete(jdbc, DOMAIN);
    }

    List<ParticipantSummary> search(String text, int page) {
        return SystemTasks.callAsStaff(() -> records.search(text, PageRequest.of(page, 50)));
    }

    /** "dan.ferla1234@" for person 1234: unique, as the number is. */
    static String partOfEmail(Person person) {
        return person.email().substring(0, person.email().indexOf('@') + 1);
    }

    @Test
    void findsThoseBornOnADateTypedAsTheClinicWritesDates() {
        // Persons 0, 50, 100, ... were born on 1 January 1950 (SearchPopulation); the first page of them by name.
        List<Long> bornThatDay = jdbc.queryForList("SELECT id FROM participant WHERE date_of_birth = ? "
                + "ORDER BY full_name, id FETCH FIRST 50 ROWS ONLY", Long.class, java.time.LocalDate.of(1950, 1, 1));
        for (String typed : List.of("1/1/1950", "01.01.1950", "1950-01-01")) {
            assertThat(search(typed, 0)).as(typed).extracting(ParticipantSummary::id).isEqualTo(bornThatDay);
        }
        assertThat(bornThatDay).hasSizeGreaterThanOrEqualTo(Math.min(50, participants() / 50));
        assertThat(search("1/1", 0)).as("part of a date searches names, e-mails and phones").isEmpty();
    }

    @Test
    void findsAPersonByTheirNameInAnyCaseOrByPartOfTheirEmailOrPhone() {
        assertThat(search(WANTED.fullName().toUpperCase(Locale.ROOT), 0)).as("whole name in capitals")
                .extracting(ParticipantSummary::email).contains(WANTED.email());
        assertThat(search(WANTED.fullName().substring(2), 0)).as("part of the name")
                .extracting(ParticipantSummary::email).contains(WANTED.email());
        for (String text : List.of("  " + partOfEmail(WANTED) + " ", WANTED.phone().substring(2))) {
            assertThat(search(text, 0)).as(text).singleElement().satisfies(found -> {
                assertThat(found.fullName()).isEqualTo(WANTED.fullName());
                assertThat(found.email()).isEqualTo(WANTED.email());
                assertThat(found.phone()).isEqualTo(WANTED.phone());
            });
        }
        assertThat(search("zzz-no-such-person", 0)).isEmpty();
    }

    @Test
    void percentAndUnderscoreTypedInTheSearchAreCharactersNotWildcards() {
        String dotAsUnderscore = partOfEmail(WANTED).replace('.', '_');
        for (String text : List.of("%", "_", dotAsUnderscore)) {
            assertThat(search(text, 0)).as(text).extracting(ParticipantSummary::email)
                    .noneMatch(email -> email.endsWith("@" + DOMAIN));
        }
    }

    @Test
    void aCommonTermComesOnePageAtATimeInTheOrderOfNames() {
        String domain = "@" + DOMAIN;
        List<ParticipantSummary> first = search(domain, 0);
        List<ParticipantSummary> second = search(domain, 1);

        assertThat(first).hasSize(50).allSatisfy(p -> assertThat(p.email()).endsWith(domain));
        assertThat(second).hasSize(50).allSatisfy(p -> assertThat(p.email()).endsWith(domain));
        assertThat(first).doesNotContainAnyElementsOf(second);
        List<Long> bothPages = new ArrayList<>(first.stream().map(ParticipantSummary::id).toList());
        second.forEach(p -> bothPages.add(p.id()));
        assertThat(jdbc.queryForList("SELECT id FROM participant WHERE email LIKE ? ORDER BY full_name, id "
                + "FETCH FIRST 100 ROWS ONLY", Long.class, "%" + domain)).as("the database's order of names")
                .isEqualTo(bothPages);
    }
}
