package org.warmpool.instructor;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;

/** A weekly time when the instructor can teach, for example Monday 08:00-13:00. */
@Entity
@Table(name = "availability_window")
public class AvailabilityWindow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int weekday;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    protected AvailabilityWindow() {
    }

    public AvailabilityWindow(DayOfWeek day, LocalTime startTime, LocalTime endTime) {
        this.weekday = day.getValue();
        this.startTime = startTime;
        this.endTime = endTime;
    }

    public boolean covers(DayOfWeek day, LocalTime start, LocalTime end) {
        return day.getValue() == weekday && !start.isBefore(startTime) && !end.isAfter(endTime) && end.isAfter(start);
    }

    public Long getId() {
        return id;
    }

    public DayOfWeek getDay() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalTime getEndTime() {
        return endTime;
    }
}
