package org.warmpool.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warmpool.KaribuTest;

/** The log-in page's answer to any refused log-in: one text, which names the pause without revealing it. */
class LoginViewTest extends KaribuTest {

    @Test
    void aRefusedLoginShowsWrongEmailOrPasswordAndMentionsTheFifteenMinutePause() {
        UI.getCurrent().navigate("login", QueryParameters.simple(Map.of("error", "")));

        LoginForm form = _get(LoginForm.class);
        assertThat(form.isError()).isTrue();
        // What the browser's log-in form gets to show (its texts travel as one JSON property).
        String texts = String.valueOf(form.getElement().getPropertyRaw("i18n"));
        assertThat(texts).contains("\"title\":\"Wrong e-mail or password\"")
                .contains("Check the e-mail and password and try again. After several wrong tries, logging in with "
                        + "that e-mail address pauses for 15 minutes: wait, or choose");
    }
}
