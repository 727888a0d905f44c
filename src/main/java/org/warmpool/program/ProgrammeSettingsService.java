package org.warmpool.program;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.security.Roles;

/** The programme's thresholds: read by screening and matching, changed by an administrator. */
@Service
@Transactional
public class ProgrammeSettingsService {

    private final ProgrammeSettingsRepository settings;

    ProgrammeSettingsService(ProgrammeSettingsRepository settings) {
        this.settings = settings;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ProgrammeSettings current() {
        return settings.findById(ProgrammeSettings.ONLY_ROW).orElseThrow();
    }

    @RolesAllowed(Roles.ADMIN)
    public ProgrammeSettings save(ProgrammeSettings changed) {
        return settings.saveAndFlush(changed);
    }
}
