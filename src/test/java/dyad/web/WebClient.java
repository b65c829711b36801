package dyad.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** An HTTP client of a test server on loopback: GETs, JSON POSTs, and JSON bodies checked and parsed. */
class WebClient {

    private final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /** A client of the server on this port (a subclass that starts its own server says its port instead). */
    WebClient(int port) {
        this.port = port;
    }

    int port() {
        return port;
    }

    String base() {
        return "http://127.0.0.1:" + port();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET());
    }

    /** POSTs the body as JSON. */
    HttpResponse<String> postJson(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Parses a JSON body. */
    JsonNode parse(HttpResponse<String> r) {
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + r.body(), e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs the path, checks the status, and parses the JSON body. */
    JsonNode json(String path, int status) {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != status) {
            throw new AssertionError("GET " + path + ": expected " + status + ", got " + r.statusCode() + ": " + r.body());
        }
        try {
            return json.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("GET " + path + ": not JSON: " + r.body(), e);
        }
    }
}
