package org.warmpool;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** The SQL statements Hibernate sends while something runs, as its logger org.hibernate.SQL writes them. */
public final class SqlSent {

    private SqlSent() {
    }

    public static List<String> during(Runnable work) {
        Logger logger = (Logger) LoggerFactory.getLogger("org.hibernate.SQL");
        Level level = logger.getLevel();
        ListAppender<ILoggingEvent> sent = new ListAppender<>();
        sent.start();
        logger.addAppender(sent);
        logger.setAdditive(false);
        logger.setLevel(Level.DEBUG);
        try {
            work.run();
        } finally {
            logger.setLevel(level);
            logger.setAdditive(true);
            logger.detachAppender(sent);
        }
        return sent.list.stream().map(ILoggingEvent::getFormattedMessage).map(String::strip).toList();
    }
}
