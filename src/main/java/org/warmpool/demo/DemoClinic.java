package org.warmpool.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import org.warmpool.instructor.CertificationType;
import org.warmpool.instructor.Instructor;
import org.warmpool.instructor.InstructorService;
import org.warmpool.participant.Condition;
import org.warmpool.participant.Contraindication;
import org.warmpool.participant.IntakeService;
import org.warmpool.participant.PainDuration;
import org.warmpool.participant.RedFlag;
import org.warmpool.participant.RegistrationForm;
import org.warmpool.participant.RegistrationService;
import org.warmpool.participant.TimeOfDay;
import org.warmpool.pool.Pool;
import org.warmpool.pool.PoolService;
import org.warmpool.program.ClassLevel;
import org.warmpool.program.ClassLevelService;
import org.warmpool.program.ExerciseBias;
import org.warmpool.schedule.ScheduleService;
import org.warmpool.schedule.ScheduledSession;
import org.warmpool.schedule.SeriesDraft;
import org.warmpool.schedule.StaffingService;
import org.warmpool.security.AppUser;
import org.warmpool.security.UserAccountService;

/**
 * Two pools and a weekly timetable across levels 0-3, mornings and evenings, for half a year
 * from the day the demo is loaded. One class sits in water colder than its level asks for, to
 * show the warning.
 */
final class DemoClinic {

    static final int WEEKS = 26;

    private final PoolService pools;
    private final ClassLevelService levels;
    private final ScheduleService schedule;
    private final InstructorService instructors;
    private final StaffingService staffing;
    private final UserAccountService accounts;
    private final RegistrationService registration;
    private final IntakeService intakes;
    private final Clock clock;

