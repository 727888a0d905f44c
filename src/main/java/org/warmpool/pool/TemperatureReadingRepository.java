package org.warmpool.pool;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TemperatureReadingRepository extends JpaRepository<TemperatureReading, Long> {

    List<TemperatureReading> findByPoolIdAndOccurredAtAfterOrderByOccurredAtDesc(long poolId, Instant after);
}
