package org.plasticitylab.metrics;

import java.util.Arrays;
import org.plasticitylab.internal.Checks;

/**
 * The treatment course against which recovery is read (MODEL.md, "Targets"): when the
 * pre-treatment mood is taken, until when a response counts, and the treatment events that a
 * relapse is counted from.
 *
 * @param preHours time of the pre-treatment mood: the first treatment, or for a scenario without
 *     treatment the first change of stress after day 0
 * @param responseUntilHours end of the window in which a response counts: 3 days after the last
 *     event of the induction course (the end of the run when there is no treatment)
 * @param courseEndHours end of the induction course: its last event plus 3 days, or
 *     {@code preHours} when there is no treatment
 * @param eventHours start of every dose (or, without doses, every therapy session), sorted; a
 *     relapse counts its days from the last of these before it
 */
public record Course(double preHours, double responseUntilHours, double courseEndHours,
        double[] eventHours) {
    /** Days after the last event of an induction course in which a response still counts. */
    public static final double RESPONSE_GRACE_DAYS = 3;
    /** Doses (or sessions) closer than this belong to one induction course. */
    public static final double INDUCTION_GAP_DAYS = 7;

    /**
     * Validates the times; throws IllegalArgumentException naming a bad one.
     *
     * @param preHours time of the pre-treatment mood
     * @param responseUntilHours end of the window in which a response counts
     * @param courseEndHours end of the induction course
     * @param eventHours sorted dose or session starts, copied
     */
    public Course {
        Checks.finite("preHours", preHours);
        Checks.finite("responseUntilHours", responseUntilHours);
        Checks.finite("courseEndHours", courseEndHours);
        eventHours = Checks.notNull("eventHours", eventHours).clone();
        for (int i = 1; i < eventHours.length; i++) {
            if (!(eventHours[i] >= eventHours[i - 1])) {
                throw new IllegalArgumentException("eventHours must be sorted, but eventHours["
                        + i + "] = " + eventHours[i] + " follows " + eventHours[i - 1]);
            }
        }
    }

    /**
     * The course of treatment events (doses, or without doses therapy sessions), sorted: the
     * induction course is the first event and every later one less than
     * {@value #INDUCTION_GAP_DAYS} days after the one before it.
     *
     * @param eventHours starts of the events in hours, sorted, at least one
     * @param runEndHours end of the run
     * @return the course
     */
    public static Course ofEvents(double[] eventHours, double runEndHours) {
        if (eventHours.length == 0) {
            throw new IllegalArgumentException("eventHours must not be empty");
        }
        int last = 0;
        while (last + 1 < eventHours.length
                && eventHours[last + 1] - eventHours[last] < INDUCTION_GAP_DAYS * 24) {
            last++;
        }
        double end = eventHours[last] + RESPONSE_GRACE_DAYS * 24;
        return new Course(eventHours[0], Math.min(end, runEndHours), end, eventHours);
    }

    /**
     * A course without treatment: the mood before a change of stress is compared with every
     * later day.
     *
     * @param changeHours when the stress changes
     * @param runEndHours end of the run
     * @return the course
     */
    public static Course untreated(double changeHours, double runEndHours) {
        return new Course(changeHours, runEndHours, changeHours, new double[] {changeHours});
    }

    /**
     * Start of the last event at or before {@code hours}, or the first event if none is.
     *
     * @param hours a time in hours
     * @return the event's start in hours
     */
    public double lastEventAtOrBefore(double hours) {
        double found = eventHours[0];
        for (double e : eventHours) {
            if (e <= hours) {
                found = e;
            }
        }
        return found;
    }

    @Override
    public double[] eventHours() {
        return eventHours.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Course c && c.preHours == preHours
                && c.responseUntilHours == responseUntilHours && c.courseEndHours == courseEndHours
                && Arrays.equals(c.eventHours, eventHours);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(preHours) * 31 + Arrays.hashCode(eventHours);
    }

    @Override
    public String toString() {
        return "Course[preHours=" + preHours + ", responseUntilHours=" + responseUntilHours
                + ", courseEndHours=" + courseEndHours + ", eventHours="
                + Arrays.toString(eventHours) + "]";
    }
}
