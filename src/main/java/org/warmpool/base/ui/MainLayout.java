package org.warmpool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.OptionalInt;
import org.warmpool.base.CurrentUserName;
import org.warmpool.base.UnreadMessages;

/**
 * The frame around every logged-in view: a header with the view's title, and a drawer whose
 * entries are the {@code @Menu} views the user's roles may open (Vaadin filters them by the
 * same access annotations that guard the routes).
 */
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final H1 viewTitle = new H1();
    private final transient UnreadMessages unreadMessages;
    private final Button messagesBell = new Button(VaadinIcon.BELL.create());
    private final Span unreadBadge = new Span();

    public MainLayout(CurrentUserName currentUser, AuthenticationContext authentication,
            UnreadMessages unreadMessages, LiveUpdates live) {
        this.unreadMessages = unreadMessages;
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Menu");
        viewTitle.addClassName("view-title");
        messagesBell.setId("messages-bell");
        messagesBell.addClassName("messages-bell");
        unreadBadge.addClassName("unread-badge");
        unreadBadge.getElement().setAttribute("aria-hidden", "true");
        messagesBell.setSuffixComponent(unreadBadge);
        messagesBell.addClickListener(click -> messagesBell.getUI().ifPresent(ui -> ui.navigate("messages")));
        messagesBell.setVisible(false);
        // Everything on the page sits in a landmark (axe: region): the bar at the top is the
        // banner, the drawer the menu's navigation, the view the main content.
        Header header = new Header(toggle, viewTitle, messagesBell);
        header.addClassName("navbar-content");
        addToNavbar(header);

        Span appName = new Span("Warmpool");
        appName.addClassName("app-name");
        Scroller navigation = new Scroller(createNavigation());
        Nav drawer = new Nav(appName, navigation, createUserFooter(currentUser, authentication));
        drawer.addClassName("drawer-content");
        drawer.getElement().setAttribute("aria-label", "Menu and account");
        addToDrawer(drawer);
        // A new message, or messages read in another tab, changes the count at once.
        unreadMessages.inboxOfCurrentUser().ifPresent(inbox -> live.followInbox(this, inbox, this::showUnreadCount));
    }

    private SideNav createNavigation() {
        SideNav nav = new SideNav();
        nav.getElement().setAttribute("aria-label", "Main menu");
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(entry.title(), entry.path());
            if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
                item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
            }
            nav.addItem(item);
        }
        return nav;
    }

    private Component createUserFooter(CurrentUserName currentUser, AuthenticationContext authentication) {
        Span name = new Span(currentUser.displayName());
        name.addClassName("user-name");
        Button logout = new Button("Log out", VaadinIcon.SIGN_OUT.create(), click -> authentication.logout());
        logout.setId("logout");
        // By address: base depends on no feature (the page is the account feature's).
        Anchor myAccount = new Anchor("account", "My account");
        myAccount.setId("my-account");
        Anchor accessibility = new Anchor("accessibility", "Accessibility");
        accessibility.setId("accessibility-statement");
        Div footer = new Div(name, myAccount, accessibility, logout);
        footer.addClassName("user-footer");
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (getContent() != null) {
            // The layout's content area scrolls when the view is long; a view with no control in
            // it could then not be scrolled by keyboard (axe: scrollable-region-focusable).
            getContent().getElement().setAttribute("tabindex", "0");
        }
        PageTitle title = getContent() == null ? null : getContent().getClass().getAnnotation(PageTitle.class);
        viewTitle.setText(title == null ? "" : title.value().replace(" | Warmpool", ""));
        showUnreadCount();
    }

    /** The bell: only users with an inbox (participants) see it; the count is read on every page and when it changes. */
    private void showUnreadCount() {
        OptionalInt unread = unreadMessages.forCurrentUser();
        messagesBell.setVisible(unread.isPresent());
        if (unread.isEmpty()) {
            return;
        }
        int count = unread.getAsInt();
        unreadBadge.setText(count == 0 ? "" : String.valueOf(count));
        unreadBadge.setVisible(count > 0);
        messagesBell.setAriaLabel(count == 0 ? "Messages, none unread" : "Messages, " + count + " unread");
        messagesBell.setTooltipText(count == 0 ? "Messages" : count + " unread " + (count == 1 ? "message" : "messages"));
    }
}
