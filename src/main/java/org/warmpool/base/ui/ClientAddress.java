package org.warmpool.base.ui;

import com.vaadin.flow.server.VaadinRequest;

/**
 * The address the current request came from, for the limits per client address. Behind a reverse
 * proxy it is the real client's only when {@code server.forward-headers-strategy} says to trust the
 * proxy's headers (docs/operations.md).
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** The current request's {@code getRemoteAddr()}, or null outside a request. */
    public static String current() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }
}
