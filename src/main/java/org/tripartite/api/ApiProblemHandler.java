package org.tripartite.api;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.tripartite.engine.experiment.Experiment;
import org.tripartite.engine.experiment.Experiments;
import org.tripartite.engine.param.InvalidParameterException;
import org.tripartite.run.RunTimedOutException;

/**
 * Maps the API's exceptions to RFC 9457 problem documents ({@code application/problem+json})
 * with the members type, title, status, detail and instance, plus extension members that name
 * the rejected parameter.
 */
@RestControllerAdvice(assignableTypes = ExperimentController.class)
public class ApiProblemHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiProblemHandler.class);

    /** Prefix of every problem type URI; the types are identifiers and are not meant to be fetched. */
    static final String TYPE_PREFIX = "urn:tripartite:problem:";

    /** Seconds a client should wait before retrying when the pool is full. */
    static final int RETRY_AFTER_SECONDS = 5;

    /** Longest rejected value echoed in a problem; longer values are cut and end with "…". */
    static final int MAX_ECHOED_VALUE_CHARS = 200;

    /** Minimum time between two warnings about a full pool; rejections in between are counted. */
    private static final long BUSY_WARNING_INTERVAL_NANOS = 10_000_000_000L;

    private final AtomicLong lastBusyWarning = new AtomicLong(System.nanoTime() - BUSY_WARNING_INTERVAL_NANOS);
    private final AtomicLong busyRejections = new AtomicLong();

    /**
     * Returns a 400 problem with {@code parameter}, {@code value}, {@code reason}, {@code minimum},
     * {@code maximum} and {@code unit} (and {@code choices} for a choice); the bounds mean what
     * {@link InvalidParameterException} documents for each reason, and are null when none applies.
     */
    @ExceptionHandler(InvalidParameterException.class)
    public ResponseEntity<ProblemDetail> invalidParameter(InvalidParameterException e,
            HttpServletRequest request) {
        LOG.debug("API request {} rejected: {}", request.getRequestURI(), e.getMessage());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "invalid-parameter",
                "Invalid parameter", e.getMessage(), request);
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("value", shorten(e.value()));
        problem.setProperty("reason", e.reason().name());
        problem.setProperty("minimum", ParameterJson.bound(e.min(), e.type()));
        problem.setProperty("maximum", ParameterJson.bound(e.max(), e.type()));
        problem.setProperty("unit", e.unit());
        if (!e.choices().isEmpty()) {
            problem.setProperty("choices", e.choices());
        }
        return respond(problem);
    }

    /** Returns a 400 problem naming the parameter that occurs more than once. */
    @ExceptionHandler(DuplicateParameterException.class)
    public ResponseEntity<ProblemDetail> duplicateParameter(DuplicateParameterException e,
            HttpServletRequest request) {
        LOG.debug("API request {} rejected: {}", request.getRequestURI(), e.getMessage());
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "duplicate-parameter",
                "Duplicate parameter", e.getMessage(), request);
        problem.setProperty("parameter", e.parameter());
        problem.setProperty("values", e.values().stream().map(ApiProblemHandler::shorten).toList());
        return respond(problem);
    }

    @ExceptionHandler(MalformedQueryException.class)
    public ResponseEntity<ProblemDetail> malformedQuery(MalformedQueryException e,
            HttpServletRequest request) {
        LOG.debug("API request {} rejected: {}", request.getRequestURI(), e.getMessage());
        return respond(problem(HttpStatus.BAD_REQUEST, "malformed-query", "Malformed query string",
                e.getMessage(), request));
    }

    @ExceptionHandler(UnknownExperimentException.class)
    public ResponseEntity<ProblemDetail> unknownExperiment(UnknownExperimentException e,
            HttpServletRequest request) {
        LOG.debug("API request {} rejected: {}", request.getRequestURI(), e.getMessage());
        String known = String.join(", ", Experiments.all().stream()
                .map(Experiment::id).toList());
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "unknown-experiment",
                "Unknown experiment", "No experiment \"" + shorten(e.experiment())
                        + "\". Known experiments: " + known + ".", request);
        problem.setProperty("experiment", shorten(e.experiment()));
        return respond(problem);
    }

    /** Returns a 503 problem with {@code Retry-After} when every worker is busy and the queue is full. */
    @ExceptionHandler(RejectedExecutionException.class)
    public ResponseEntity<ProblemDetail> busy(RejectedExecutionException e, HttpServletRequest request) {
        warnBusy(request);
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "server-busy", "Server busy",
                "Every simulation worker is busy and the queue is full: retry after "
                        + RETRY_AFTER_SECONDS + " seconds.", request);
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** Returns a 503 problem when the run exceeded the time limit, which the executor has cancelled. */
    @ExceptionHandler(RunTimedOutException.class)
    public ResponseEntity<ProblemDetail> timedOut(RunTimedOutException e, HttpServletRequest request) {
        // The executor already logged the timeout with the experiment id.
        double seconds = e.timeout().toMillis() / 1000.0;
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "run-timed-out",
                "Run timed out", "The run of " + e.name() + " timed out after "
                        + formatSeconds(seconds) + " s and was cancelled: choose smaller parameters"
                        + " (fewer tokens, features or repeats) or retry when the server is less busy.",
                request);
        problem.setProperty("timeoutSeconds", seconds);
        return respond(problem);
    }

    @ExceptionHandler(InterruptedException.class)
    public ResponseEntity<ProblemDetail> interrupted(InterruptedException e, HttpServletRequest request) {
        Thread.currentThread().interrupt();
        LOG.warn("API request {} interrupted while waiting for its run; the run was cancelled",
                request.getRequestURI());
        return respond(problem(HttpStatus.SERVICE_UNAVAILABLE, "interrupted", "Run interrupted",
                "The server stopped waiting for the run (it may be shutting down): retry later.",
                request));
    }

    /** Returns a 500 problem for a failure of the engine itself, and logs the stack trace. */
    @ExceptionHandler(RuntimeException.class)
    public ResponseEntity<ProblemDetail> failed(RuntimeException e, HttpServletRequest request) {
        LOG.error("API request {} failed", request.getRequestURI(), e);
        return respond(problem(HttpStatus.INTERNAL_SERVER_ERROR, "run-failed", "Run failed",
                "The run failed on the server; the server log has the details.", request));
    }

    /** Creates a problem whose type is {@link #TYPE_PREFIX} + {@code type} and whose instance is the request path. */
    static ProblemDetail problem(HttpStatus status, String type, String title, String detail,
            HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_PREFIX + type));
        problem.setTitle(title);
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String shorten(String value) {
        if (value == null || value.length() <= MAX_ECHOED_VALUE_CHARS) {
            return value;
        }
        return value.substring(0, MAX_ECHOED_VALUE_CHARS) + "…";
    }

    private static String formatSeconds(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }

    /** Logs a full pool at most once per interval, with the number of rejections since the last warning. */
    private void warnBusy(HttpServletRequest request) {
        long rejections = busyRejections.incrementAndGet();
        long now = System.nanoTime();
        long last = lastBusyWarning.get();
        if (now - last >= BUSY_WARNING_INTERVAL_NANOS && lastBusyWarning.compareAndSet(last, now)) {
            busyRejections.addAndGet(-rejections);
            LOG.warn("Simulation pool full: answered 503 to {} ({} rejections since the last warning)",
                    request.getRequestURI(), rejections);
        }
    }
}
