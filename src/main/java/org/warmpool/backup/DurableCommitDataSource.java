package org.warmpool.backup;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's data source, whose commits on an embedded H2 file return only once they are
 * in the file. H2 with a write delay (its default) keeps a commit in memory and writes it with
 * later ones; this waits, after each commit that changed something, for a write that holds it
 * ({@link GroupCommit}): commits that end together share one write, and none is confirmed before
 * it is written. A statement run in auto-commit that may change data waits the same way. Other
 * databases, H2 in memory and H2 with {@code WRITE_DELAY=0} (which writes each commit itself) get
 * their connections untouched.
 */
final class DurableCommitDataSource extends DelegatingDataSource {

    private final GroupCommit group;
    /** Null until the first connection tells whether the database is an embedded H2 file. */
    private volatile Boolean h2File;

    DurableCommitDataSource(DataSource target, GroupCommit group) {
        super(target);
        this.group = group;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection connection) throws SQLException {
        SessionLocal session = Boolean.FALSE.equals(h2File) ? null : h2FileSession(connection);
        if (h2File == null) {
            h2File = session != null;
        }
        if (session == null) {
            return connection;
        }
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(connection, session));
    }

    /** The connection's H2 session when it is one on an embedded H2 file, else null. */
    static SessionLocal h2FileSession(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)
                || !(connection.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal session)) {
            return null;
        }
        var database = session.getDatabase();
        return database.isPersistent() && database.getStore() != null
                && database.getStore().getMvStore().getFileStore() != null ? session : null;
    }

    /** Waits until what the session committed is in the file, when H2 has not written it itself. */
    private void awaitWritten(SessionLocal session) {
        MVStore store = session.getDatabase().getStore().getMvStore();
        if (store.getAutoCommitDelay() == 0 || store.isClosed()) {
            // WRITE_DELAY=0: H2 wrote the commit before it returned. Closed: written when it closed.
            return;
        }
        group.awaitWritten(() -> writeNow(store));
    }

    private static void writeNow(MVStore store) {
        // H2 stops waiting for its writing thread when interrupted: a pending interrupt would end the wait at once.
        boolean interrupted = Thread.interrupted();
        try {
            store.commit();
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private final class ConnectionHandler implements InvocationHandler {

        private final Connection target;
        private final SessionLocal session;

        ConnectionHandler(Connection target, SessionLocal session) {
            this.target = target;
            this.session = session;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            switch (method.getName()) {
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                case "commit": {
                    boolean changed = session.hasPendingTransaction();
                    target.commit();
                    if (changed) {
                        awaitWritten(session);
                    }
                    return null;
                }
                case "setAutoCommit": {
                    // Switching auto-commit on commits the open transaction (JDBC).
                    boolean changed = (Boolean) args[0] && !target.getAutoCommit() && session.hasPendingTransaction();
                    target.setAutoCommit((Boolean) args[0]);
                    if (changed) {
                        awaitWritten(session);
                    }
                    return null;
                }
                default:
                    Object result = DurableCommitDataSource.invoke(target, method, args);
                    if (result instanceof Statement statement) {
                        return statement(statement);
                    }
                    return result;
            }
        }

        private Statement statement(Statement statement) {
            Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                    : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
            return (Statement) Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[] {type},
                    new StatementHandler(statement, this));
        }

        /** After a statement in auto-commit that may have changed data (H2 committed it on its own). */
        void afterExecute() throws SQLException {
            if (target.getAutoCommit() && session.getDatabase().getStore().getMvStore().hasUnsavedChanges()) {
                awaitWritten(session);
            }
        }
    }

    private static final class StatementHandler implements InvocationHandler {

        private final Statement target;
        private final ConnectionHandler connection;

        StatementHandler(Statement target, ConnectionHandler connection) {
            this.target = target;
            this.connection = connection;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("equals")) {
                return proxy == args[0];
            }
            if (name.equals("hashCode")) {
                return System.identityHashCode(proxy);
            }
            Object result = DurableCommitDataSource.invoke(target, method, args);
            if (name.startsWith("execute") && !name.equals("executeQuery")) {
                connection.afterExecute();
            }
            return result;
        }
    }
}
