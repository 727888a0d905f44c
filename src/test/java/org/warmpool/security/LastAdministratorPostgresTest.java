package org.warmpool.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.warmpool.EmbeddedPostgres;

@SpringBootTest
@ActiveProfiles("test")
@Import(EmbeddedPostgres.class)
class LastAdministratorPostgresTest extends LastAdministratorScenario {
}
