package dyad.web;

/** A query or path parameter the client got wrong: answered with HTTP 400 naming the parameter. */
final class BadParameter extends RuntimeException {

    private final String parameter;

    BadParameter(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
