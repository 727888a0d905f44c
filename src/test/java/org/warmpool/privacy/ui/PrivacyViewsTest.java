package org.warmpool.privacy.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.booking.BookingTestData.as;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.KaribuTest;
import org.warmpool.base.RuleViolationException;
import org.warmpool.booking.BookingService;
import org.warmpool.booking.BookingTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.privacy.PersonalData;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.security.Role;

/** "My data" for a participant, and erasing a participant for an administrator (never the front desk). */
class PrivacyViewsTest extends KaribuTest {

    @Autowired
    private BookingTestData data;
    @Autowired
    private BookingService bookings;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private org.warmpool.privacy.ErasureService erasure;
    @Autowired
    private org.warmpool.privacy.PersonalDataService personalData;

    @Test
    void aParticipantDownloadsTheirOwnBookingsAndNobodyElsesAsJsonAndAsAPage() throws Exception {
        Registered pia = data.cleared("Pia Exporter");
        Registered olga = data.cleared("Olga Other");
        ScheduledSession piasClass = data.levelTwo(6, 3, "10:00");
        ScheduledSession olgasClass = data.levelTwo(6, 4, "15:00");
        long piasBooking = as(pia, () -> bookings.bookForMe(piasClass.id(), false)).bookingId();
        long olgasBooking = as(olga, () -> bookings.bookForMe(olgasClass.id(), false)).bookingId();
        long auditRowsBefore = auditRows(pia.participantId());

        login(pia.userId(), pia.email(), pia.name(), Role.PARTICIPANT);
        navigate("my-data");

        Anchor page = _get(Anchor.class, spec -> spec.withId("download-html"));
        Anchor file = _get(Anchor.class, spec -> spec.withId("download-json"));
        assertThat(page.getText()).isEqualTo("Download as a page to read or print (HTML)");
        assertThat(file.getText()).isEqualTo("Download for another program (JSON)");
        assertThat(page.getHref()).isNotBlank();
        assertThat(file.getHref()).isNotBlank().isNotEqualTo(page.getHref());

        MyDataView view = _get(MyDataView.class);
        JsonNode json = new ObjectMapper().readTree(view.json());
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertThat(fields).containsSubsequence(PersonalData.SECTIONS).contains("format", "exportedAt", "timeZone");
        assertThat(json.at("/participant/fullName").asText()).isEqualTo(pia.name());
        assertThat(json.at("/account/email").asText()).isEqualTo(pia.email());
        assertThat(json.get("intakes")).hasSize(1);
        assertThat(json.at("/intakes/0/screening").asText()).isEqualTo("CLEARED");
        List<Long> bookingIds = new ArrayList<>();
        json.get("bookings").forEach(booking -> bookingIds.add(booking.get("bookingId").asLong()));
        assertThat(bookingIds).containsExactly(piasBooking).doesNotContain(olgasBooking);
        assertThat(json.at("/bookings/0/pool").asText()).isEqualTo(piasClass.poolName());
        assertThat(json.at("/bookings/0/classDate").asText()).isEqualTo(piasClass.date().toString());
        assertThat(json.get("messages")).isNotEmpty();
        assertThat(json.at("/exportedAt").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d.*(Z|[+-]\\d\\d:\\d\\d)");
        String jsonText = new String(view.json(), StandardCharsets.UTF_8);
        assertThat(jsonText).doesNotContain(olga.name()).doesNotContain(olga.email())
                .doesNotContain(olgasClass.poolName());

        String html = new String(view.html(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains(pia.name()).contains(piasClass.poolName())
                .contains("<h2>Bookings</h2>").doesNotContain(olga.name()).doesNotContain(olgasClass.poolName());
        assertThat(auditRows(pia.participantId())).as("reading one's own data is not staff access")
                .isEqualTo(auditRowsBefore);
    }

    @Test
    void theAdministratorMustTypeTheNameOrEraseAndTheFrontDeskGetsNoEraseAction() {
        Registered rita = data.cleared("Rita Forgotten");
        long id = rita.participantId();

        login("desk@warmpool.test", Role.FRONT_DESK);
        navigate("participant/" + id);
        _assertNone(Anchor.class, spec -> spec.withId("erase-participant-link"));
        navigate("erase-participant/" + id);
        _get(H1.class, spec -> spec.withText("Page not available"));

        logout();
        login("admin@warmpool.test", Role.ADMIN);
        navigate("participant/" + id);
        assertThat(_get(Anchor.class, spec -> spec.withId("erase-participant-link")).getHref())
                .isEqualTo("erase-participant/" + id);
        navigate("erase-participant/" + id);
        _get(H1.class, spec -> spec.withText("Erase " + rita.name()));
        _click(_get(Button.class, spec -> spec.withId("erase-participant")));
        Dialog dialog = _get(Dialog.class);
        TextField typed = _get(dialog, TextField.class, spec -> spec.withLabel("Type their full name or ERASE"));
        Button erase = _get(dialog, Button.class, spec -> spec.withText("Erase"));

        _click(erase);
        assertThat(typed.isInvalid()).isTrue();
        assertThat(typed.getErrorMessage()).isEqualTo(org.warmpool.privacy.ErasureService.NOT_CONFIRMED);
        assertThat(nameOf(id)).isEqualTo(rita.name());

        _setValue(typed, "Rita");
        assertThatThrownBy(() -> _click(erase)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Nothing was erased");
        assertThat(nameOf(id)).isEqualTo(rita.name());
        assertThat(dialog.isOpened()).isTrue();

        _setValue(typed, "ERASE");
        _click(erase);
        assertThat(nameOf(id)).isEqualTo("Erased participant " + id);
        assertThat(notificationTexts()).contains("Participant " + id + " erased.");
        _get(H1.class, spec -> spec.withText("Erase Erased participant " + id));
        navigate("participant/" + id);
        _assertNone(Anchor.class, spec -> spec.withId("erase-participant-link"));
    }

    @Test
    void theServicesThemselvesRefuseOtherRoles() {
        Registered tom = data.cleared("Tom Refused");
        login("desk@warmpool.test", Role.FRONT_DESK);
        assertThatThrownBy(() -> erasure.erase(tom.participantId(), "ERASE"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.candidate(tom.participantId()))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThatThrownBy(() -> personalData.mine())
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        logout();
        login(tom.userId(), tom.email(), tom.name(), Role.PARTICIPANT);
        assertThatThrownBy(() -> erasure.erase(tom.participantId(), "ERASE"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(nameOf(tom.participantId())).isEqualTo(tom.name());
        assertThat(personalData.mine().document().get("participant")).asString().contains(tom.name());
    }

    private String nameOf(long participantId) {
        return jdbc.queryForObject("select full_name from participant where id = ?", String.class, participantId);
    }

    private long auditRows(long participantId) {
        return jdbc.queryForObject("select count(*) from audit_log where participant_id = ?", Long.class,
                participantId);
    }
}
