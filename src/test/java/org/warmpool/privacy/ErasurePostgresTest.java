package org.warmpool.privacy;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.EmbeddedPostgres;

/** The same erasure on PostgreSQL, in the context the other PostgreSQL tests share. */
@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgres.class)
class ErasurePostgresTest extends ErasureScenario {
}
