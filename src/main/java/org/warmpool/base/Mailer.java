package org.warmpool.base;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Plain-text e-mail in the clinic's name. E-mail is off unless the operator configured an SMTP
 * server ({@code spring.mail.host}, which makes Spring Boot create a {@link JavaMailSender}) and a
 * sender address ({@code warmpool.mail.from}); see docs/operations.md.
 */
@Component
public class Mailer {

    private final JavaMailSender sender;
    private final String from;
    private final ClinicSettings clinic;

    Mailer(ObjectProvider<JavaMailSender> sender, @Value("${warmpool.mail.from:}") String from,
            ClinicSettings clinic) {
        this.sender = sender.getIfAvailable();
        this.from = from == null ? "" : from.strip();
        this.clinic = clinic;
    }

    public boolean isEnabled() {
        return sender != null && !from.isEmpty();
    }

    /**
     * Sends "Hello name, text, signature" with the clinic's name before the subject.
     *
     * @throws MailException when the server cannot be reached or refuses the message
     * @throws IllegalStateException when e-mail is off
     */
    public void send(String to, String name, String subject, String text) {
        if (!isEnabled()) {
            throw new IllegalStateException("E-mail is not configured");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(to);
        message.setSubject(clinic.name() + ": " + subject);
        message.setText("Hello " + name + ",\n\n" + text + "\n\nWith kind regards,\n" + clinic.name() + "\n");
        sender.send(message);
    }
}
