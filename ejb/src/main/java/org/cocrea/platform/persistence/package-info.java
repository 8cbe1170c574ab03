/**
 * Persistence plumbing: the application's data source (configured through MicroProfile Config) and
 * the Flyway migration that runs while Hibernate boots, before it validates the schema.
 */
package org.cocrea.platform.persistence;
