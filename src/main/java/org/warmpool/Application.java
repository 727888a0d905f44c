package org.warmpool;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.integration.IntegrationAutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

// spring-integration-jdbc is here for its JdbcLockRegistry only (base.ClusterJobs): no message
// channels, no schema scripts run at start (Flyway makes INT_LOCK), no second task scheduler.
@SpringBootApplication(exclude = IntegrationAutoConfiguration.class)
@ConfigurationPropertiesScan
@Theme("warmpool")
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
