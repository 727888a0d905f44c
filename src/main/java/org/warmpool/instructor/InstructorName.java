package org.warmpool.instructor;

/** An instructor as a list of choices shows them: who, by name. */
public record InstructorName(long id, String name) {
}
