package org.warmpool.backup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.warmpool.backup.Backup;
import org.warmpool.backup.BackupService;
import org.warmpool.backup.BackupSettings;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.base.ui.Notifications;
import org.warmpool.security.Roles;

/** The administrator backs up the embedded database while the clinic keeps working, and sees the backups kept. */
@Route(value = "backups", layout = MainLayout.class)
@PageTitle("Backups | Warmpool")
@Menu(order = 14, title = "Backups", icon = "vaadin:archive")
@RolesAllowed(Roles.ADMIN)
public class BackupsView extends Main {


    private final BackupService backups;
    private final Grid<Backup> list = new Grid<>();

    public BackupsView(BackupService backups) {
        this.backups = backups;
        addClassName("home-view");
        if (!backups.available()) {
            Paragraph elsewhere = new Paragraph("This page backs up the built-in database file, and this "
                    + "installation does not keep its data in such a file: it uses PostgreSQL, or a database in "
                    + "memory that is lost when the application stops. Back PostgreSQL up with pg_dump, as the "
                    + "operations guide describes.");
            elsewhere.setId("backups-not-available");
            add(elsewhere);
            return;
        }
        BackupSettings settings = backups.settings();
        add(new Paragraph("A backup is a copy of all the clinic's data as it was at one moment. Taking one does "
                + "not stop anyone booking. " + (settings.scheduled()
                        ? "One is also taken automatically (schedule: " + settings.cron() + ", clinic time). "
                        : "Automatic backups are switched off. ")
                + "The newest " + settings.keep() + " are kept in " + settings.folder().toAbsolutePath().normalize()
                + "; copy them to another place, such as a second disk, regularly."));

        Button now = new Button("Back up now");
        now.addClickListener(click -> {
            try {
                Backup taken = backups.backUpNow();
                refresh();
                Notifications.success("Backup taken: " + taken.fileName() + " (" + taken.sizeText() + ").");
            } finally {
                now.setEnabled(true);
            }
        });
        now.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        // One click, one backup: a second click while it is written would only queue another.
        now.setDisableOnClick(true);

        list.setId("backups");
        list.getElement().setAttribute("aria-label", "Backups kept, newest first");
        list.addColumn(b -> ClinicFormats.DAY_SHORT_YEAR_SECONDS.format(b.takenAt())).setHeader("Taken");
        list.addColumn(Backup::sizeText).setHeader("Size");
        list.addColumn(Backup::fileName).setHeader("File");
        list.setAllRowsVisible(true);
        add(now, list);
        refresh();
    }

    private void refresh() {
        list.setItems(backups.backups());
    }
}
