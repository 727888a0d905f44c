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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * it is written. A statement that commits by itself (in auto-commit, DDL, an SQL {@code COMMIT})
 * waits the same way. H2 in memory gets H2's own connections; with {@code WRITE_DELAY=0} H2 writes
 * each commit itself, and nothing waits again. Not covered, and not used by the application: H2
 * over TCP (not wrapped at all), a query that changes data in auto-commit, updates through an
 * updatable {@code ResultSet} in auto-commit, and connections reached through a result set, the
 * metadata or {@code unwrap}.
 */
final class DurableCommitDataSource extends DelegatingDataSource {

    private volatile StoreGroup current;
    /**
     * Runs H2's writes. H2 gives up waiting for its own writing threads when the waiting thread is
     * interrupted (and forgets the interrupt), so the writes run on a thread nothing interrupts
     * while the caller waits for it without giving up. Its one thread ends after a quiet minute.
     */
    private final ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 1, TimeUnit.MINUTES,
            new LinkedBlockingQueue<>(), runnable -> {
                Thread thread = new Thread(runnable, "h2-commit-writer");
                thread.setDaemon(true);
                return thread;
            });
    /** Null until the first connection tells whether the database is an embedded H2 file. */
    private volatile Boolean h2File;

    DurableCommitDataSource(DataSource target) {
        super(target);
        writer.allowCoreThreadTimeOut(true);
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
        ConnectionHandler handler = new ConnectionHandler(connection, session);
        handler.proxy = (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        return handler.proxy;
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
    private void awaitWritten(SessionLocal session) throws SQLException {
        awaitWritten(session.getDatabase().getStore().getMvStore());
    }

    void awaitWritten(MVStore store) throws SQLException {
        if (store.isClosed()) {
            // A write failed, or H2 shut down at once (out of memory, SHUTDOWN IMMEDIATELY) without
            // writing: the commit may not be in the file. (A normal close wrote it, but cannot be
            // told apart here; that race with a restore fails safe.)
            throw new SQLException("The database closed before this change was written to its file; "
                    + "it may not have been saved.", "08006", store.getPanicException());
        }
        if (store.getAutoCommitDelay() == 0) {
            return; // WRITE_DELAY=0: H2 wrote the commit before it returned
        }
        try {
            groupOf(store).awaitWritten(() -> writeAll(store));
        } catch (RuntimeException failed) {
            throw new SQLException("Writing this change to the database file failed; it may not have been saved.",
                    "08006", failed);
        }
    }

    /** One group per store: a write of a store opened after a restore never answers for the old one. */
    private GroupCommit groupOf(MVStore store) {
        StoreGroup group = current;
        if (group == null || group.store() != store) {
            synchronized (this) {
                group = current;
                if (group == null || group.store() != store) {
                    group = new StoreGroup(store, new GroupCommit());
                    current = group;
                }
            }
        }
        return group.group();
    }

    private record StoreGroup(MVStore store, GroupCommit group) {
    }

    /**
     * Returns once everything committed before the call is in the file. H2 writes what it holds in
     * memory and waits for that write, which its writing threads take after any they were given
     * before. With nothing left to write, a write that H2's own background thread began may still
     * hold the commit on its way to the file: then this waits for H2's writing threads to finish.
     */
    void writeAll(MVStore store) {
        Future<?> written = writer.submit(() -> {
            if (store.commit() < 0) {
                store.executeFilestoreOperation(() -> {
                });
            }
        });
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    written.get();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException failed) {
                        throw failed;
                    }
                    throw new IllegalStateException("Writing the H2 file failed", e.getCause());
                }
            }
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
        /** The connection the application holds: what its statements give as theirs. */
        private Connection proxy;

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

        /** What the database looked like before a statement: see {@link #afterExecute}. */
        Before beforeExecute() {
            var database = session.getDatabase();
            return new Before(session.hasPendingTransaction(), database.getModificationDataId(),
                    database.getModificationMetaId());
        }

        /**
         * After a statement that ended a transaction with changes, or changed something and left no
         * transaction open: auto-commit, DDL (which H2 commits at once) or an SQL {@code COMMIT}.
         * Another session's change at the same moment may make it wait needlessly, never too little.
         */
        void afterExecute(Before before) throws SQLException {
            if (session.hasPendingTransaction()) {
                return; // still open: its commit() waits
            }
            var database = session.getDatabase();
            if (before.pending() || database.getModificationDataId() != before.dataId()
                    || database.getModificationMetaId() != before.metaId()) {
                awaitWritten(session);
            }
        }
    }

    private record Before(boolean pending, long dataId, long metaId) {
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
            if (name.equals("getConnection")) {
                return connection.proxy;
            }
            if (!name.startsWith("execute") || name.equals("executeQuery")) {
                return DurableCommitDataSource.invoke(target, method, args);
            }
            Before before = connection.beforeExecute();
            try {
                return DurableCommitDataSource.invoke(target, method, args);
            } finally {
                connection.afterExecute(before);
            }
        }
    }
}
