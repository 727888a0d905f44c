package org.warmpool.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two files: readable names, dates in the clinic's zone, and text shown as typed, never as markup. */
class PersonalDataFilesTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void timesCarryTheClinicsOffsetAndDatesAreIsoDates() throws Exception {
        PersonalData data = new PersonalData(LONDON, Instant.parse("2026-07-07T08:30:00Z"), "Warm Pool Clinic");
        data.put("participant", data.row("registeredAt", Instant.parse("2026-01-05T09:00:00Z"),
                "dateOfBirth", LocalDate.of(1958, 3, 14)));

        JsonNode json = new ObjectMapper().readTree(PersonalDataFiles.json(data));

        assertThat(json.get("exportedAt").asText()).isEqualTo("2026-07-07T09:30:00+01:00");
        assertThat(new ObjectMapper().readTree(PersonalDataFiles.json(new PersonalData(LONDON,
                Instant.parse("2026-07-07T08:30:00.123456Z"), "c"))).get("exportedAt").asText())
                .as("whole seconds").isEqualTo("2026-07-07T09:30:00+01:00");
        assertThat(json.at("/participant/registeredAt").asText()).isEqualTo("2026-01-05T09:00:00Z");
        assertThat(json.at("/participant/dateOfBirth").asText()).isEqualTo("1958-03-14");
        assertThat(json.get("timeZone").asText()).isEqualTo("Europe/London");
        assertThat(json.get("bookings").isNull()).isTrue();
        data.put("intakes", List.of(data.row("painDuration", org.warmpool.participant.PainDuration.TWO_TO_11_WEEKS)));
        assertThat(new ObjectMapper().readTree(PersonalDataFiles.json(data)).at("/intakes/0/painDuration").asText())
                .isEqualTo("TWO_TO_11_WEEKS");
    }

    @Test
    void thePageEscapesWhatPeopleTypedAndNamesFieldsInWords() {
        PersonalData data = new PersonalData(LONDON, Instant.parse("2026-03-03T10:00:00Z"), "Pool & Spa");
        data.put("participant", data.row("fullName", "<script>alert('x')</script> & Co"));
        data.put("painCheckIns", List.of(data.row("painBefore", 6, "painAfter", 4)));
        data.put("messages", List.of());
        data.put("intakes", List.of(data.row("painDuration", org.warmpool.participant.PainDuration.TWO_TO_11_WEEKS,
                "fullName", "JOHN SMITH", "submittedAt",
                Instant.parse("2026-07-07T08:30:00Z"), "dateOfBirth", LocalDate.of(1958, 3, 14))));

        String html = PersonalDataFiles.html(data);

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Co")
                .doesNotContain("<script>").contains("<title>Your data at Pool &amp; Spa</title>")
                .contains("<h2>Pain check ins</h2>").contains("<th>Pain before</th><td>6</td>")
                .contains("<h2>Messages</h2><p class=\"empty\">Nothing recorded.</p>")
                .contains("<td>Two to 11 weeks</td>").contains("<td>JOHN SMITH</td>").contains("<td>Tue 7 Jul 2026, 09:30</td>")
                .contains("<td>Fri 14 Mar 1958</td>");
    }
}
