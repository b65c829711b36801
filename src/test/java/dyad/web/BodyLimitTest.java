package dyad.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Request bodies are capped while they are read, whatever their framing: a chunked body of hundreds
 * of megabytes, sent over a real socket, is refused with 413 without the server holding it.
 */
class BodyLimitTest {

    private static final long MAX = WebServer.MAX_REQUEST_BYTES;
    private static final String START = "{\"state\": \"replied\", \"who\": \"Ana\", \"why\": \"";

    @TempDir
    Path folder;
    WebHarness web;
    String marks;

    @BeforeEach
    void start() {
        web = LetterDesk.harness(folder);
        marks = "/api/letters/" + LetterDesk.id(web, "letter.txt") + "/marks";
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private String head(String framing) {
        return "POST " + marks + " HTTP/1.1\r\nHost: 127.0.0.1:" + web.server.port()
                + "\r\nContent-Type: application/json\r\n" + framing + "\r\n\r\n";
    }

    @Test
    void aChunkedBodyOfHundredsOfMegabytesIs413AndNeverHeldInMemory() throws Exception {
        long total = 400L * 1024 * 1024;
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(before);
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            while (watching.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        AtomicLong sent = new AtomicLong();
        RawHttp.Response response;
        try (Socket socket = new Socket("127.0.0.1", web.server.port())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = new Thread(() -> {
                try {
                    out.write(head("Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk(START.getBytes(StandardCharsets.UTF_8)));
                    byte[] chunk = new byte[64 * 1024];
                    Arrays.fill(chunk, (byte) 'x');
                    byte[] framed = chunk(chunk);
                    while (sent.addAndGet(chunk.length) < total) {
                        out.write(framed);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                } catch (IOException e) {
                    // the server stopped reading and closed the connection: what a refused body should meet
                }
            });
            writer.start();
            response = RawHttp.read(socket.getInputStream(), false);
            socket.close();
            writer.join();
        } finally {
            watching.set(false);
            watcher.join();
        }
        assertThat(response.status()).as(response.body()).isEqualTo(413);
        JsonNode error = new ObjectMapper().readTree(response.body());
        assertThat(error.get("status").asInt()).isEqualTo(413);
        assertThat(error.get("error").asText()).contains(String.valueOf(MAX));
        assertThat(peak.get() - before).as("heap growth while the body was refused").isLessThan(128L * 1024 * 1024);
        assertThat(web.letters.decisions()).isEmpty();
    }

    @Test
    void aChunkedBodyAtTheCapIsReadAndOneByteMoreIsNot() throws Exception {
        String body = START + "checked by phone\"}";
        String atCap = body + " ".repeat((int) (MAX - body.length()));
        assertThat(chunked(atCap).status()).isEqualTo(200);
        assertThat(web.letters.decisions()).hasSize(1);

        RawHttp.Response over = chunked(atCap + " ");
        assertThat(over.status()).as(over.body()).isEqualTo(413);
        assertThat(web.letters.decisions()).hasSize(1);
    }

    @Test
    void aDeclaredLengthOverTheCapIs413BeforeTheBodyIsSent() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", web.server.port())) {
            socket.setSoTimeout(30_000);
            // 1 GB announced, its first bytes sent: the answer does not wait for the rest
            socket.getOutputStream().write(head("Content-Length: 1073741824").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(START.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            RawHttp.Response response = RawHttp.read(socket.getInputStream(), false);
            assertThat(response.status()).isEqualTo(413);
            assertThat(new ObjectMapper().readTree(response.body()).get("error").asText()).contains(String.valueOf(MAX));
        }
    }

    /** POSTs the body in chunks of 1,000 bytes. */
    private RawHttp.Response chunked(String body) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", web.server.port())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head("Transfer-Encoding: chunked\r\nConnection: close").getBytes(StandardCharsets.US_ASCII));
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < bytes.length; i += 1000) {
                out.write(chunk(Arrays.copyOfRange(bytes, i, Math.min(bytes.length, i + 1000))));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return RawHttp.read(socket.getInputStream(), false);
        }
    }

    private static byte[] chunk(byte[] data) {
        byte[] size = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[size.length + data.length + 2];
        System.arraycopy(size, 0, out, 0, size.length);
        System.arraycopy(data, 0, out, size.length, data.length);
        out[out.length - 2] = '\r';
        out[out.length - 1] = '\n';
        return out;
    }
}
