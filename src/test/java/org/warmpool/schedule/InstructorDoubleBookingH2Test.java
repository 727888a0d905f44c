package org.warmpool.schedule;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class InstructorDoubleBookingH2Test extends InstructorDoubleBookingScenario {
}
