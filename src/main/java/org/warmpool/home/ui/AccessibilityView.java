package org.warmpool.home.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.warmpool.base.ClinicSettings;

/**
 * The accessibility statement: the standard the app aims at, how that was checked, what is known
 * not to meet it, and how to tell the clinic about a problem. Open to everyone, logged in or not.
 */
@Route("accessibility")
@PageTitle("Accessibility | Warmpool")
@AnonymousAllowed
public class AccessibilityView extends Main {

    public AccessibilityView(ClinicSettings clinic) {
        addClassName("statement-view");
        add(new H1("Accessibility of " + clinic.name()));
        add(new Paragraph("We want everyone to be able to use this site: people in pain, people who use a "
                + "screen reader, a keyboard or a magnifier, and people on a small phone. It aims to meet the "
                + "Web Content Accessibility Guidelines (WCAG) 2.1 at level AA."));

        add(new H2("How we check it"));
        add(list(
                "Every page and the main dialogs are checked automatically before each release with axe-core, "
                        + "with all of its rules for levels A and AA, its best practices and its experimental rules: "
                        + "as each kind of user (visitor, participant, instructor, front desk and administrator), in "
                        + "a real browser at a desktop size (1280 by 900) and at a phone size (360 by 740). A "
                        + "release must have no findings of any kind.",
                "Automated tests of every screen find each field by its label and each button by its name, "
                        + "and use the screens the way a keyboard user does.",
                "The pages work with the keyboard alone: Tab, Enter, Space and the arrow keys."));

        add(new H2("Known limits"));
        add(list(
                "While the server is slow to answer or the connection is lost, a small notice appears at the "
                        + "top of the page. It is part of the software the site is built with and sits outside the "
                        + "page's landmarks (its regions for screen readers); it is announced when it appears.",
                "Drop-down lists and groups of checkboxes (for example a class's pool, level and days in the "
                        + "schedule) tell screen readers that "
                        + "a choice is required in a way the ARIA standard does not foresee for their kind of "
                        + "button. Screen readers still announce them as required, and the label shows it too. "
                        + "This is a known issue of the software the site is built with.",
                "Dialogs and tables keep an inner part of their own in the keyboard's order, to hold the "
                        + "keyboard inside an open dialog and to let it leave a table; these parts have no role "
                        + "of their own. This too comes from the software the site is built with.",
                "Automated checks find only part of all problems: they cannot judge whether a text is clear "
                        + "or a picture's description helpful.",
                "The pages have not yet been tested by people who use screen readers every day."));

        add(new H2("Tell us about a problem"));
        String phone = clinic.hasPhone() ? "call us on " + clinic.phone() + " or " : "";
        add(new Paragraph("If something on this site is hard to use, please " + phone + "tell the front desk at "
                + "your next visit. Say which page it was and what you were trying to do; we will help you with "
                + "what you needed straight away and fix the page."));
        add(new Paragraph(new Anchor("login", "Back to log in")));
    }

    private static UnorderedList list(String... items) {
        UnorderedList list = new UnorderedList();
        for (String item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }
}
