package org.warmpool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class EnumMaskTest {

    @Test
    void mondayIsTheLowestBitAndEveryDayFitsTheColumnsCheck() {
        assertThat(EnumMask.of(EnumSet.of(DayOfWeek.MONDAY))).isEqualTo(1);
        assertThat(EnumMask.of(EnumSet.of(DayOfWeek.SUNDAY))).isEqualTo(64);
        assertThat(EnumMask.of(EnumSet.allOf(DayOfWeek.class))).isEqualTo(127);
    }

    @Test
    void everySetOfWeekdaysComesBackAsItWent() {
        for (int mask = 0; mask < 128; mask++) {
            assertThat(EnumMask.of(EnumMask.toSet(mask, DayOfWeek.class))).isEqualTo(mask);
        }
    }
}
