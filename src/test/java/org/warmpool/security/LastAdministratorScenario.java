package org.warmpool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.warmpool.RunTogether.runTogether;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.warmpool.base.RuleViolationException;

/**
 * There is always an enabled administrator: the last one can neither be switched off nor lose the
 * role, also when two administrators switch each other off at the same moment (two app nodes on
 * one database). Run on H2 and PostgreSQL.
 */
abstract class LastAdministratorScenario {

    @Autowired
    StaffAccountService staff;
    @Autowired
    JdbcTemplate jdbc;

    private AppUser ada;
    private AppUser bea;

    /** Only Ada and Bea are enabled administrators (earlier tests' administrators are switched off). */
    @BeforeEach
    void twoAdministrators() {
        jdbc.update("UPDATE app_user SET enabled = FALSE WHERE id IN "
                + "(SELECT user_id FROM app_user_role WHERE role = 'ADMIN')");
        ada = asSystem(() -> staff.createInvited("Ada Admin", unique("ada"), EnumSet.of(Role.ADMIN)));
        bea = asSystem(() -> staff.createInvited("Bea Admin", unique("bea"), EnumSet.of(Role.ADMIN)));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theLastEnabledAdministratorCannotBeSwitchedOffOrLoseTheRole() {
        as(ada, () -> staff.setEnabled(bea.getId(), false));

        // Bea's account is off, so the attempts come from another administrator's screen (a system task here).
        assertThatThrownBy(() -> asSystem(() -> staff.setEnabled(ada.getId(), false)))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(String.format(StaffAccountService.LAST_ADMINISTRATOR, "Ada Admin"));
        assertThatThrownBy(() -> asSystem(() -> staff.changeStaffRoles(ada.getId(), EnumSet.of(Role.FRONT_DESK))))
                .isInstanceOf(RuleViolationException.class)
                .hasMessage(String.format(StaffAccountService.LAST_ADMINISTRATOR, "Ada Admin"));
        assertThat(enabledAdministrators()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user_role WHERE user_id = ? AND role = 'ADMIN'",
                Integer.class, ada.getId())).isEqualTo(1);

        // Once Bea is back, Ada may go.
        as(ada, () -> staff.setEnabled(bea.getId(), true));
        as(bea, () -> staff.changeStaffRoles(ada.getId(), EnumSet.of(Role.FRONT_DESK)));
        assertThat(enabledAdministrators()).isEqualTo(1);
    }

    @Test
    void anAdministratorCannotSwitchOffTheirOwnAccountOrDropTheirOwnRole() {
        assertThatThrownBy(() -> as(ada, () -> staff.setEnabled(ada.getId(), false)))
                .hasMessage(StaffAccountService.NOT_YOURSELF);
        assertThatThrownBy(() -> as(ada, () -> staff.changeStaffRoles(ada.getId(), EnumSet.of(Role.FRONT_DESK))))
                .hasMessage(StaffAccountService.NOT_YOUR_OWN_ROLE);
        assertThat(enabledAdministrators()).isEqualTo(2);
    }

    @Test
    void twoAdministratorsSwitchingEachOtherOffAtOnceLeaveOneOfThem() throws Exception {
        for (int round = 0; round < 5; round++) {
            twoAdministratorsAfterTheFirstRound(round);
            List<Boolean> succeeded = runTogether(List.of(
                    () -> tryAs(ada, () -> staff.setEnabled(bea.getId(), false)),
                    () -> tryAs(bea, () -> staff.setEnabled(ada.getId(), false))));

            assertThat(succeeded).as("round %d", round).containsExactlyInAnyOrder(true, false);
            assertThat(enabledAdministrators()).as("round %d", round).isEqualTo(1);
        }
    }

    private void twoAdministratorsAfterTheFirstRound(int round) {
        if (round > 0) {
            twoAdministrators();
        }
    }

    private int enabledAdministrators() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user u JOIN app_user_role r ON r.user_id = u.id "
                + "WHERE r.role = 'ADMIN' AND u.enabled = TRUE", Integer.class);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@staff.example";
    }

    private static boolean tryAs(AppUser admin, java.util.function.Supplier<?> action) {
        try {
            as(admin, action);
            return true;
        } catch (RuleViolationException refused) {
            assertThat(refused.getMessage()).contains("is the only administrator");
            return false;
        } catch (SessionEndedException refused) {
            // The other one finished before this call began: this administrator is already switched off.
            return false;
        }
    }

    private static <T> T as(AppUser admin, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        var authorities = List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()));
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new AppUserPrincipal(admin.getId(), admin.getEmail(), admin.getDisplayName(), "n/a", true,
                        authorities), null, authorities));
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private static <T> T asSystem(java.util.function.Supplier<T> action) {
        Object[] result = new Object[1];
        SystemTasks.runAsStaff(() -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }
}
