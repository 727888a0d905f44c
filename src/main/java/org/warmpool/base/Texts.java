package org.warmpool.base;

/** What typed text means when it is stored: an empty or blank field holds nothing. */
public final class Texts {

    private Texts() {
    }

    /** The text without surrounding white space, or null when nothing but white space was typed. */
    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
