package org.warmpool.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.warmpool.Application;
import org.warmpool.TestClock;

/**
 * The application on a chain (ChainData) in an H2 file, for the benchmarks that drive its views:
 * the first run loads the chain into the file (about four minutes for the whole chain), later
 * runs reuse it. {@code -Dchain.pools=5} uses a five-pool chain in its own file (under a minute
 * to load). The clock is moved to noon of the chain's "today" (whatever day the file was loaded),
 * and every SQL statement sent through the application's connection pool is counted. Vaadin runs
 * in production mode, as the production jar does ({@code -Dbench.devMode=true}: development mode).
 */
final class ChainApp implements AutoCloseable {

    private static final ZoneId ZONE = ZoneId.of("Europe/London");

    final ConfigurableApplicationContext context;
    /** The chain's "today": its classes before noon of this day were held. */
    final LocalDate today;
    final String url;
    private final AtomicLong statements;

    private ChainApp(ConfigurableApplicationContext context, LocalDate today, String url, AtomicLong statements) {
        this.context = context;
        this.today = today;
        this.url = url;
        this.statements = statements;
    }

    /** Loads the chain if the file has none, then starts the application on it. */
    static ChainApp start(String... extraArguments) throws SQLException {
        int pools = Integer.getInteger("chain.pools", ChainData.CHAIN_POOLS);
        String file = pools == ChainData.CHAIN_POOLS ? "./target/chain/warmpool" : "./target/chain-" + pools + "/warmpool";
        // H2 hands back a query's last result when nothing was written since; a benchmark that opens one
        // view again and again would measure that cache, which a clinic writing all day seldom finds valid.
        String url = System.getProperty("bench.url", "jdbc:h2:file:" + file
                + ";LOCK_TIMEOUT=10000;OPTIMIZE_REUSE_RESULTS=FALSE");
        LocalDate today = loadedOrLoad(url, pools);
        System.out.printf("chain of %s: today is %s%n", url, today);

        AtomicLong statements = new AtomicLong();
        SpringApplication app = new SpringApplication(Application.class);
        app.setAdditionalProfiles("test");
        app.addInitializers(context -> context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && name.equals("dataSource")
                        ? counting(dataSource, statements) : bean;
            }
        }));
        List<String> arguments = new ArrayList<>(List.of("--spring.datasource.url=" + url, "--server.port=0",
                "--logging.level.root=warn", "--spring.jpa.properties.hibernate.generate_statistics=true",
                "--logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn",
                // As the production jar runs: in development mode Vaadin records where each component was
                // created and attached (a stack trace each), which dominated the time and the heap.
                "--vaadin.productionMode=" + !Boolean.getBoolean("bench.devMode")));
        arguments.addAll(List.of(extraArguments));
        long start = System.nanoTime();
        ConfigurableApplicationContext context = app.run(arguments.toArray(String[]::new));
        System.out.printf("application started in %.1f s%n", (System.nanoTime() - start) / 1e9);
        context.getBean(TestClock.class).moveTo(today.atTime(LocalTime.NOON).atZone(ZONE).toInstant());
        return new ChainApp(context, today, url, statements);
    }

    /** SQL statements sent so far (prepared, called or executed directly). */
    long statements() {
        return statements.get();
    }

    JdbcTemplate jdbc() {
        return context.getBean(JdbcTemplate.class);
    }

    @Override
    public void close() {
        context.close();
    }

    private static LocalDate loadedOrLoad(String url, int pools) throws SQLException {
        Path folder = Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).getParent();
        if (url.startsWith("jdbc:h2:file:") && folder != null) {
            try {
                Files.createDirectories(folder);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot create " + folder, e);
            }
        }
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            if (count(connection, "SELECT COUNT(*) FROM pool") == 0) {
                LocalDate today = LocalDate.parse(System.getProperty("chain.today", LocalDate.now(ZONE).toString()));
                System.out.printf("loading a chain of %d pools into %s (the whole chain takes minutes)...%n", pools,
                        url);
                System.out.println("chain data: " + ChainData.load(connection,
                        new ChainData.Options(pools, 49, 3, Long.getLong("chain.seed", 42L), today)));
            }
            // The classes held (with attendance) end before noon of the chain's today.
            try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT MAX(s.session_date) FROM class_session s JOIN booking b ON b.session_id = s.id "
                            + "WHERE b.attendance IS NOT NULL")) {
                rows.next();
                return rows.getDate(1).toLocalDate();
            }
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /**
     * The data source, counting each statement prepared or called through its connections and each
     * one executed on a plain statement (Hibernate and JdbcTemplate alike).
     */
    private static DataSource counting(DataSource target, AtomicLong statements) {
        return proxy(DataSource.class, target, (method, result) -> result instanceof Connection connection
                ? proxy(Connection.class, connection, (call, made) -> {
                    String name = call.getName();
                    if (name.startsWith("prepare")) {
                        statements.incrementAndGet();
                    } else if (name.equals("createStatement") && made instanceof Statement plain) {
                        return proxy(Statement.class, plain, (execute, ignored) -> {
                            if (execute.getName().startsWith("execute")) {
                                statements.incrementAndGet();
                            }
                            return ignored;
                        });
                    }
                    return made;
                }) : result);
    }

    private interface After {
        Object apply(Method method, Object result);
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, After after) {
        InvocationHandler handler = (self, method, arguments) -> {
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            return after.apply(method, result);
        };
        return (T) Proxy.newProxyInstance(ChainApp.class.getClassLoader(), new Class<?>[] {type}, handler);
    }
}
