package org.warmpool;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The SQL statements Hibernate sends while something runs, as its logger org.hibernate.SQL writes them. */
public final class SqlSent {

    private static final String HIBERNATE = "org.hibernate.SQL";
    private static final String JDBC_TEMPLATE = "org.springframework.jdbc.core.JdbcTemplate";

    /** An insert returning its keys writes this line and then "Executing prepared SQL statement". */
    private static final String KEYS_RETURNED = "Executing SQL update and returning generated keys";

    private SqlSent() {
    }

    public static List<String> during(Runnable work) {
        return listening(List.of(HIBERNATE), work);
    }

    /**
     * The statements Hibernate and Spring's JdbcTemplate send while something runs: Hibernate's as
     * {@link #during}, JdbcTemplate's as its debug lines ("Executing prepared SQL statement [...]",
     * "Executing SQL query [...]"), one line per statement.
     */
    public static List<String> allDuring(Runnable work) {
        return listening(List.of(HIBERNATE, JDBC_TEMPLATE), work).stream()
                .filter(line -> !line.startsWith("Executing") || line.startsWith("Executing prepared SQL statement")
                        || line.startsWith("Executing SQL ") && !line.equals(KEYS_RETURNED))
                .toList();
    }

    private static List<String> listening(List<String> names, Runnable work) {
        List<Logger> loggers = names.stream().map(name -> (Logger) LoggerFactory.getLogger(name)).toList();
        List<Level> levels = loggers.stream().map(Logger::getLevel).toList();
        ListAppender<ILoggingEvent> sent = new ListAppender<>();
        sent.start();
        for (Logger logger : loggers) {
            logger.addAppender(sent);
            logger.setAdditive(false);
            logger.setLevel(Level.DEBUG);
        }
        try {
            work.run();
        } finally {
            for (int i = 0; i < loggers.size(); i++) {
                loggers.get(i).setLevel(levels.get(i));
                loggers.get(i).setAdditive(true);
                loggers.get(i).detachAppender(sent);
            }
        }
        return new ArrayList<>(sent.list).stream().map(ILoggingEvent::getFormattedMessage).map(String::strip).toList();
    }
}
