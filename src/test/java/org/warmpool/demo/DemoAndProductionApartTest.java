package org.warmpool.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.warmpool.Application;
import org.warmpool.DemoClinicFile;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

class DemoAndProductionApartTest {

    @TempDir
    Path folder;

    @Test
    void theDemoKeepsItsOwnDatabaseFileAndBackups() throws IOException {
        Properties clinic = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        Properties demo = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-dev.properties"));

        assertThat(demo.getProperty("spring.datasource.url")).contains("./data/warmpool-demo;")
                .isNotEqualTo(clinic.getProperty("spring.datasource.url"));
        assertThat(clinic.getProperty("spring.datasource.url")).contains("./data/warmpool;");
        assertThat(demo.getProperty("warmpool.backup.folder"))
                .isNotEqualTo(clinic.getProperty("warmpool.backup.folder"));
    }

    @Test
    void aClinicStartRefusesADatabaseHoldingTheDemoLogins() {
        // The demo clinic's file, as the demo made it (shared with the other tests that read it).
        String url = DemoClinicFile.url(DemoClinicFile.shared());

        Throwable refused = catchThrowable(() -> start(url, false).close());

        assertThat(refused).isInstanceOf(IllegalStateException.class);
        DemoAccountsPresentException cause = findCause(refused);
        assertThat(cause.emails()).contains("admin@warmpool.example", "desk@warmpool.example");
        FailureAnalysis analysis = new DemoAccountsFailureAnalyzer().analyze(refused);
        assertThat(analysis.getDescription()).contains("did not start", "demo logins", "admin@warmpool.example");
        assertThat(analysis.getAction()).contains("./mvnw spring-boot:run", "backup");
    }

    @Test
    void aClinicAccountThatOnlySharesADemoAddressDoesNotStopTheStart() {
        String url = databaseIn("clinic");
        try (ConfigurableApplicationContext clinic = start(url, false)) {
            UserAccountService accounts = clinic.getBean(UserAccountService.class);
            SystemTasks.runAsStaff(() -> accounts.createAccount("admin@warmpool.example", "Clinic administrator",
                    "a clinic's own long passphrase", EnumSet.of(Role.ADMIN)));
        }

        try (ConfigurableApplicationContext again = start(url, false)) {
            assertThat(again.isRunning()).isTrue();
        }
    }

    private String databaseIn(String name) {
        return "jdbc:h2:file:" + folder.resolve(name).toAbsolutePath() + ";LOCK_TIMEOUT=10000";
    }

    private static ConfigurableApplicationContext start(String url, boolean demoData) {
        return new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--spring.datasource.url=" + url, "--warmpool.demo-data.enabled=" + demoData,
                        "--server.port=0", "--logging.level.root=warn", "--spring.main.banner-mode=off");
    }

    private static DemoAccountsPresentException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DemoAccountsPresentException demo) {
                return demo;
            }
        }
        throw new AssertionError("No DemoAccountsPresentException in " + failure);
    }
}
