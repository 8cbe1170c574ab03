/**
 * Plain-Java statistics and anonymity rules behind the climate surveys, free of container
 * dependencies so they can be unit-tested and reused by the boundary layer:
 *
 * <ul>
 *   <li>{@link org.cocrea.climate.control.ScaleReliability}: Cronbach's alpha, item analysis and
 *       McDonald's omega total of a multi-item scale;
 *   <li>{@link org.cocrea.climate.control.WithinGroupAgreement}: r<sub>wg</sub> and
 *       r<sub>wg(j)</sub>, whether members of a unit agree enough to speak of a shared climate;
 *   <li>{@link org.cocrea.climate.control.IntraclassCorrelation}: ICC(1), ICC(2) and the F test,
 *       whether units differ and how reliably unit means measure them;
 *   <li>{@link org.cocrea.climate.control.UnitResultSuppression}: which unit results may be shown
 *       so that no group smaller than the anonymity threshold can be seen or derived;
 *   <li>{@link org.cocrea.climate.control.RoundResultsCalculator}: the results of a survey round
 *       ({@link org.cocrea.climate.control.RoundResults}) from its anonymous answer sheets ({@link
 *       org.cocrea.climate.control.RoundAnswers}), per unit and for the organisation, with the
 *       anonymity rules already applied; the exports in {@code org.cocrea.climate.report} are
 *       written from these results.
 * </ul>
 *
 * <p>The statistics are checked against R (packages multilevel and psych); the reference data and
 * the R script live in {@code src/test/resources/reference/climate}.
 */
package org.cocrea.climate.control;
