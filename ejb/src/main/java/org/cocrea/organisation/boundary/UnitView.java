package org.cocrea.organisation.boundary;

import java.io.Serializable;
import org.cocrea.organisation.entity.UnitKind;

/**
 * A unit as screens and the API show it: its place in the tree (depth, in display order) and how
 * many employees are in it directly and in total with its units below.
 */
public record UnitView(
        long id,
        Long parentId,
        String code,
        String name,
        UnitKind kind,
        int depth,
        long employees,
        long employeesInTotal,
        int version)
        implements Serializable {}
