package org.warmpool.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.base.RuleViolationException;
import org.warmpool.instructor.CertificationType;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.instructor.InstructorTestData;
import org.warmpool.pool.Pool;

@SpringBootTest
@ActiveProfiles("test")
@WithMockUser(roles = "ADMIN")
class StaffingServiceTest {

    @org.springframework.beans.factory.annotation.Autowired
    private java.time.Clock clock;

    @Autowired
    StaffingService staffing;
    @Autowired
    ScheduleService schedule;
    @Autowired
    SessionChangeService sessionChanges;
    @Autowired
    InstructorService instructors;
    @Autowired
    ScheduleTestData data;
    @Autowired
    InstructorTestData people;

    private ScheduledSession once(Pool pool, int level, LocalDate date, String start) {
        schedule.createSeries(data.once(data.level(level), pool, date, start));
        return schedule.week(date, pool.getId()).stream()
                .filter(s -> s.date().equals(date) && s.start().equals(LocalTime.parse(start))).findFirst().orElseThrow();
    }

    @Test
    void aQualifiedFreeInstructorIsAssigned() {
        Instructor ana = people.qualified("Ana Test");
        ScheduledSession session = once(data.warmPool(), 1, data.mondayInWeeks(3), "10:00");

        staffing.assign(session.id(), ana.getId());

        assertThat(schedule.get(session.id()).instructorName()).isEqualTo(ana.getName());
    }

    @Test
    void anUnqualifiedInstructorIsRefusedWithTheReasonAndNothingChanges() {
        Instructor ben = people.withoutCertificates("Ben Test");
        people.certify(ben, CertificationType.CPR_FIRST_AID, LocalDate.now(clock).plusYears(1));
        people.certify(ben, CertificationType.WATER_RESCUE, LocalDate.now(clock).plusYears(1));
        ScheduledSession gentle = once(data.warmPool(), 0, data.mondayInWeeks(3), "09:00");

        assertThatThrownBy(() -> staffing.assign(gentle.id(), ben.getId())).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Cannot assign " + ben.getName() + ": level 0 needs an aquatic-therapy certificate");
        assertThat(schedule.get(gentle.id()).instructorName()).isNull();
    }

    @Test
    void anInstructorIsNeverInTwoOverlappingSessionsEvenInDifferentPools() {
        Instructor ana = people.qualified("Ana Twice");
        LocalDate date = data.mondayInWeeks(4);
        ScheduledSession first = once(data.warmPool(), 2, date, "10:00");
        ScheduledSession overlapping = once(data.warmPool(), 2, date, "10:30");
        ScheduledSession backToBack = once(data.warmPool(), 2, date, "10:45");
        staffing.assign(first.id(), ana.getId());

        assertThatThrownBy(() -> staffing.assign(overlapping.id(), ana.getId()))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining(ana.getName() + " teaches Level 2 Stretch & Strengthen in");
        staffing.assign(backToBack.id(), ana.getId());
        assertThat(schedule.get(backToBack.id()).instructorName()).isEqualTo(ana.getName());
    }

    @Test
    void movingAStaffedSessionOntoTheInstructorsOtherClassIsRefused() {
        Instructor ana = people.qualified("Ana Mover");
        LocalDate date = data.mondayInWeeks(4);
        ScheduledSession morning = once(data.warmPool(), 2, date, "09:00");
        ScheduledSession noon = once(data.warmPool(), 2, date, "12:00");
        staffing.assign(morning.id(), ana.getId());
        staffing.assign(noon.id(), ana.getId());

        SessionChange change = schedule.changeFor(noon.id());
        change.setStartTime(LocalTime.of(9, 30));

        assertThatThrownBy(() -> sessionChanges.editSession(noon.id(), change))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("does not suit the instructor");
        assertThat(schedule.get(noon.id()).start()).isEqualTo(LocalTime.NOON);
    }

