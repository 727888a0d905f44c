package org.warmpool.schedule;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class PoolOverlapConcurrencyH2Test extends PoolOverlapConcurrencyScenario {
}
