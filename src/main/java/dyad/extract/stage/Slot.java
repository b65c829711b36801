package dyad.extract.stage;

/**
 * A named, typed place in a document's {@link Work} where one stage puts what it makes and later
 * stages read it. Compared by identity: each slot is one constant.
 *
 * @param <T> what the slot holds
 */
public final class Slot<T> {

    private final String name;

    private Slot(String name) {
        this.name = name;
    }

    /** @param name what the slot holds, as an error message should say it ("resolved mentions") */
    public static <T> Slot<T> named(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a slot needs a name");
        }
        return new Slot<>(name);
    }

    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
