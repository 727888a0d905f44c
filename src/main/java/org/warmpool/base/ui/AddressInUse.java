package org.warmpool.base.ui;

import com.vaadin.flow.server.VaadinServletRequest;

/**
 * The address of this application as the staff member's browser reaches it, for links they hand
 * over (invitations, reset links) when {@code warmpool.public-url} is not set.
 */
public final class AddressInUse {

    private AddressInUse() {
    }

    /** For example {@code https://pool.example.org}; empty outside a request. */
    public static String current() {
        VaadinServletRequest request = VaadinServletRequest.getCurrent();
        if (request == null) {
            return "";
        }
        var http = request.getHttpServletRequest();
        boolean defaultPort = ("http".equals(http.getScheme()) && http.getServerPort() == 80)
                || ("https".equals(http.getScheme()) && http.getServerPort() == 443);
        return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                + http.getContextPath();
    }
}
