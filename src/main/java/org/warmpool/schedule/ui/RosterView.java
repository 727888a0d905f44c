package org.warmpool.schedule.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.schedule.Roster;
import org.warmpool.schedule.RosterService;
import org.warmpool.security.Roles;

/**
 * Who is booked on a session, and (from the booking feature) who came. An instructor sees only the
 * rosters of the sessions they teach; anyone else gets "Page not available".
 */
@Route(value = "roster", layout = MainLayout.class)
@PageTitle("Roster | Warmpool")
@RolesAllowed({Roles.INSTRUCTOR, Roles.ADMIN, Roles.FRONT_DESK})
public class RosterView extends Main implements HasUrlParameter<Long> {

    private final transient RosterService rosters;
    private final transient ObjectProvider<RosterPanel> panels;

    public RosterView(RosterService rosters, ObjectProvider<RosterPanel> panels) {
        this.rosters = rosters;
        this.panels = panels;
        addClassName("home-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long sessionId) {
        removeAll();
        // Another instructor's roster is refused by the service; the refusal reaches the error view.
        Roster roster = rosters.roster(sessionId);
        var session = roster.session();
        add(new H2(session.levelTitle() + ", " + session.date().format(ClinicFormats.DAY_LONG) + " "
                + MyScheduleView.times(session)),
                new Paragraph(session.poolName() + ", " + roster.participants().size() + " of " + session.capacity()
                        + " places taken"));
        if (roster.participants().isEmpty()) {
            add(new Paragraph("No one has booked this session yet."));
            return;
        }
        OrderedList names = new OrderedList();
        names.setId("roster");
        names.addClassName("roster-names");
        roster.participants().forEach(name -> names.add(new ListItem(name)));
        add(names);
        panels.orderedStream().forEach(panel -> add(panel.create(session)));
        // The progress feature's page, by its route name: schedule does not depend on progress.
        Button pain = new Button("Pain before and after",
                click -> UI.getCurrent().navigate("pain-check-in/" + session.id()));
        pain.setId("pain-check-in");
        // The booking feature's page, by its route name: schedule does not depend on booking.
        Button water = new Button("Water temperature",
                click -> UI.getCurrent().navigate("water-temperature/" + session.poolId()));
        water.setId("water-temperature");
        water.setAriaLabel("Water temperature of " + session.poolName());
        add(pain, water);
    }
}
