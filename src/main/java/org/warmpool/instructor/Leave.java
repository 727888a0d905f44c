package org.warmpool.instructor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** Days off: holiday, sickness, training. Both days included. */
@Entity
@Table(name = "instructor_leave")
public class Leave {

    public static final int REASON_MAX_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(nullable = false, length = REASON_MAX_LENGTH)
    private String reason;

    protected Leave() {
    }

    public Leave(LocalDate firstDay, LocalDate lastDay, String reason) {
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.reason = reason;
    }

    public boolean includes(LocalDate date) {
        return !date.isBefore(firstDay) && !date.isAfter(lastDay);
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public String getReason() {
        return reason;
    }
}
