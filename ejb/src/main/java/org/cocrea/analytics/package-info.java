/**
 * Analytics: the evidence engine that reproduces the research model (customer engagement, value
 * co-creation, innovation climate, innovation performance) on an organisation's own data.
 */
package org.cocrea.analytics;
