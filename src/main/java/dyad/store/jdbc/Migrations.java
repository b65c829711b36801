package dyad.store.jdbc;

import dyad.store.StoreException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Brings a store's schema up to date with Flyway (db/migration/…) before first use. */
final class Migrations {

    private Migrations() {
    }

    static void migrate(Dialect dialect) {
        try {
            Flyway.configure(Migrations.class.getClassLoader())
                    .dataSource(dialect.dataSource())
                    .locations(dialect.migrationLocations().toArray(String[]::new))
                    .table("dyad_schema_history")
                    .loggers("slf4j")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException(dialect.location().describe() + ": cannot bring the schema up to date: "
                    + String.valueOf(e.getMessage()).lines().filter(l -> !l.isBlank()).findFirst().orElse(""), e);
        }
    }
}
