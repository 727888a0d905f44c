package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.warmpool.participant.ParticipantTestData;
import org.warmpool.participant.ParticipantTestData.Registered;
import org.warmpool.pool.PoolService;

/** Logins, failed logins, logouts and refused calls are logged with who and from where, never a password. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class SecurityEventLogTest {

    private static final String PASSWORD = "warm water on tuesday";

    @Autowired
    MockMvc mvc;
    @Autowired
    ParticipantTestData participants;
    @Autowired
    PoolService pools;

    @AfterEach
    void forgetLogin() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLoginAndALogoutAreLoggedWithTheAddressAndWithoutThePassword(CapturedOutput output) throws Exception {
        Registered pat = participants.register("Pat Logged");

        MockHttpSession session = (MockHttpSession) mvc.perform(login(pat.email(), PASSWORD, "198.51.100.23"))
                .andReturn().getRequest().getSession();
        mvc.perform(post("/logout").session(session).with(csrf()).with(from("198.51.100.23")));

        assertThat(output.getOut()).contains("Login: " + pat.email() + " from 198.51.100.23")
                .contains("Logout: " + pat.email() + " from 198.51.100.23")
                .doesNotContain(PASSWORD);
    }

    @Test
    void aFailedLoginIsLoggedWithoutWhatWasTyped(CapturedOutput output) throws Exception {
        Registered pat = participants.register("Pat Mistyped");

        mvc.perform(login(pat.email(), "my secret guess 12345", "203.0.113.99"));

        assertThat(output.getOut()).contains("Failed login: " + pat.email() + " from 203.0.113.99")
                .doesNotContain("my secret guess 12345");
    }

    @Test
    void aRefusedServiceCallIsLoggedWithWhoAndWhat(CapturedOutput output) {
        var authorities = List.of(new SimpleGrantedAuthority(Role.PARTICIPANT.authority()));
        AppUserPrincipal pat = new AppUserPrincipal(0, "pat-refused@example.org", "Pat", "n/a", true, authorities);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(pat, null, authorities));

        assertThatThrownBy(() -> pools.save(null)).isInstanceOf(AccessDeniedException.class);

        assertThat(output.getOut()).contains("Refused: PoolService.save for pat-refused@example.org");
    }

    /** What the login form sends. */
    private static MockHttpServletRequestBuilder login(String email, String password, String clientAddress) {
        return post("/login").param("username", email).param("password", password).with(csrf())
                .with(from(clientAddress));
    }

    private static RequestPostProcessor from(String clientAddress) {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }
}
