package org.warmpool.participant.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import org.warmpool.base.ui.DateFields;
import org.warmpool.base.ClinicFormats;
import org.warmpool.base.ClinicSettings;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.participant.AuditAction;
import org.warmpool.participant.AuditFilter;
import org.warmpool.participant.AuditLogService;
import org.warmpool.participant.AuditRow;
import org.warmpool.security.Roles;

/**
 * The administrator reads the audit log of access to participants' health data: who opened or
 * changed whose record, when, and what kind, filtered, a page at a time, and downloads what the
 * filter shows as CSV. Opening the page and each download are written to the security event log.
 */
@Route(value = "audit-log", layout = MainLayout.class)
@PageTitle("Audit log | Warmpool")
@Menu(order = 14.5, title = "Audit log", icon = "vaadin:eye")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main {

    private final transient AuditLogService audit;
    private final ZoneId zone;
    private final ComboBox<String> staff = new ComboBox<>("Staff member");
    private final TextField participant = new TextField("Participant name");
    private final ComboBox<AuditAction> kind = new ComboBox<>("Kind");
    private final DatePicker from = new DatePicker("From");
    private final DatePicker to = new DatePicker("To");
    private final Grid<AuditRow> grid = new Grid<>();
    /** The filter the grid and the download use; read by the download request too. */
    private volatile AuditFilter filter = AuditFilter.everything();

    public AuditLogView(AuditLogService audit, ClinicSettings clinic) {
        this.audit = audit;
        this.zone = clinic.timeZone();
        addClassName("home-view");
        audit.opened();
        add(new Paragraph("Every time staff or an instructor opened or changed a participant's health data. "
                + "The log cannot be changed or deleted, also not here. Newest first."));

        staff.setItems(audit.actors());
        staff.setClearButtonVisible(true);
        staff.setId("audit-staff");
        participant.setMaxLength(AuditFilter.NAME_SEARCH_MAX_LENGTH);
        participant.setClearButtonVisible(true);
        participant.setValueChangeMode(ValueChangeMode.LAZY);
        participant.setId("audit-participant");
        kind.setItems(Arrays.stream(AuditAction.values()).sorted(Comparator.comparing(AuditAction::staffWords))
                .toList());
        kind.setItemLabelGenerator(AuditAction::staffWords);
        kind.setClearButtonVisible(true);
        kind.setId("audit-kind");
        DateFields.clinic(from);
        from.setClearButtonVisible(true);
        from.setId("audit-from");
        DateFields.clinic(to);
        to.setClearButtonVisible(true);
        to.setId("audit-to");
        staff.addValueChangeListener(e -> filterChanged());
        participant.addValueChangeListener(e -> filterChanged());
        kind.addValueChangeListener(e -> filterChanged());
        from.addValueChangeListener(e -> filterChanged());
        to.addValueChangeListener(e -> filterChanged());
        FlexLayout filters = new FlexLayout(staff, participant, kind, from, to);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.getStyle().set("gap", "var(--lumo-space-m)");

        Anchor export = new Anchor(csv(), "Download as CSV");
        export.setId("audit-export");
        // The visible words first (axe: label-content-name-mismatch).
        export.getElement().setAttribute("aria-label", "Download as CSV: the entries the filter shows");

        grid.setId("audit-log");
        grid.getElement().setAttribute("aria-label", "Audit log entries, newest first");
        grid.addColumn(row -> row.occurredAt().atZone(zone).format(ClinicFormats.DAY_SHORT_YEAR_SECONDS))
                .setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditRow::actor).setHeader("Staff member").setAutoWidth(true);
        grid.addColumn(row -> row.participantName() == null ? "Participant " + row.participantId()
                : row.participantName()).setHeader("Participant").setAutoWidth(true);
        grid.addColumn(AuditRow::kind).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(AuditRow::reference).setHeader("Record").setFlexGrow(1);
        grid.setItems(query -> audit.find(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
        grid.setPageSize(50);
        grid.setMinHeight("20rem");
        add(filters, export, grid);
    }

    private DownloadHandler csv() {
        return event -> {
            event.setFileName("audit-log.csv");
            event.setContentType("text/csv; charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                audit.exportCsv(filter, out);
            }
        };
    }

    private void filterChanged() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage("Choose a day on or after the first day.");
            return;
        }
        to.setInvalid(false);
        filter = new AuditFilter(staff.getValue(), participant.getValue(), kind.getValue(), from.getValue(),
                to.getValue());
        grid.getDataProvider().refreshAll();
    }
}
