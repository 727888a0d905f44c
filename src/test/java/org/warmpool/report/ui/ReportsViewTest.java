package org.warmpool.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.warmpool.KaribuTest;
import org.warmpool.security.Role;

class ReportsViewTest extends KaribuTest {

    @Test
    void theHubLinksEveryReportWithASentenceOnWhatItTells() {
        login("desk@warmpool.example", Role.FRONT_DESK);

        navigate("reports");

        assertThat(_find(Anchor.class, spec -> spec.withClasses("report-link")))
                .extracting(Anchor::getText, Anchor::getHref).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Utilisation", "reports/utilisation"),
                        org.assertj.core.groups.Tuple.tuple("Waitlists", "reports/waitlists"),
                        org.assertj.core.groups.Tuple.tuple("Attendance", "reports/attendance"),
                        org.assertj.core.groups.Tuple.tuple("Outcomes", "reports/outcomes"),
                        org.assertj.core.groups.Tuple.tuple("Instructors", "reports/instructors"));
        assertThat(_find(ListItem.class).get(0).getElement().getTextRecursively()).isEqualTo("Utilisation"
                + "How full the classes were, per level, pool, weekday and hour, and when to add classes.");
    }
}
