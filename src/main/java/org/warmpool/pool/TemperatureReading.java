package org.warmpool.pool;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.warmpool.security.ActionRecord;

/** One measured water temperature of a pool: who measured it, when, and the value. Never changed. */
@Entity
@Table(name = "pool_temperature_reading")
public class TemperatureReading extends ActionRecord {

    @Column(name = "pool_id", nullable = false)
    private long poolId;

    @Column(nullable = false, precision = 3, scale = 1)
    private BigDecimal celsius;

    protected TemperatureReading() {
    }

    TemperatureReading(long poolId, Instant occurredAt, String actor, BigDecimal celsius) {
        super(occurredAt, actor);
        this.poolId = poolId;
        this.celsius = celsius;
    }

    public long getPoolId() {
        return poolId;
    }

    public BigDecimal getCelsius() {
        return celsius;
    }
}
