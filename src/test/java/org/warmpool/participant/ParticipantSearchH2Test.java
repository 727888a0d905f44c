package org.warmpool.participant;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest
@ActiveProfiles("test")
class ParticipantSearchH2Test extends ParticipantSearchScenario {

    /** H2 scans the table whatever its size; two thousand rows are enough to show the results. */
    @Override
    int participants() {
        return 2_000;
    }
}
