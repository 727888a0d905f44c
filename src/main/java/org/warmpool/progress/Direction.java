package org.warmpool.progress;

/** Which way a progression suggestion points. REST: already at the gentlest level, so a rest day. */
public enum Direction {
    UP("Move up a level"), DOWN("Move down a level"), REST("Take a rest day");

    private final String label;

    Direction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
