package org.warmpool;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * App nodes for tests: each a whole application context (profile {@code test}, so no scheduled
 * jobs) with its own connection pool, on one database of the test JVM's PostgreSQL server.
 */
public final class AppNodes {

    private AppNodes() {
    }

    /** Starts a node on this database of {@link SharedPostgres}, with extra {@code --name=value} arguments. */
    public static ConfigurableApplicationContext start(String database, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--spring.datasource.url=" + SharedPostgres.jdbcUrl(database),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.jmx.enabled=false"));
        all.addAll(Arrays.asList(arguments));
        return new SpringApplicationBuilder(Application.class).profiles("test").run(all.toArray(String[]::new));
    }

    /**
     * Points Spring Security's static holder at this node's strategy, which its method security
     * reads (Vaadin installs each node's own; in production there is one node per JVM).
     */
    public static void useSecurityOf(ConfigurableApplicationContext node) {
        node.getBeanProvider(SecurityContextHolderStrategy.class).ifAvailable(
                SecurityContextHolder::setContextHolderStrategy);
    }

    /**
     * Runs this on the node from the current thread, while other threads run on other nodes: the
     * static holder then hands each thread its own node's strategy (the caller puts the holder's
     * earlier strategy back when all are done).
     */
    public static <T> T onNode(ConfigurableApplicationContext node, Supplier<T> work) {
        SecurityContextHolder.setContextHolderStrategy(PerThread.INSTANCE);
        PerThread.NODE.set(node.getBean(SecurityContextHolderStrategy.class));
        try {
            return work.get();
        } finally {
            PerThread.NODE.remove();
        }
    }

    /** Spring Security's holder for nodes side by side: each thread gets the strategy of the node it works on. */
    private enum PerThread implements SecurityContextHolderStrategy {
        INSTANCE;

        static final ThreadLocal<SecurityContextHolderStrategy> NODE = new ThreadLocal<>();

        private SecurityContextHolderStrategy node() {
            SecurityContextHolderStrategy node = NODE.get();
            if (node == null) {
                throw new IllegalStateException("This thread works on no node: use AppNodes.onNode");
            }
            return node;
        }

        @Override
        public void clearContext() {
            node().clearContext();
        }

        @Override
        public SecurityContext getContext() {
            return node().getContext();
        }

        @Override
        public void setContext(SecurityContext context) {
            node().setContext(context);
        }

        @Override
        public SecurityContext createEmptyContext() {
            return node().createEmptyContext();
        }
    }

    /** Stops the nodes that were started. */
    public static void stop(ConfigurableApplicationContext... nodes) {
        for (ConfigurableApplicationContext node : nodes) {
            if (node != null) {
                node.close();
            }
        }
    }
}
