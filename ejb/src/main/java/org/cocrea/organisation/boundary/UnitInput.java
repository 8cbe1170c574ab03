package org.cocrea.organisation.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.cocrea.organisation.entity.UnitKind;

/** A unit as a form or an API client sends it. */
public record UnitInput(
        @NotBlank(message = "Give the unit a code.")
        @Size(max = 40, message = "A code has at most 40 characters.")
        @Pattern(
                regexp = "[A-Za-z0-9][A-Za-z0-9._-]*",
                message = "A code uses letters, digits, '.', '_' and '-' and starts with a letter or digit.")
        String code,

        @NotBlank(message = "Give the unit a name.") @Size(max = 200, message = "A name has at most 200 characters.")
        String name,

        @NotNull(message = "Choose what kind of unit this is.")
        UnitKind kind,

        Long parentId)
        implements Serializable {}
