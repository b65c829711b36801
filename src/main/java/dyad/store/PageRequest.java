package dyad.store;

/** Which slice of a result list: skip {@code offset} items, return at most {@code limit} (1–1000). */
public record PageRequest(int offset, int limit) {

    public static final int MAX_LIMIT = 1000;

    public PageRequest {
        if (offset < 0) {
            throw new IllegalArgumentException("page offset must be >= 0, got " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("page limit must be 1.." + MAX_LIMIT + ", got " + limit);
        }
    }

    public static PageRequest first(int limit) {
        return new PageRequest(0, limit);
    }

    public PageRequest next() {
        return new PageRequest(offset + limit, limit);
    }
}
