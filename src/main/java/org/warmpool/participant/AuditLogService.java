package org.warmpool.participant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.warmpool.base.RuleViolationException;
import org.warmpool.base.Texts;
import org.warmpool.security.AppUser;
import org.warmpool.security.CurrentUser;
import org.warmpool.security.Role;
import org.warmpool.security.Roles;
import org.warmpool.security.UserAccountService;

/**
 * Reads the audit log of access to health data: the administrator's audit page and export, and a
 * participant's "Who has seen my record". It never writes the log ({@link HealthDataAudit} does),
 * and the database refuses changes to it. Opening and exporting the administrator's page is written
 * to the security event log (logger {@code org.warmpool.security.events}), not to the audit log:
 * the audit log is about one participant's record, the administrator's page about everyone's.
 */
@Service
@Transactional(readOnly = true)
public class AuditLogService {

    /** Rows read at a time while exporting: a large log is never held in memory at once. */
    static final int EXPORT_PAGE = 1000;
    static final String SYSTEM = "The clinic's system";
    static final String FORMER_STAFF = "Former staff member";
    static final String YOU = "You";

    private static final Logger events = LoggerFactory.getLogger("org.warmpool.security.events");

    private final EntityManager entityManager;
    private final MyParticipant me;
    private final CurrentUser currentUser;
    private final UserAccountService accounts;
    private final Clock clock;

    AuditLogService(EntityManager entityManager, MyParticipant me, CurrentUser currentUser,
            UserAccountService accounts, Clock clock) {
        this.entityManager = entityManager;
        this.me = me;
        this.currentUser = currentUser;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** One page of the entries the filter matches, newest first. */
    @RolesAllowed(Roles.ADMIN)
    public List<AuditRow> find(AuditFilter filter, int offset, int limit) {
        return page(filter, offset, limit);
    }

    /** How many entries the filter matches. */
    @RolesAllowed(Roles.ADMIN)
    public long count(AuditFilter filter) {
        Query query = Query.of(filter, clock.getZone());
        TypedQuery<Long> count = entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e"
                + (query.needsParticipant() ? JOIN : "") + query.where(), Long.class);
        query.parameters().forEach(count::setParameter);
        return count.getSingleResult();
    }

    /** Everyone who appears in the log (staff, instructors, system tasks), for the staff member filter. */
    @RolesAllowed(Roles.ADMIN)
    public List<String> actors() {
        return entityManager.createQuery("SELECT DISTINCT e.actor FROM AuditEntry e ORDER BY e.actor", String.class)
                .getResultList();
    }

    /** Writes the administrator's opening of the audit page to the security event log. */
    @RolesAllowed(Roles.ADMIN)
    public void opened() {
        events.info("Audit log opened: {}", currentUser.actor());
    }

