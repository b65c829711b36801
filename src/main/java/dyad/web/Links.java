package dyad.web;

import dyad.store.Stored;

/** The URLs of pages, in one place so pages, API and feeds link alike. Hashes are hex, codes are letters: nothing to encode. */
final class Links {

    private Links() {
    }

    static String document(String hash) {
        return "/docs/" + hash;
    }

    /** The document page with record {@code n}'s evidence marked and scrolled to. */
    static String record(String hash, int n) {
        return "/docs/" + hash + "?record=" + n + "#evidence";
    }

    static String record(Stored<?> stored) {
        return record(stored.documentHash(), stored.key().n());
    }

    /** The document page with characters [start, end) marked. */
    static String span(String hash, int start, int end) {
        return "/docs/" + hash + "?start=" + start + "&end=" + end + "#evidence";
    }

    /** A tracked letter's page; ids are record keys ({@code 12-0}, {@code 12-0r0}): nothing to encode. */
    static String letter(String id) {
        return "/letters/" + id;
    }

    /** A cluster's page: the act and every telling of it. */
    static String cluster(long id) {
        return "/clusters/" + id;
    }

    static String dyad(String a, String b) {
        return "/dyads/" + a + "/" + b;
    }

    /** A pair's coverage page. */
    static String coverage(String a, String b) {
        return dyad(a, b) + "/coverage";
    }

    /** A pair's coverage as JSON ({@code .csv} after it: as CSV). */
    static String coverageApi(String a, String b) {
        return "/api/dyads/" + a + "/" + b + "/coverage";
    }
}
