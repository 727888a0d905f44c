package org.warmpool.bench;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The SQL statements sent between {@link #start} and {@link #stop}, as Hibernate's and
 * JdbcTemplate's loggers write them (one at a time: a benchmark's single thread).
 */
final class SqlTrace {

    private static final String[] LOGGERS = {"org.hibernate.SQL", "org.springframework.jdbc.core.JdbcTemplate"};
    private static final List<Logger> ATTACHED = new ArrayList<>();
    private static Appender appender;

    private SqlTrace() {
    }

    private static final class Appender extends AppenderBase<ILoggingEvent> {
        final List<String> sent = new ArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            sent.add(event.getFormattedMessage().strip().replaceAll("\\s+", " "));
        }
    }

    /** Starts recording; the list returned fills as statements are sent. */
    static List<String> start() {
        appender = new Appender();
        appender.start();
        for (String name : LOGGERS) {
            Logger logger = (Logger) LoggerFactory.getLogger(name);
            logger.addAppender(appender);
            logger.setAdditive(false);
            logger.setLevel(Level.DEBUG);
            ATTACHED.add(logger);
        }
        return appender.sent;
    }

    static void stop() {
        for (Logger logger : ATTACHED) {
            logger.setLevel(null);
            logger.setAdditive(true);
            logger.detachAppender(appender);
        }
        ATTACHED.clear();
    }
}
