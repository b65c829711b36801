package dyad.store;

import java.util.List;

/** One slice of a result list; {@code more} tells whether items follow it. */
public record Page<T>(List<T> items, PageRequest request, boolean more) {
    public Page {
        items = List.copyOf(items);
        if (request == null) {
            throw new IllegalArgumentException("page request is required");
        }
    }
}
