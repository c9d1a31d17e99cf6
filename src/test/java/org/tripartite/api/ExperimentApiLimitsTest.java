package org.tripartite.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.tripartite.run.SimulationExecutor;

/** The 503 responses of the API, with a pool of one worker, no queue and a run timeout of 300 ms. */
@SpringBootTest(properties = {
        "tripartite.runs.threads=1",
        "tripartite.runs.queue=0",
        "tripartite.runs.timeout=300ms"})
@AutoConfigureMockMvc
class ExperimentApiLimitsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private MockMvc mvc;

    @Autowired
    private SimulationExecutor executor;

    @Test
    void fullPoolAnswers503WithRetryAfter() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SimulationExecutor.Run<Boolean> blocker = executor.submit("blocker", monitor -> {
            started.countDown();
            try {
                return release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, null);
        try {
            assertTrue(started.await(10, TimeUnit.SECONDS), "the blocking run did not start");

            MockHttpServletResponse response = perform("/api/v1/experiments/kernel");

            assertEquals(503, response.getStatus());
            assertEquals("5", response.getHeader("Retry-After"));
            JsonNode problem = JSON.readTree(response.getContentAsString());
            assertEquals("urn:tripartite:problem:server-busy", problem.get("type").asText());
            assertEquals(503, problem.get("status").intValue());
            assertTrue(problem.get("detail").asText().contains("retry after 5 seconds"), problem.toString());
        } finally {
            release.countDown();
        }
        assertTrue(blocker.result().get(10, TimeUnit.SECONDS));
        assertEquals(200, performOnceIdle("/api/v1/experiments/kernel?m=16").getStatus());
    }

    @Test
    void slowRunTimesOutAndIsCancelled() throws Exception {
        // Σm · repeats · (T (2d + 17) + 100 d) = 3e5 · 5 · 34 820 ≈ 5.2e10 cost units: the largest
        // run the cost bound admits, which takes many seconds, far beyond the 300 ms limit.
        MockHttpServletResponse response = perform(
                "/api/v1/experiments/feature-sweep?ms=100000,100000,100000&repeats=5");

        assertEquals(503, response.getStatus());
        assertEquals(null, response.getHeader("Retry-After"));
        JsonNode problem = JSON.readTree(response.getContentAsString());
        assertEquals("urn:tripartite:problem:run-timed-out", problem.get("type").asText());
        assertEquals("Run timed out", problem.get("title").asText());
        assertTrue(problem.get("detail").asText().contains("timed out after 0.3 s"), problem.toString());
        assertEquals(0.3, problem.get("timeoutSeconds").doubleValue(), 0.0);

        // Cancelled, the run frees its only worker long before it could have finished.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (executor.activeRuns() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(0, executor.activeRuns(), "the timed-out run still occupies its worker");
        assertEquals(200, performOnceIdle("/api/v1/experiments/kernel?m=16").getStatus());
    }

    /**
     * Performs the request, repeated while it gets 503 for up to 5 s: without a queue, a worker
     * that just finished accepts a new run only once it waits for one again.
     */
    private MockHttpServletResponse performOnceIdle(String url) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        MockHttpServletResponse response = perform(url);
        while (response.getStatus() == 503 && System.nanoTime() < deadline) {
            Thread.sleep(20);
            response = perform(url);
        }
        return response;
    }

    private MockHttpServletResponse perform(String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(URI.create(url))).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }
}
