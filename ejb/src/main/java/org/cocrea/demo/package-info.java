/**
 * Demo data for the run command ({@code cocrea.demo-data=true}): a believable organisation with
 * history, so every screen has something to show on first start. Never active in production or
 * in the integration tests.
 */
package org.cocrea.demo;
