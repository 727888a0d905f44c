package org.warmpool.base;

/**
 * The logged-in user's name for the shared layout. Implemented by the security feature, so that
 * {@code base} depends on no feature.
 */
public interface CurrentUserName {

    String displayName();
}
