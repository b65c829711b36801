package dyad.store;

import dyad.store.jdbc.JdbcRepository;

/** Opens repositories. */
public final class Stores {

    private Stores() {
    }

    /**
     * Opens the store at {@code location}, creating it (embedded) and migrating its schema to
     * the current version as needed.
     *
     * @throws StoreException with a one-line message naming {@code --db} when it cannot be opened
     */
    public static Repository open(StoreLocation location) {
        return JdbcRepository.open(location);
    }

    /**
     * As {@link #open}, for a bulk load: writes leave copies and clusters to
     * {@link Clusters#rebuild()} (clustering each document as it is written costs a few
     * milliseconds, more than storing it), and batches of new texts are written side by side.
     */
    public static Repository openForBulkLoad(StoreLocation location) {
        return JdbcRepository.open(location, null);
    }
}
