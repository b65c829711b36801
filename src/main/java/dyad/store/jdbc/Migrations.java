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
            flyway(dialect, null).migrate();
        } catch (FlywayException e) {
            throw new StoreException(dialect.location().describe() + ": cannot bring the schema up to date: "
                    + String.valueOf(e.getMessage()).lines().filter(l -> !l.isBlank()).findFirst().orElse(""), e);
        }
    }

    /** Brings the schema up to {@code version} only, as an older Dyad left it (tests of later migrations). */
    static void migrateTo(Dialect dialect, String version) {
        flyway(dialect, version).migrate();
    }

    private static Flyway flyway(Dialect dialect, String target) {
        var config = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dialect.dataSource())
                .locations(dialect.migrationLocations().toArray(String[]::new))
                .table("dyad_schema_history")
                .loggers("slf4j");
        return (target == null ? config : config.target(target)).load();
    }
}
