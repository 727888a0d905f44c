package org.warmpool.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.ui.MainLayout;
import org.warmpool.privacy.PersonalDataFiles;
import org.warmpool.privacy.PersonalDataService;
import org.warmpool.security.Roles;

/**
 * "My data": the participant downloads everything the clinic holds about them, as JSON (for
 * another program) and as a page to read or print. Each file is made when it is asked for, from
 * what the service answers for the logged-in participant only, so an open page holds no copy.
 */
@Route(value = "my-data", layout = MainLayout.class)
@PageTitle("My data | Warmpool")
@Menu(order = 3.8, title = "My data", icon = "vaadin:download")
@RolesAllowed(Roles.PARTICIPANT)
public class MyDataView extends Main {

    private final PersonalDataService personalData;

    public MyDataView(PersonalDataService personalData) {
        this.personalData = personalData;
        addClassName("home-view");
        add(new H1("My data"));
        try {
            personalData.requireRecord();
        } catch (RuleViolationException noRecord) {
            add(new Paragraph(noRecord.getMessage()));
            return;
        }
        add(new Paragraph("Download everything the clinic holds about you: your account and contact details, "
                        + "your intakes with the screening and any medical clearance, your bookings and "
                        + "attendance, your pain before and after classes, level suggestions, your messages, "
                        + "and the record of when staff opened your health data."),
                new Paragraph("The page opens in any browser and prints well. The JSON file is for moving your "
                        + "data to another program."));
        Anchor page = download(this::html, PersonalDataFiles.fileName("html"), "text/html;charset=utf-8",
                "Download as a page to read or print (HTML)");
        page.setId("download-html");
        Anchor file = download(this::json, PersonalDataFiles.fileName("json"), "application/json",
                "Download for another program (JSON)");
        file.setId("download-json");
        Div downloads = new Div(page, file);
        downloads.addClassName("participant-actions");
        add(downloads, new Paragraph("To have your data erased, please ask the front desk: an administrator "
                + "erases it. Your attendance stays in the clinic's reports without your name."));
    }

    private static Anchor download(Supplier<byte[]> file, String fileName, String type, String text) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = file.get();
            return new DownloadResponse(new ByteArrayInputStream(content), fileName, type, content.length);
        }), text);
    }

    /** The JSON download's content, as the participant receives it. */
    byte[] json() {
        return PersonalDataFiles.json(personalData.mine());
    }

    /** The page download's content, as the participant receives it. */
    byte[] html() {
        return PersonalDataFiles.html(personalData.mine()).getBytes(StandardCharsets.UTF_8);
    }
}