    /**
     * Writes every entry the filter matches as CSV ({@link AuditCsv}), newest first, a page at a
     * time, and the export itself to the security event log.
     */
    @RolesAllowed(Roles.ADMIN)
    public void exportCsv(AuditFilter filter, OutputStream out) {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        AuditCsv csv = new AuditCsv(writer, clock.getZone());
        int offset = 0;
        List<AuditRow> rows;
        do {
            rows = page(filter, offset, EXPORT_PAGE);
            csv.rows(rows);
            offset += rows.size();
        } while (rows.size() == EXPORT_PAGE);
        try {
            writer.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        events.info("Audit log exported: {}, {} entries (staff member {}, kind {}, from {} to {}, name search {})",
                currentUser.actor(), offset, orAll(filter.actor()), filter.action() == null ? "all" : filter.action(),
                orAll(filter.from()), orAll(filter.to()), Texts.blankToNull(filter.participantName()) == null
                        ? "none" : "given");
    }

    /**
     * The logged-in participant's own audit entries, newest first: who looked at or changed their
     * record, when, and what, in plain words. Only their own: the participant comes from the login.
     */
    @RolesAllowed(Roles.PARTICIPANT)
    public List<SeenMyRecord> seenMyRecord(int offset, int limit) {
        long mine = me.id();
        List<AuditEntry> entries = entityManager.createQuery("SELECT e FROM AuditEntry e WHERE e.participantId = "
                + ":participant ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class)
                .setParameter("participant", mine).setFirstResult(offset).setMaxResults(limit).getResultList();
        Map<String, String> who = new HashMap<>();
        return entries.stream().map(e -> new SeenMyRecord(e.getOccurredAt(),
                who.computeIfAbsent(e.getActor(), this::who), AuditAction.participantWords(e.getAction()))).toList();
    }

    /** How many entries {@link #seenMyRecord} has in all. */
    @RolesAllowed(Roles.PARTICIPANT)
    public long countSeenMyRecord() {
        return entityManager.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.participantId = :participant",
                Long.class).setParameter("participant", me.id()).getSingleResult();
    }

    /** A staff member's or instructor's name and role, for a participant's eyes. */
    private String who(String actor) {
        if (HealthDataAudit.SELF.equals(actor)) {
            return YOU;
        }
        if (actor == null || !actor.contains("@")) {
            return SYSTEM;
        }
        return accounts.findByEmail(actor).map(AuditLogService::nameAndRole).orElse(FORMER_STAFF);
    }

    private static String nameAndRole(AppUser user) {
        String roles = user.getRoles().stream().filter(role -> role != Role.PARTICIPANT).sorted()
                .map(Role::label).collect(Collectors.joining(", "));
        return roles.isEmpty() ? user.getDisplayName() : user.getDisplayName() + " (" + roles + ")";
    }

    private List<AuditRow> page(AuditFilter filter, int offset, int limit) {
        Query query = Query.of(filter, clock.getZone());
        TypedQuery<AuditRow> rows = entityManager.createQuery("SELECT new org.warmpool.participant.AuditRow(e.id, "
                + "e.occurredAt, e.actor, e.action, e.participantId, p.fullName, e.details) FROM AuditEntry e" + JOIN
                + query.where() + " ORDER BY e.occurredAt DESC, e.id DESC", AuditRow.class);
        query.parameters().forEach(rows::setParameter);
        return rows.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    private static Object orAll(Object value) {
        return value == null ? "all" : value;
    }

    /** The participant's name, kept apart: the log outlives the record (no foreign key). */
    private static final String JOIN = " LEFT JOIN Participant p ON p.id = e.participantId";

    /** The WHERE clause of a filter with only the parts it uses, so that each query can use its index. */
    private record Query(String where, Map<String, Object> parameters, boolean needsParticipant) {

        static Query of(AuditFilter filter, ZoneId zone) {
            if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
                throw new RuleViolationException("The first day must be on or before the last day.");
            }
            StringBuilder where = new StringBuilder();
            Map<String, Object> parameters = new LinkedHashMap<>();
            String actor = Texts.blankToNull(filter.actor());
            if (actor != null) {
                where.append(" AND e.actor = :actor");
                parameters.put("actor", actor.strip().toLowerCase(Locale.ROOT));
            }
            String name = Texts.blankToNull(filter.participantName());
            if (name != null) {
                if (name.strip().length() > AuditFilter.NAME_SEARCH_MAX_LENGTH) {
                    throw new RuleViolationException("A name is " + AuditFilter.NAME_SEARCH_MAX_LENGTH
                            + " characters at most.");
                }
                where.append(" AND LOWER(p.fullName) LIKE :name ESCAPE '\\'");
                parameters.put("name", "%" + name.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%");
            }
            if (filter.action() != null) {
                where.append(" AND e.action = :action");
                parameters.put("action", filter.action().name());
            }
            if (filter.from() != null) {
                where.append(" AND e.occurredAt >= :from");
                parameters.put("from", filter.from().atStartOfDay(zone).toInstant());
            }
            if (filter.to() != null) {
                where.append(" AND e.occurredAt < :to");
                parameters.put("to", filter.to().plusDays(1).atStartOfDay(zone).toInstant());
            }
            return new Query(where.isEmpty() ? "" : " WHERE" + where.substring(4), parameters, name != null);
        }
    }
}
