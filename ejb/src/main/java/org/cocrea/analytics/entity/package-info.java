/**
 * Persistence of the evidence engine in the application: saved analyses (data file, column mapping,
 * analyses chosen) and their runs, whose state lives in the database so every instance of a cluster
 * sees it.
 */
package org.cocrea.analytics.entity;
