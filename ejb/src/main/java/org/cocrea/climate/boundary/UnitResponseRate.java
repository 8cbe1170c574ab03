package org.cocrea.climate.boundary;

import java.io.Serializable;

/**
 * Live participation in one unit of a round, including its sub-units. Counts of people, never
 * answers.
 *
 * @param depth 0 for the units HR chose, 1 for their children ...
 */
public record UnitResponseRate(long unitId, Long parentId, String name, int depth, long invited, long answered)
        implements Serializable {

    public double rate() {
        return invited == 0 ? 0 : (double) answered / invited;
    }
}
