package org.warmpool;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.Theme;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.integration.IntegrationAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.warmpool.operations.CopyH2ToPostgres;

// spring-integration-jdbc is here for its JdbcLockRegistry only (base.ClusterJobs): no message
// channels, no schema scripts run at start (Flyway makes INT_LOCK), no second task scheduler.
@SpringBootApplication(exclude = IntegrationAutoConfiguration.class)
@ConfigurationPropertiesScan
@Theme("warmpool")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
// Server push (WebSocket, long polling where a proxy or browser refuses it) carries live updates
// (base.ui.LiveUpdates) to the open pages.
@Push
public class Application implements AppShellConfigurator {

    /**
     * Starts the application, or with {@code copy-h2-to-postgres} moves the H2 file's data to
     * PostgreSQL without starting it (docs/operations.md, "Moving from the H2 file"). The command is
     * looked for among all arguments: spring-boot:run puts its profile argument first.
     */
    public static void main(String[] args) {
        if (List.of(args).contains(CopyH2ToPostgres.COMMAND)) {
            CopyH2ToPostgres.main(args);
            return;
        }
        SpringApplication.run(Application.class, args);
    }
}
