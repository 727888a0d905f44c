package org.warmpool.matching;

import java.math.BigDecimal;

/** A class level's limits as the clinic set them (admin-editable), as the matcher needs them. */
public record LevelRules(int number, String name, int painMin, int painMax, BigDecimal minWaterTemperature) {

    public boolean painInRange(int pain) {
        return pain >= painMin && pain <= painMax;
    }

    public String title() {
        return "Level " + number + " " + name;
    }
}
