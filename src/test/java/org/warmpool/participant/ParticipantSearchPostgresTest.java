package org.warmpool.participant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.EmbeddedPostgres;
import org.warmpool.SqlSent;

/**
 * On PostgreSQL the search reads V19's trigram indexes, not the whole table: the SQL that Hibernate
 * sends for {@link ParticipantRecordService#search} is captured from its log and explained with the
 * same parameters, on a table of ten thousand participants after a vacuum and fresh statistics (what
 * autovacuum does after many new rows; until then a GIN index keeps new entries in a pending list,
 * which the planner counts against the index).
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgres.class)
class ParticipantSearchPostgresTest extends ParticipantSearchScenario {

    /**
     * Enough that PostgreSQL's planner prefers the indexes for a search that matches a few people:
     * on a table of a few thousand rows, reading it all is about as cheap and it may do that.
     */
    @Override
    int participants() {
        return 10_000;
    }

    @BeforeAll
    void vacuumAndFreshStatistics() {
        jdbc.execute("VACUUM ANALYZE participant");
    }

    static List<String> searches() {
        return List.of(WANTED.fullName(), partOfEmail(WANTED), WANTED.phone().substring(0, 9), "zzz-no-such-person");
    }

    @ParameterizedTest
    @MethodSource("searches")
    void theSearchReadsTheTrigramIndexesNotTheWholeTable(String text) {
        String sql = sqlOfSearch(text);
        String pattern = "%" + text.toLowerCase(Locale.ROOT) + "%";
        // lower(full_name) like ?, email like ?, phone like ?, then the page's row count (50 and one more)
        assertThat(sql.chars().filter(c -> c == '?').count()).as(sql).isEqualTo(4);

        String plan = String.join("\n", jdbc.queryForList("EXPLAIN " + sql, String.class, pattern, pattern, pattern, 51));

        assertThat(plan).as(plan)
                .contains("Bitmap Index Scan on participant_name_trgm")
                .contains("Bitmap Index Scan on participant_email_trgm")
                .contains("Bitmap Index Scan on participant_phone_trgm")
                .doesNotContain("Seq Scan");
    }

    /** The SQL of one search as Hibernate sends it. */
    private String sqlOfSearch(String text) {
        return SqlSent.during(() -> search(text, 0)).stream().filter(s -> s.contains("from participant"))
                .reduce((a, b) -> b).orElseThrow();
    }
}
