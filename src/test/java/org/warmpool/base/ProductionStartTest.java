package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.util.FileSystemUtils;
import org.warmpool.Application;
import org.warmpool.booking.BookingService;
import org.warmpool.security.Role;
import org.warmpool.security.SystemTasks;
import org.warmpool.security.UserAccountService;

/**
 * The application started with its production settings (application.properties, no test profile),
 * where most beans are created on first use ({@code spring.main.lazy-initialization}): it still
 * schedules every timed job, creates the initial administrator, and stops at a wrong setting.
 * A context of its own (the tests' profile creates every bean at start), on a new H2 file.
 */
class ProductionStartTest {

    private static final String ADMIN = "first.admin@example.org";

    private static Path folder;
    private static Properties production;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void startAsAClinicDoes() throws IOException {
        folder = Files.createTempDirectory("production-start");
        production = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        app = start("--warmpool.initial-admin.email=" + ADMIN,
                "--warmpool.initial-admin.password=Seven otters float past the lifeguard");
    }

    @AfterAll
    static void stop() throws IOException {
        if (app != null) {
            app.close();
        }
        FileSystemUtils.deleteRecursively(folder);
    }

    @Test
    void mostBeansWaitForTheirFirstUse() {
        assertThat(production.getProperty("spring.main.lazy-initialization")).isEqualTo("true");
        String bookings = app.getBeanNamesForType(BookingService.class)[0];

        assertThat(app.getBeanFactory().containsSingleton(bookings)).as("created at start").isFalse();
        assertThat(app.getBean(BookingService.class)).isNotNull();
        assertThat(app.getBeanFactory().containsSingleton(bookings)).as("created on first use").isTrue();
    }

    @Test
    void everyTimedJobIsScheduled() {
        List<String> jobs = new ArrayList<>();
        for (ScheduledTaskHolder holder : app.getBeansOfType(ScheduledTaskHolder.class).values()) {
            for (ScheduledTask scheduled : holder.getScheduledTasks()) {
                jobs.add(scheduled.getTask() instanceof CronTask cron ? "cron " + cron.getExpression()
                        : scheduled.getTask().toString());
            }
        }

        assertThat(jobs).containsExactlyInAnyOrder(
                "org.warmpool.notification.MailRetryJob.runOnThisNodeIfFree",
                "org.warmpool.security.RequestAttempts.purgeOnThisNodeIfFree",
                "cron " + production.getProperty("warmpool.reminders.cron"),
                "cron " + production.getProperty("warmpool.backup.cron"));
    }

    @Test
    void theInitialAdministratorIsCreated() {
        UserAccountService accounts = app.getBean(UserAccountService.class);

        assertThat(accounts.hasActiveAccountWithRole(Role.ADMIN)).isTrue();
        assertThat(SystemTasks.callAsStaff(() -> accounts.findByEmail(ADMIN))).isPresent();
    }

    @Test
    void aWrongSettingStillStopsTheStart() {
        Throwable refused = catchThrowable(() -> start("--warmpool.privacy.instructor-access-before=-1d").close());

        assertThat(refused).rootCause().hasMessageContaining("instructor-access-before")
                .hasMessageContaining("cannot be negative");
    }

    /** Production's settings, a new H2 file under the folder, any free port, fewer log lines. */
    private static ConfigurableApplicationContext start(String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("warmpool-" + System.nanoTime())
                        + ";LOCK_TIMEOUT=10000",
                "--warmpool.backup.folder=" + folder.resolve("backups"),
                "--server.port=0", "--spring.main.banner-mode=off", "--logging.level.root=warn",
                "--spring.jmx.enabled=false"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }
}
