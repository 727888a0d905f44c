package org.warmpool.program;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.SessionReference;
import org.warmpool.security.Roles;

@Service
@Transactional
public class ClassLevelService {

    private final ClassLevelRepository levels;
    private final LevelSchedule schedule;

    ClassLevelService(ClassLevelRepository levels, LevelSchedule schedule) {
        this.levels = levels;
        this.schedule = schedule;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public List<ClassLevel> listAll() {
        return levels.findAllByOrderByLevelNumber();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public ClassLevel get(long id) {
        return levels.findById(id).orElseThrow(() -> new RuleViolationException("This level no longer exists."));
    }

    /**
     * Saves a level's new limits. A class size below what upcoming sessions offer is refused with
     * those sessions listed; a higher minimum temperature is allowed (the sessions in colder pools
     * are flagged and left out of matching) and the affected sessions are returned to show.
     */
    @RolesAllowed(Roles.ADMIN)
    public LevelChange save(ClassLevel level) {
        List<SessionReference> tooLarge = schedule.upcomingSessionsLargerThan(level.getId(), level.getMaxClassSize());
        if (!tooLarge.isEmpty()) {
            throw new RuleViolationException("The class size cannot go down to " + level.getMaxClassSize() + ": "
                    + tooLarge.size() + " upcoming sessions of this level have more places. Lower their capacity "
                    + "first: " + SessionReference.describeAll(tooLarge, 5) + ".");
        }
        ClassLevel saved = levels.saveAndFlush(level);
        return new LevelChange(saved,
                schedule.upcomingSessionsColderThan(saved.getId(), saved.getMinWaterTemperature()));
    }
}
