package org.warmpool.participant.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.AuditLogService;
import org.warmpool.participant.SeenMyRecord;
import org.warmpool.security.Roles;

/**
 * A participant sees who at the clinic opened or changed their health record, when and what,
 * newest first, twenty at a time. Always their own: the service takes the participant from the login.
 */
@Route(value = "who-has-seen-my-record", layout = MainLayout.class)
@PageTitle("Who has seen my record | Warmpool")
@RolesAllowed(Roles.PARTICIPANT)
public class SeenMyRecordView extends Main {

    static final int PAGE = 20;

    private final transient AuditLogService audit;
    private final ZoneId zone;
    private final Div list = new Div();
    private final Button more = new Button("Show more");
    private int shown;

    public SeenMyRecordView(AuditLogService audit, ClinicSettings clinic) {
        this.audit = audit;
        this.zone = clinic.timeZone();
        addClassName("home-view");
        add(new Paragraph("Every time someone at the clinic opened or changed your health record, it is written "
                + "down here. Nobody can change or delete these entries. Your own visits are not listed."));
        list.setId("seen-my-record");
        list.getElement().setAttribute("role", "list");
        more.addThemeVariants(ButtonVariant.LUMO_LARGE);
        more.addClickListener(click -> showMore());
        add(list, more);
        showMore();
        if (shown == 0) {
            Paragraph none = new Paragraph("Nobody at the clinic has opened your record yet.");
            none.setId("seen-my-record-none");
            add(none);
        }
    }

    private void showMore() {
        var rows = audit.seenMyRecord(shown, PAGE);
        for (SeenMyRecord row : rows) {
            Div item = new Div();
            item.getElement().setAttribute("role", "listitem");
            item.addClassName("seen-my-record-entry");
            Span when = new Span(row.occurredAt().atZone(zone).format(ClinicFormats.DAY_SHORT_YEAR) + ", "
                    + row.occurredAt().atZone(zone).format(ClinicFormats.TIME) + ": ");
            item.add(when, new Span(row.who() + " - " + row.what()));
            list.add(item);
        }
        shown += rows.size();
        more.setVisible(shown < audit.countSeenMyRecord());
    }
}
