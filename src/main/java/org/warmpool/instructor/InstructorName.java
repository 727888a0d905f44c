package org.warmpool.instructor;

/** An instructor as a choice in a filter: the id and the name, nothing the rules need. */
public record InstructorName(long id, String name) {
}
