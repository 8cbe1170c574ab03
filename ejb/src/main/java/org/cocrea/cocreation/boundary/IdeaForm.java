package org.cocrea.cocreation.boundary;

import java.io.Serializable;
import java.util.List;

/** An idea as entered: on submission and on edit. */
public record IdeaForm(
        String title,
        String descriptionHtml,
        String orientation,
        List<String> tags,
        boolean anonymous,
        List<String> coAuthors)
        implements Serializable {

    public IdeaForm {
        tags = tags == null ? List.of() : List.copyOf(tags);
        coAuthors = coAuthors == null ? List.of() : List.copyOf(coAuthors);
    }
}
