package dyad.extract.actors;

/** A state: ISO3 code, short name ("United States") and its government's name. */
public record Country(String iso3, String name, String government) {
}