    DemoClinic(PoolService pools, ClassLevelService levels, ScheduleService schedule, InstructorService instructors,
            StaffingService staffing, UserAccountService accounts, RegistrationService registration,
            IntakeService intakes, Clock clock) {
        this.registration = registration;
        this.intakes = intakes;
        this.pools = pools;
        this.levels = levels;
        this.schedule = schedule;
        this.instructors = instructors;
        this.staffing = staffing;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The participants screened clear, who may book: Pat and Lee. */
    private final List<Long> cleared = new java.util.ArrayList<>();

    List<Long> clearedParticipants() {
        return List.copyOf(cleared);
    }

    void load() {
        loadInstructors();
        loadTimetable();
        staffTimetable();
        loadParticipants();
    }

    /**
     * Pat: chronic stenosis, cleared. Sam: surgery five weeks ago, waiting for clearance. Lee: a
     * recent disc problem, mild pain, cleared. Rita, a walk-in: a red flag.
     */
    private void loadParticipants() {
        long pat = participant("pat@warmpool.example", "Pat Morgan", LocalDate.of(1956, 4, 2));
        intake(pat, 6, null, 20, Condition.SPINAL_STENOSIS, Set.of(), Set.of(), true, false,
                EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), EnumSet.of(TimeOfDay.MORNING));
        long sam = participant("sam@warmpool.example", "Sam Patel", LocalDate.of(1971, 9, 15));
        intake(sam, 5, PainDuration.TWO_TO_11_WEEKS, null, Condition.HERNIATED_DISC, Set.of(),
                Set.of(Contraindication.RECENT_SURGERY), false, false, EnumSet.of(DayOfWeek.MONDAY),
                EnumSet.of(TimeOfDay.EVENING));
        long lee = participant("lee@warmpool.example", "Lee Wong", LocalDate.of(1985, 1, 30));
        intake(lee, 3, null, 5, Condition.HERNIATED_DISC, Set.of(), Set.of(), false, true,
                EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY), EnumSet.of(TimeOfDay.EVENING, TimeOfDay.MORNING));
        cleared.add(pat);
        cleared.add(lee);
        RegistrationForm walkIn = form("Rita Evans", LocalDate.of(1949, 6, 11));
        walkIn.setPhone("07700 900201");
        long rita = registration.registerWalkIn(walkIn).getId();
        intake(rita, 8, PainDuration.LESS_THAN_2_WEEKS, null, Condition.OTHER_OR_UNKNOWN,
                Set.of(RedFlag.SADDLE_NUMBNESS), Set.of(), true, false, Set.of(), Set.of());
        for (int i = 0; i < WALK_INS.size(); i++) {
            RegistrationForm form = form(WALK_INS.get(i), LocalDate.of(1950 + 4 * i, 1 + i, 10 + i));
            form.setPhone("07700 90030" + i);
            long walkInId = registration.registerWalkIn(form).getId();
            intake(walkInId, 5, null, 30 + 10 * i, i % 2 == 0 ? Condition.SPINAL_STENOSIS : Condition.SPONDYLOLISTHESIS,
                    Set.of(), Set.of(), false, false, EnumSet.allOf(DayOfWeek.class), EnumSet.allOf(TimeOfDay.class));
            walkIns.add(walkInId);
        }
    }

    /** Walk-ins with long-standing, moderate pain, screened clear: they fill the full class and its waitlist. */
    static final List<String> WALK_INS = List.of("Omar Haddad", "Grace Lindqvist", "Tom Byrne", "Maria Santos",
            "Joan Fairweather");

    private final List<Long> walkIns = new java.util.ArrayList<>();

    List<Long> clearedWalkIns() {
        return List.copyOf(walkIns);
    }

    Pool therapyPool() {
        return therapyPool;
    }

    ClassLevel level(int number) {
        return levels.listAll().get(number);
    }

    private Pool therapyPool;

    private long participant(String email, String name, LocalDate born) {
        return registration.registerExistingAccount(account(email), form(name, born)).getId();
    }

    private static RegistrationForm form(String name, LocalDate born) {
        RegistrationForm form = new RegistrationForm();
        form.setFullName(name);
        form.setDateOfBirth(born);
        form.setEmergencyContactName("Family of " + name);
        form.setEmergencyContactPhone("07700 900999");
        form.setConsent(true);
        return form;
    }

    private void intake(long participantId, int pain, PainDuration duration, Integer weeks, Condition condition,
            Set<RedFlag> redFlags, Set<Contraindication> contraindications, boolean needsLift, boolean deepWater,
            Set<DayOfWeek> days, Set<TimeOfDay> times) {
        intakes.savePain(participantId, pain, duration, weeks);
        intakes.saveCause(participantId, condition);
        intakes.saveRedFlags(participantId, redFlags);
        intakes.saveContraindications(participantId, contraindications);
        intakes.saveAccess(participantId, needsLift, deepWater, days, times);
        intakes.submit(participantId);
    }

    /**
     * Ana and Chloe may teach every level (aquatic therapy, physiotherapy); Ana works 07:00-21:00 every
     * day. Ben only levels 2 and
     * 3, and his CPR certificate runs out in three weeks, so his later classes need cover.
     */
    private void loadInstructors() {
        LocalDate today = LocalDate.now(clock);
        Instructor ana = instructors.createFor(account("ana@warmpool.example"), "07700 900101");
        certify(ana, CertificationType.CPR_FIRST_AID, today.minusYears(1), today.plusYears(1));
        certify(ana, CertificationType.WATER_RESCUE, today.minusYears(1), today.plusYears(1));
        certify(ana, CertificationType.AQUATIC_THERAPY, today.minusYears(2), today.plusYears(2));
        // Every day, so that she has a class today whatever day the demo starts (see DemoWeek).
        available(ana, LocalTime.of(7, 0), LocalTime.of(21, 0), DayOfWeek.values());

        Instructor ben = instructors.createFor(account("ben@warmpool.example"), "07700 900102");
        certify(ben, CertificationType.CPR_FIRST_AID, today.minusYears(2).plusWeeks(3), today.plusWeeks(3));
        certify(ben, CertificationType.WATER_RESCUE, today.minusYears(1), today.plusYears(1));
        available(ben, LocalTime.of(8, 0), LocalTime.of(20, 0), DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
                DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);

        Instructor chloe = instructors.createFor(account("chloe@warmpool.example"), "07700 900103");
        certify(chloe, CertificationType.CPR_FIRST_AID, today.minusMonths(6), today.plusYears(1));
        certify(chloe, CertificationType.WATER_RESCUE, today.minusMonths(6), today.plusYears(1));
        certify(chloe, CertificationType.PHYSIOTHERAPY_LICENCE, today.minusYears(5), today.plusYears(3));
        available(chloe, LocalTime.of(9, 0), LocalTime.of(20, 0), DayOfWeek.TUESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY);
        instructors.addLeave(chloe.getId(), today.plusWeeks(2), today.plusWeeks(2).plusDays(4), "Holiday");
    }

    private AppUser account(String email) {
        return accounts.findByEmail(email).orElseThrow();
    }

    private void certify(Instructor instructor, CertificationType type, LocalDate issued, LocalDate expires) {
        instructors.addCertification(instructor.getId(), type, type.name().substring(0, 3) + "-"
                + (1000 + instructor.getId() * 10 + type.ordinal()), issued, expires);
    }

    private void available(Instructor instructor, LocalTime from, LocalTime until, DayOfWeek... days) {
        for (DayOfWeek day : days) {
            instructors.addAvailability(instructor.getId(), day, from, until);
        }
    }

    /**
     * Each series gets the best qualified, free instructor from its first session onwards; the
     * Saturday gentle-mobility class is left without one, to show "Cover needed".
     */
    private void staffTimetable() {
        LocalDate today = LocalDate.now(clock);
        Set<Long> staffedSeries = new HashSet<>();
        for (int week = 0; week < 2; week++) {
            for (ScheduledSession session : schedule.week(today.plusWeeks(week), null)) {
                boolean leaveEmpty = session.levelNumber() == 1 && session.date().getDayOfWeek() == DayOfWeek.SATURDAY;
                boolean started = !LocalDateTime.of(session.date(), session.start()).isAfter(LocalDateTime.now(clock));
                if (session.seriesId() == null || leaveEmpty || started || !staffedSeries.add(session.seriesId())) {
                    continue;
                }
                staffing.substitutes(session.id()).stream().findFirst()
                        .ifPresent(best -> staffing.assignFollowing(session.id(), best.instructorId()));
            }
        }
    }

    private void loadTimetable() {
        Pool therapy = new Pool("Therapy pool", new BigDecimal("34.0"), new BigDecimal("1.00"),
                new BigDecimal("1.40"), true, 10);
        therapy.setNotes("Hoist at the shallow end; handrails on both sides.");
        therapy = pools.save(therapy);
        therapyPool = therapy;
        Pool exercise = new Pool("Exercise pool", new BigDecimal("30.0"), new BigDecimal("1.10"),
                new BigDecimal("2.20"), false, 12);
        exercise.setNotes("Steps only. Deep end for aqua running.");
        exercise = pools.save(exercise);

        List<ClassLevel> byNumber = levels.listAll();
        ClassLevel relief = byNumber.get(0);
        ClassLevel mobility = byNumber.get(1);
        ClassLevel strengthen = byNumber.get(2);
        ClassLevel conditioning = byNumber.get(3);

        series(relief, ExerciseBias.NEUTRAL, therapy, "09:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
        series(mobility, ExerciseBias.FLEXION, therapy, "10:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.FRIDAY);
        series(mobility, ExerciseBias.EXTENSION, therapy, "09:30", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        series(relief, ExerciseBias.NEUTRAL, therapy, "18:00", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        series(mobility, ExerciseBias.NEUTRAL, therapy, "10:00", DayOfWeek.SATURDAY);
        series(strengthen, ExerciseBias.NEUTRAL, exercise, "18:00", DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY);
        series(strengthen, ExerciseBias.EXTENSION, exercise, "11:00", DayOfWeek.TUESDAY, DayOfWeek.THURSDAY);
        series(conditioning, ExerciseBias.NEUTRAL, exercise, "18:00", DayOfWeek.FRIDAY);
        series(conditioning, ExerciseBias.NEUTRAL, exercise, "09:00", DayOfWeek.SATURDAY);
        // Too cold for level 1 (30 °C, needs 32 °C): the schedule shows the warning.
        series(mobility, ExerciseBias.FLEXION, exercise, "11:00", DayOfWeek.WEDNESDAY);
    }

    private void series(ClassLevel level, ExerciseBias bias, Pool pool, String start, DayOfWeek... days) {
        LocalDate today = LocalDate.now(clock);
        SeriesDraft draft = new SeriesDraft();
        draft.setLevel(level);
        draft.setBias(bias);
        draft.setPool(pool);
        draft.setWeekdays(EnumSet.of(days[0], days));
        draft.setStartTime(LocalTime.parse(start));
        draft.setFirstDate(today);
        draft.setLastDate(today.plusWeeks(WEEKS));
        schedule.createSeries(draft);
    }
}
