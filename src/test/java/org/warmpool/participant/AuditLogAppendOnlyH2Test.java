package org.warmpool.participant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class AuditLogAppendOnlyH2Test extends AuditLogAppendOnlyScenario {
}
