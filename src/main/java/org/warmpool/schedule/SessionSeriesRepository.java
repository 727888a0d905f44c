package org.warmpool.schedule;

import org.springframework.data.jpa.repository.JpaRepository;

interface SessionSeriesRepository extends JpaRepository<SessionSeries, Long> {
}
