package org.cocrea.platform.persistence;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * Declares the application's PostgreSQL data source. Payara resolves the {@code MPCONFIG} references
 * at deployment from MicroProfile Config, i.e. from system properties (the run command and the test
 * harness write them into the domain), environment variables ({@code COCREA_DB_URL}, ...) or a config
 * source of the administrator's choice. See {@code config/README.md}.
 */
@Singleton
@DataSourceDefinition(
        name = CocreaDataSource.JNDI_NAME,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=cocrea.db.url}",
        user = "${MPCONFIG=cocrea.db.user}",
        password = "${MPCONFIG=cocrea.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        initialPoolSize = 2,
        maxIdleTime = 300,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "ApplicationName=cocrea"
        })
public class CocreaDataSource {
    public static final String JNDI_NAME = "java:app/jdbc/cocrea";
}
