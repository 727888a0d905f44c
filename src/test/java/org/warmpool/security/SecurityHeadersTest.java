package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.server.VaadinServlet;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.test.context.ActiveProfiles;

/** The headers and the session cookie of real HTTP responses, as a browser and the HTTPS proxy see them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    @Autowired
    List<ServletRegistrationBean<?>> servlets;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyPageCarriesThePoliciesThatKeepOtherSitesAndScriptsOut() throws Exception {
        HttpResponse<String> login = get("/login", false);

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(header(login, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY)
                .contains("frame-ancestors 'none'", "object-src 'none'", "default-src 'self'");
        assertThat(header(login, "Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(header(login, "Permissions-Policy")).isEqualTo(SecurityHeaders.PERMISSIONS_POLICY);
        assertThat(header(login, "X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(header(login, "X-Frame-Options")).isEqualTo("DENY");
        assertThat(login.headers().firstValue("Strict-Transport-Security"))
                .as("HSTS only over HTTPS").isEmpty();

        HttpResponse<String> refused = get("/pools", false);
        assertThat(header(refused, "Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    @Test
    void behindTheHttpsProxyTheBrowserIsToldToUseHttpsOnlyAndTheCookieStaysOnHttps() throws Exception {
        HttpResponse<String> login = get("/login", true);

        assertThat(header(login, "Strict-Transport-Security")).contains("max-age=31536000", "includeSubDomains");
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + login.headers()));
        assertThat(cookie).contains("Secure", "HttpOnly", "SameSite=Lax");
    }

    @Test
    void anOpenTabDoesNotKeepItsSessionAliveForEver() throws Exception {
        get("/login", false); // Vaadin's service starts with the first request

        VaadinServlet vaadin = servlets.stream().map(ServletRegistrationBean::getServlet)
                .filter(VaadinServlet.class::isInstance).map(VaadinServlet.class::cast).findFirst().orElseThrow();

        assertThat(vaadin.getService().getDeploymentConfiguration().isCloseIdleSessions()).isTrue();
    }

    private HttpResponse<String> get(String path, boolean viaHttpsProxy) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (viaHttpsProxy) {
            request.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.7");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String header(HttpResponse<?> response, String name) {
        return response.headers().firstValue(name)
                .orElseThrow(() -> new AssertionError("no " + name + " header in " + response.headers()));
    }
}
