package org.warmpool.schedule;

import java.util.List;

/** Assigning onwards: how many sessions got the instructor, and why the others did not. */
public record AssignmentResult(int assigned, List<String> notAssigned) {
}
