package org.warmpool.participant;

import org.springframework.context.annotation.Import;
import org.warmpool.EmbeddedPostgres;

/** The same filters, pages and export on PostgreSQL (the name search's escaping, the day bounds). */
@Import(EmbeddedPostgres.class)
class AuditLogServicePostgresTest extends AuditLogServiceTest {
}
