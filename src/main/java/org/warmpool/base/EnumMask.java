package org.warmpool.base;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/** A set of enum values stored as one integer column (bit n is the value with ordinal n). */
public final class EnumMask {

    private EnumMask() {
    }

    public static <E extends Enum<E>> int of(Collection<E> values) {
        int mask = 0;
        for (E value : values) {
            mask |= 1 << value.ordinal();
        }
        return mask;
    }

    public static <E extends Enum<E>> Set<E> toSet(int mask, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if ((mask & (1 << value.ordinal())) != 0) {
                values.add(value);
            }
        }
        return values;
    }
}
