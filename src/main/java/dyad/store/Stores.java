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
}
