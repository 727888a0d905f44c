package org.warmpool.security;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class LastAdministratorH2Test extends LastAdministratorScenario {
}
