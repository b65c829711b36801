package dyad.cluster;

import dyad.store.Repository;
import dyad.store.StoreLocation;
import dyad.store.Stores;
import dyad.store.TestPostgres;

/**
 * {@link ClustersInStoreTest} on PostgreSQL (V22's tables, the timeline's acts), at the URL in
 * {@code DYAD_TEST_PG}; skipped without one, except under CI where it fails. Each test starts
 * from an empty schema.
 */
class PostgresClustersInStoreTest extends ClustersInStoreTest {

    @Override
    protected Repository openEmpty() throws Exception {
        return Stores.open(StoreLocation.parse(TestPostgres.emptied()));
    }
}
