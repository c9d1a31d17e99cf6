package org.tripartite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API over a real Tomcat on a random localhost port: what MockMvc cannot show, namely that
 * Vaadin's servlet leaves {@code /api/**} to Spring MVC and how the container treats oversized
 * and malformed query strings.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExperimentApiHttpTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort
    private int port;

    @Test
    void apiAnsweredBySpringNotVaadin() throws Exception {
        HttpResponse<String> response = send("/api/v1/experiments");

        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(JSON.readTree(response.body()).isArray());
    }

    @Test
    void runOverHttp() throws Exception {
        HttpResponse<String> response = send("/api/v1/experiments/kernel?m=32&tokens=4");

        assertEquals(200, response.statusCode());
        JsonNode body = JSON.readTree(response.body());
        assertEquals(32, body.get("result").get("features").intValue());
        assertEquals(16, body.get("result").get("pairs").get("exact").size());
    }

    @Test
    void unknownApiPathIsProblemNotHtml() throws Exception {
        HttpResponse<String> response = send("/api/v1/nothing/here");

        assertEquals(404, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void oversizedQueryRejectedWithoutStackTrace() throws Exception {
        HttpResponse<String> response = send("/api/v1/experiments/attention?text=" + "a".repeat(20_000));

        assertTrue(response.statusCode() == 400 || response.statusCode() == 414, "status " + response.statusCode());
        assertFalse(response.body().contains("Exception"), response.body());
        assertFalse(response.body().contains("at org."), response.body());
    }

    @Test
    void malformedEscapeRejected() throws Exception {
        // java.net.URI refuses "%ZZ", so the request line is written on a plain socket.
        String response = sendRaw("/api/v1/experiments/kernel?d=%ZZ");

        assertTrue(response.startsWith("HTTP/1.1 400"), response);
        assertTrue(response.contains("urn:tripartite:problem:malformed-query"), response);
    }

    private String sendRaw(String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> send(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
        return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
