package org.warmpool.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers every response carries. Spring Security adds X-Content-Type-Options, the cache
 * headers and, on HTTPS requests (as the proxy reports them), HSTS.
 */
final class SecurityHeaders {

    /**
     * Vaadin Flow needs inline scripts and styles and builds functions from what the server sends
     * ('unsafe-eval'); everything else comes from this server only, and no other site may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** Nothing here uses the camera, microphone, location, payments or USB. */
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private static final long ONE_YEAR_IN_SECONDS = 365L * 24 * 60 * 60;

    private SecurityHeaders() {
    }

    /**
     * @param h2Console the development-only H2 console is on: it frames its own pages, so framing
     *                  by this same server is allowed then
     */
    static void apply(HttpSecurity http, boolean h2Console) throws Exception {
        String policy = h2Console ? CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors 'self'")
                : CONTENT_SECURITY_POLICY;
        http.headers(headers -> {
            headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy));
            headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER));
            headers.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
            headers.httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(ONE_YEAR_IN_SECONDS)
                    .includeSubDomains(true));
            if (h2Console) {
                headers.frameOptions(frame -> frame.sameOrigin());
            } else {
                headers.frameOptions(frame -> frame.deny());
            }
        });
    }
}