    @Test
    void optionsRankThoseWhoCanTeachFirstAndSayWhyTheOthersCannot() {
        Instructor teachesLevel = people.qualified("Aa Level Teacher");
        Instructor fresh = people.qualified("Bb Fresh");
        Instructor onLeave = people.qualified("Cc On Leave");
        LocalDate date = data.mondayInWeeks(5);
        instructors.addLeave(onLeave.getId(), date, date, "Dentist");
        Pool pool = data.warmPool();
        ScheduledSession earlier = once(pool, 1, date, "08:00");
        staffing.assign(earlier.id(), teachesLevel.getId());
        ScheduledSession session = once(pool, 1, date, "10:00");

        List<InstructorOption> options = staffing.options(session.id()).stream()
                .filter(o -> List.of(teachesLevel.getId(), fresh.getId(), onLeave.getId()).contains(o.instructorId()))
                .toList();

        assertThat(options).extracting(InstructorOption::instructorId)
                .containsExactly(teachesLevel.getId(), fresh.getId(), onLeave.getId());
        assertThat(options.get(0).summary()).startsWith("Already teaches this level. 0 h 45 min");
        assertThat(options.get(2).canTeach()).isFalse();
        assertThat(options.get(2).summary()).contains("on leave (Dentist)");
        assertThat(staffing.substitutes(session.id())).extracting(InstructorOption::instructorId)
                .contains(teachesLevel.getId(), fresh.getId()).doesNotContain(onLeave.getId());
    }

    @Test
    void amongEqualsTheSubstituteWithFewerHoursThatWeekComesFirst() {
        Instructor busy = people.qualified("Aa Busy");
        Instructor idle = people.qualified("Zz Idle");
        LocalDate date = data.mondayInWeeks(5);
        Pool pool = data.warmPool();
        staffing.assign(once(pool, 3, date.plusDays(1), "09:00").id(), busy.getId());
        ScheduledSession session = once(pool, 2, date, "10:00");

        List<Long> order = staffing.substitutes(session.id()).stream().map(InstructorOption::instructorId)
                .filter(id -> id.equals(busy.getId()) || id.equals(idle.getId())).toList();

        assertThat(order).containsExactly(idle.getId(), busy.getId());
    }

    @Test
    void assigningOnwardsStopsWhereACertificateRunsOutAndSaysWhich() {
        Instructor ana = people.withoutCertificates("Ana Expiring");
        LocalDate monday = data.mondayInWeeks(6);
        people.certify(ana, CertificationType.CPR_FIRST_AID, monday.plusWeeks(1));
        people.certify(ana, CertificationType.WATER_RESCUE, monday.plusYears(1));
        Pool pool = data.warmPool();
        schedule.createSeries(data.weekly(data.level(2), pool, "11:00", monday, monday.plusWeeks(3), DayOfWeek.MONDAY));
        long first = schedule.week(monday, pool.getId()).get(0).id();

        AssignmentResult result = staffing.assignFollowing(first, ana.getId());

        assertThat(result.assigned()).isEqualTo(2); // the expiry day itself still counts
        assertThat(result.notAssigned()).hasSize(2)
                .allSatisfy(reason -> assertThat(reason).contains("CPR and first aid certificate expires on"));
        assertThat(schedule.week(monday.plusWeeks(2), pool.getId()).get(0).instructorName()).isNull();
    }

    @Test
    void leaveAndDropOutsShowUpAsCoverNeededWithTheReason() {
        Instructor ana = people.qualified("Ana Leave");
        LocalDate soon = LocalDate.now(clock).plusDays(3);
        Pool pool = data.warmPool();
        ScheduledSession staffed = once(pool, 2, soon, "06:15");
        ScheduledSession dropped = once(pool, 2, soon, "07:15");
        staffing.assign(staffed.id(), ana.getId());
        staffing.assign(dropped.id(), ana.getId());

        instructors.addLeave(ana.getId(), soon, soon, "Sick");
        staffing.unassign(dropped.id());

        List<CoverNeed> needs = staffing.needingCover(7).stream()
                .filter(need -> need.session().poolId() == pool.getId()).toList();
        assertThat(needs).extracting(need -> need.session().id()).containsExactly(staffed.id(), dropped.id());
        assertThat(needs.get(0).reason()).contains(ana.getName() + " is on leave (Sick)");
        assertThat(needs.get(1).reason()).isEqualTo("No instructor assigned");
    }

    @Test
    void availabilityAcrossMidnightIsRefusedAtInput() {
        Instructor ana = people.withoutCertificates("Ana Night");

        assertThatThrownBy(() -> instructors.addAvailability(ana.getId(), DayOfWeek.FRIDAY, LocalTime.of(22, 0),
                LocalTime.of(2, 0))).isInstanceOf(RuleViolationException.class).hasMessageContaining("midnight");
        assertThat(instructors.get(ana.getId()).getAvailability()).hasSize(7);
    }

    @Test
    @WithMockUser(roles = "PARTICIPANT")
    void participantsCannotAssignInstructors() {
        assertThatThrownBy(() -> staffing.assign(1L, 1L)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> staffing.options(1L)).isInstanceOf(AccessDeniedException.class);
    }
}
