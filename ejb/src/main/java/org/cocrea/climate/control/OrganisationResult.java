package org.cocrea.climate.control;

import java.io.Serializable;
import java.util.List;

/**
 * The result of the whole organisation: all respondents of the round.
 *
 * <p>The organisation is treated like a unit above all top-level units, so the same anonymity
 * rules apply to it: with fewer than k respondents in the round nothing is shown, and with several
 * top-level units the organisation's result cannot be used to work out a hidden one.
 *
 * @param status {@link DisclosureReason#SHOWN}, or {@link DisclosureReason#BELOW_THRESHOLD} when the
 *     round has fewer than k respondents
 * @param result the result; null when hidden
 * @param quality per factor, in instrument order: reliability and ICC; empty when hidden
 */
public record OrganisationResult(DisclosureReason status, GroupResult result, List<FactorQuality> quality)
        implements Serializable {

    public OrganisationResult {
        Inputs.notNull(status, "status");
        quality = List.copyOf(quality);
        if ((status == DisclosureReason.SHOWN) != (result != null)) {
            throw new IllegalArgumentException("the organisation has a result exactly when it is shown");
        }
        if (result == null && !quality.isEmpty()) {
            throw new IllegalArgumentException("no quality figures for a hidden organisation result");
        }
    }

    public boolean visible() {
        return result != null;
    }

    /**
     * The quality figures of a factor.
     *
     * @throws IllegalArgumentException if there is no such factor or the result is hidden
     */
    public FactorQuality quality(String factorKey) {
        return quality.stream()
                .filter(q -> q.factorKey().equals(factorKey))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no quality figures for factor " + factorKey));
    }
}
