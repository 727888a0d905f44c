package org.warmpool.booking;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class BookingConstraintsH2Test extends BookingConstraintsScenario {
}
