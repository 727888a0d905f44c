package org.warmpool.pool.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.warmpool.pool.Pool;

/** Which pool the schedule week and check-in open on. */
class PoolChoiceTest {

    private static List<Pool> pools(int count) {
        return LongStream.rangeClosed(1, count).mapToObj(id -> {
            Pool pool = new Pool("Pool " + id, new BigDecimal("34.0"), new BigDecimal("0.90"), new BigDecimal("1.50"),
                    true, 10);
            ReflectionTestUtils.setField(pool, "id", id);
            return pool;
        }).toList();
    }

    @Test
    void aClinicOfUpToThreePoolsOpensOnAllOfThemAChainOnItsFirstPool() {
        assertThat(PoolChoice.opening(pools(1), null)).isNull();
        assertThat(PoolChoice.opening(pools(PoolChoice.ALL_POOLS_UP_TO), null)).isNull();
        List<Pool> chain = pools(PoolChoice.ALL_POOLS_UP_TO + 1);
        assertThat(PoolChoice.opening(chain, null)).isSameAs(chain.get(0));
    }

    @Test
    void thePoolChosenLastIsKeptAndSoIsAllPoolsButARetiredPoolFallsBackToTheDefault() {
        List<Pool> chain = pools(50);
        assertThat(PoolChoice.opening(chain, new PoolChoice.Chosen(17L))).isSameAs(chain.get(16));
        assertThat(PoolChoice.opening(chain, new PoolChoice.Chosen(null))).isNull();
        assertThat(PoolChoice.opening(chain, new PoolChoice.Chosen(99L))).isSameAs(chain.get(0));
        assertThat(PoolChoice.opening(pools(2), new PoolChoice.Chosen(2L))).isEqualTo(pools(2).get(1));
    }
}
