package org.warmpool.schedule.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.schedule.CoverNeed;
import org.warmpool.schedule.CoverPlan;
import org.warmpool.schedule.InstructorOption;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.Roles;

/**
 * Sessions in the next weeks without a teacher (none assigned, or the assigned one is on leave,
 * outside their hours or no longer qualified), each with the best substitutes one click away.
 */
@Route(value = "cover", layout = MainLayout.class)
@PageTitle("Cover needed | Warmpool")
@Menu(order = 6, title = "Cover needed", icon = "vaadin:user-clock")
@RolesAllowed({Roles.ADMIN, Roles.FRONT_DESK})
public class CoverView extends Main {

    static final int DAYS_AHEAD = 28;
    private static final int SUBSTITUTES_SHOWN = 3;

    private final transient StaffingService staffing;
    private final UnorderedList list = new UnorderedList();

    public CoverView(StaffingService staffing) {
        this.staffing = staffing;
        addClassName("list-view");
        list.setId("cover-needed");
        list.addClassName("cover-list");
        add(new Paragraph("Sessions in the next " + DAYS_AHEAD / 7 + " weeks that need an instructor, with "
                + "qualified, free substitutes (those who already teach the level first, then those with "
                + "the fewest hours that week)."), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<CoverPlan> plan = staffing.coverPlan(DAYS_AHEAD);
        if (plan.isEmpty()) {
            list.add(new ListItem("Every session has an instructor who can teach it."));
        }
        for (CoverPlan cover : plan) {
            CoverNeed need = cover.need();
            var session = need.session();
            ListItem item = new ListItem();
            item.addClassName("session-card");
            item.add(new Span(session.date().format(ClinicFormats.DAY_SHORT) + " " + session.start() + "-"
                    + session.end() + ", "
                    + session.levelTitle() + ", " + session.poolName()));
            Span reason = new Span(need.reason());
            reason.addClassName("warning-text");
            item.add(reason);
            Div actions = new Div();
            actions.addClassName("inline-row");
            List<InstructorOption> substitutes = cover.substitutes();
            if (substitutes.isEmpty()) {
                actions.add(new Span("No qualified instructor is free then."));
            }
            for (InstructorOption substitute : substitutes.stream().limit(SUBSTITUTES_SHOWN).toList()) {
                Button assign = new Button("Assign " + substitute.name(), click -> {
                    staffing.assign(session.id(), substitute.instructorId());
                    Notifications.success(substitute.name() + " assigned.");
                    refresh();
                });
                assign.setTooltipText(substitute.summary());
                if (substitute == substitutes.get(0)) {
                    assign.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                }
                actions.add(assign);
            }
            item.add(actions);
            list.add(item);
        }
    }
}
