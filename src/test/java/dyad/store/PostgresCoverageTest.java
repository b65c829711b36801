package dyad.store;

/** The coverage aggregates on PostgreSQL ({@link TestPostgres}: skipped without a server). */
class PostgresCoverageTest extends CoverageContract {

    @Override
    protected Repository openEmpty() throws Exception {
        return Stores.open(StoreLocation.parse(TestPostgres.emptied()));
    }
}
