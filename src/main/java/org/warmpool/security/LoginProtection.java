package org.warmpool.security;

import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The log-in form's only authentication provider: the usual check of e-mail and password, behind
 * the login protection. Before the password is looked at, an attempt for an e-mail address with
 * too many recent failures (whether or not it has an account), or from a client address that is
 * slowed down, is refused; the log-in page shows the same words as for a wrong password. A
 * successful log-in forgets the account's failures.
 */
@Component
class LoginProtection implements AuthenticationProvider {

    private static final Logger LOG = LoggerFactory.getLogger(LoginProtection.class);

    private final DaoAuthenticationProvider passwords;
    private final RequestAttempts attempts;

    LoginProtection(UserDetailsService users, PasswordEncoder encoder, RequestAttempts attempts) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication login) {
        String email = EmailAddress.normalize(login.getName());
        String accountKey = SecretTokens.hash(email == null ? "" : email);
        String address = login.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        long attempt = attempts.beginLogin(accountKey, address);
        Optional<Instant> refusedUntil = attempts.loginRefusedUntil(attempt, accountKey, address);
        if (refusedUntil.isPresent()) {
            attempts.forget(attempt);
            LOG.info("A log-in from {} was refused before its password was checked, until {}",
                    RequestAttempts.clientAddress(address), refusedUntil.get());
            // An account status exception: no other provider gets to try (docs/architecture.md).
            throw new LockedException("Too many failed log-ins");
        }
        Authentication result = passwords.authenticate(login);
        attempts.loginSucceeded(accountKey);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
