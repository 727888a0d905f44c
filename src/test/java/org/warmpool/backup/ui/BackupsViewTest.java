package org.warmpool.backup.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.warmpool.backup.BackupService;
import org.warmpool.backup.BackupTestBase;
import org.warmpool.base.RuleViolationException;
import org.warmpool.security.Role;

class BackupsViewTest extends BackupTestBase {

    @Autowired
    BackupService backups;

    private static List<String> rows(Grid<?> grid) {
        return IntStream.range(0, GridKt._size(grid)).mapToObj(row -> String.join(" | ",
                GridKt._getFormattedRow(grid, row))).toList();
    }

    private static List<String> zipsOnDisk() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER.resolve("backups"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".zip")).sorted().toList();
        }
    }

    @Test
    void theAdministratorBacksUpWhileTheClinicWorksAndSeesTheBackupListed() throws IOException {
        clock.moveTo(Instant.parse("2026-12-04T10:15:30Z"));
        login("admin@warmpool.example", Role.ADMIN);
        navigate("backups");

        _click(_get(Button.class, spec -> spec.withText("Back up now")));

        assertThat(notificationTexts()).anyMatch(t -> t.startsWith("Backup taken: warmpool-2026-12-04-101530.zip"));
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("backups"));
        assertThat(rows(grid)).anyMatch(row -> row.startsWith("Fri 4 Dec 2026, 10:15:30 | ")
                && row.endsWith(" | warmpool-2026-12-04-101530.zip"));
        Path file = FOLDER.resolve("backups/warmpool-2026-12-04-101530.zip");
        assertThat(Files.size(file)).isGreaterThan(1000);
    }

    @Test
    void onlyTheNewestBackupsAreKept() throws IOException {
        login("admin@warmpool.example", Role.ADMIN);
        navigate("backups");
        Instant first = Instant.parse("2026-12-05T01:30:00Z");
        for (int night = 0; night < KEEP + 2; night++) {
            clock.moveTo(first.plus(Duration.ofDays(night)));
            _click(_get(Button.class, spec -> spec.withText("Back up now")));
        }

        Grid<?> grid = _get(Grid.class, spec -> spec.withId("backups"));
        assertThat(rows(grid)).hasSize(KEEP);
        assertThat(rows(grid).get(0)).startsWith("Wed 9 Dec 2026, 01:30:00");
        assertThat(zipsOnDisk()).hasSize(KEEP).containsExactly("warmpool-2026-12-07-013000.zip",
                "warmpool-2026-12-08-013000.zip", "warmpool-2026-12-09-013000.zip");
    }

    @Test
    void aFolderThatCannotBeWrittenIsExplainedAndTheButtonWorksAgain() throws IOException {
        Path folder = Files.createDirectories(FOLDER.resolve("backups"));
        Path aside = FOLDER.resolve("backups-aside");
        Files.move(folder, aside);
        Files.writeString(folder, "a file where the folder should be");
        try {
            login("admin@warmpool.example", Role.ADMIN);
            navigate("backups");
            Button backUp = _get(Button.class, spec -> spec.withText("Back up now"));

            // The session's error handler shows this message as a notification (ErrorHandlingTest).
            assertThatThrownBy(() -> _click(backUp)).isInstanceOf(RuleViolationException.class)
                    .hasMessageStartingWith("The backup could not be written to " + folder)
                    .hasMessageEndingWith("and that the disk has free space.");
            assertThat(backUp.isEnabled()).isTrue();
        } finally {
            Files.delete(folder);
            Files.move(aside, folder);
        }
    }

    @Test
    void theFrontDeskCannotOpenBackupsNorTakeOne() {
        login("desk@warmpool.example", Role.FRONT_DESK);
        navigate("backups");

        assertThat(_get(H1.class, spec -> spec.withText("Page not available")).isVisible()).isTrue();
        assertThatThrownBy(backups::backUpNow).isInstanceOf(AccessDeniedException.class);
    }
}
