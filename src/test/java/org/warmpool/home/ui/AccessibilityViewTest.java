package org.warmpool.home.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import org.junit.jupiter.api.Test;
import org.warmpool.KaribuTest;
import org.warmpool.security.Role;

/** The accessibility statement: open to everyone, linked from the log-in page and the menu. */
class AccessibilityViewTest extends KaribuTest {

    @Test
    void anAnonymousVisitorFindsTheStatementFromTheLoginPage() {
        navigate("login");
        Anchor link = _get(Anchor.class, spec -> spec.withText("Accessibility"));
        assertThat(link.getHref()).isEqualTo("accessibility");

        navigate(link.getHref());

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(AccessibilityView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Accessibility of Warmpool");
        String text = _get(AccessibilityView.class).getElement().getTextRecursively();
        assertThat(text).contains("WCAG) 2.1 at level AA")
                .contains("axe-core").contains("1280 by 900").contains("360 by 740")
                .contains("Known limits")
                // how to report a problem: the clinic's phone number from its settings (the test profile's)
                .contains("call us on 01632 960 123");
    }

    @Test
    void aLoggedInUserFindsItInTheMenusFooter() {
        login("someone@warmpool.example", Role.FRONT_DESK);
        navigate("");

        Anchor link = _get(Anchor.class, spec -> spec.withId("accessibility-statement"));
        assertThat(link.getText()).isEqualTo("Accessibility");
        navigate(link.getHref());
        _get(AccessibilityView.class);
        assertThat(_get(Main.class).getElement().getTextRecursively()).contains("Tell us about a problem");
    }
}
