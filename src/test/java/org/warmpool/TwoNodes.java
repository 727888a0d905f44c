package org.warmpool;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two app nodes: two whole application contexts, each with its own beans and connection pool, on
 * one database of the test JVM's PostgreSQL ({@link SharedPostgres}). Starting them takes seconds,
 * so the test classes share one pair per test JVM ({@link #shared}); each test makes its own data.
 *
 * <p>Both nodes use one security-context strategy (a thread's logged-in user), so a test sets the
 * user as usual ({@code SystemTasks.runAsStaff}, {@code BookingTestData.as}) on the thread that
 * calls the node's beans; {@link #race} gives each side a thread of its own.
 */
public final class TwoNodes implements AutoCloseable {

    /** One strategy for both nodes (and the static holder), so that who is logged in is the thread's. */
    private static final VaadinAwareSecurityContextHolderStrategy SECURITY =
            new VaadinAwareSecurityContextHolderStrategy();

    private final String database;
    private ConfigurableApplicationContext nodeA;
    private ConfigurableApplicationContext nodeB;

    private TwoNodes(String database) {
        this.database = database;
    }

    private static TwoNodes shared;

    /**
     * The pair of this test JVM, started on first use and closed when the JVM ends. Other contexts
     * started since (another test class's) may have put their own strategy in the static holder:
     * the nodes' one goes back in.
     */
    public static synchronized TwoNodes shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close));
        }
        SecurityContextHolder.setContextHolderStrategy(SECURITY);
        return shared;
    }

    /**
     * Starts a pair of its own on a new, empty database (node A runs the migrations), with extra
     * {@code --name=value} arguments for both nodes; the caller closes it.
     */
    public static TwoNodes start(String... arguments) {
        TwoNodes nodes = new TwoNodes(SharedPostgres.newDatabase());
        try {
            nodes.nodeA = nodes.node(arguments);
            nodes.nodeB = nodes.node(arguments);
        } catch (RuntimeException failed) {
            nodes.close();
            throw failed;
        }
        SecurityContextHolder.setContextHolderStrategy(SECURITY);
        return nodes;
    }

    public ConfigurableApplicationContext nodeA() {
        return nodeA;
    }

    public ConfigurableApplicationContext nodeB() {
        return nodeB;
    }

    public List<ConfigurableApplicationContext> both() {
        return List.of(nodeA, nodeB);
    }

    public String database() {
        return database;
    }

    /** Runs the two sides at the same moment, each on its own thread; results in this order. */
    public static <T> List<T> race(Callable<T> sideA, Callable<T> sideB) throws Exception {
        return RunTogether.runTogether(List.of(sideA, sideB));
    }

    @Override
    public void close() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private ConfigurableApplicationContext node(String... arguments) {
        List<String> all = new java.util.ArrayList<>(List.of("--spring.datasource.url=" + SharedPostgres.jdbcUrl(database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--spring.main.banner-mode=off",
                "--spring.jmx.enabled=false"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .initializers(context -> context.getBeanFactory().addBeanPostProcessor(new SharedSecurity()))
                .run(all.toArray(String[]::new));
    }

    /** Puts the one shared strategy in the place of the node's own. */
    private static final class SharedSecurity implements BeanPostProcessor {
        @Override
        public Object postProcessAfterInitialization(Object bean, String beanName) {
            if (bean instanceof VaadinAwareSecurityContextHolderStrategy) {
                SecurityContextHolder.setContextHolderStrategy(SECURITY);
                return SECURITY;
            }
            return bean;
        }
    }
}
