package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.List;

/**
 * The shown result of one group of respondents: a unit with all its sub-units, an "other teams"
 * combination, or the whole organisation. Only groups whose result may be shown get one.
 *
 * @param respondents n, the respondents in the group
 * @param factors one per factor, in instrument order
 * @param items one per item, in instrument order
 * @param commentsShown whether the group's comments may be shown (see {@link
 *     RoundResultsCalculator}); when false, {@code comments} is empty
 * @param comments the comments of the group's respondents, sorted alphabetically (ignoring case) so
 *     that their order says nothing about who wrote them or when; empty when none were written or
 *     they may not be shown
 */
public record GroupResult(
        int respondents,
        List<FactorResult> factors,
        List<ItemResult> items,
        boolean commentsShown,
        List<String> comments)
        implements Serializable {

    public GroupResult {
        factors = List.copyOf(factors);
        items = List.copyOf(items);
        comments = List.copyOf(comments);
        if (!commentsShown && !comments.isEmpty()) {
            throw new IllegalArgumentException("comments given although they may not be shown");
        }
    }

    /**
     * The result on a factor.
     *
     * @throws IllegalArgumentException if the instrument has no such factor
     */
    public FactorResult factor(String factorKey) {
        return factors.stream()
                .filter(f -> f.factorKey().equals(factorKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no factor " + factorKey + " in this result"));
    }

    /**
     * The result on an item.
     *
     * @throws IllegalArgumentException if the instrument has no such item
     */
    public ItemResult item(String itemKey) {
        return items.stream()
                .filter(i -> i.itemKey().equals(itemKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no item " + itemKey + " in this result"));
    }
}
