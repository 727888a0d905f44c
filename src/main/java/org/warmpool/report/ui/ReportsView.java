package org.warmpool.report.ui;

import com.vaadin.flow.component.html.Anchor;
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
import org.warmpool.base.ui.MainLayout;
import org.warmpool.security.Roles;

/** The reports, one large link each with a sentence on what it answers. */
@Route(value = "reports", layout = MainLayout.class)
@PageTitle("Reports | Warmpool")
@Menu(order = 7, title = "Reports", icon = "vaadin:clipboard-text")
@RolesAllowed({Roles.FRONT_DESK, Roles.ADMIN})
public class ReportsView extends Main {

    /** A report's page, its name and what it tells. */
    record Entry(String path, String name, String sentence) {
    }

    static final List<Entry> REPORTS = List.of(
            new Entry("reports/utilisation", "Utilisation",
                    "How full the classes were, per level, pool, weekday and hour, and when to add classes."),
            new Entry("reports/waitlists", "Waitlists",
                    "How long each class's waitlist got, who was promoted and who never got in."),
            new Entry("reports/attendance", "Attendance",
                    "Who came, who did not come and who cancelled late, per class and by name."),
            new Entry("reports/outcomes", "Outcomes",
                    "Whether pain went down over the first classes, per level and condition, in groups of five or more."),
            new Entry("reports/instructors", "Instructors",
                    "Hours taught per instructor per week, cover given and certificates expiring."));

    public ReportsView() {
        addClassName("list-view");
        addClassName("reports-hub");
        Paragraph intro = new Paragraph("Each report covers a period you choose and can be filtered by pool and "
                + "level; each has a table, a chart and a CSV file for spreadsheets.");
        UnorderedList list = new UnorderedList();
        list.addClassName("report-links");
        for (Entry entry : REPORTS) {
            Anchor link = new Anchor(entry.path(), entry.name());
            link.addClassName("report-link");
            Span sentence = new Span(entry.sentence());
            sentence.addClassName("report-link-sentence");
            list.add(new ListItem(link, sentence));
        }
        add(intro, list);
    }
}
