package vn.egov.sandbox.vnpay;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/** A stand-in for the platform's IPN endpoint: records every call and answers from a script. */
final class FakeIpnReceiver implements AutoCloseable {
    record Answer(int status, String body) {}

    static final Answer CONFIRM = new Answer(200, "{\"RspCode\":\"00\",\"Message\":\"Confirm Success\"}");

    private final HttpServer server;
    private final List<Map<String, String>> calls = new CopyOnWriteArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private volatile Answer fallback = CONFIRM;

    FakeIpnReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), 0), 0);
        server.createContext("/ipn", ex -> {
            try (ex) {
                calls.add(SandboxGateway.parseQuery(ex.getRequestURI().getRawQuery()));
                Answer a;
                synchronized (script) {
                    a = script.isEmpty() ? fallback : script.poll();
                }
                byte[] b = a.body().getBytes(StandardCharsets.UTF_8);
                ex.getResponseHeaders().set("Content-Type", "application/json");
                ex.sendResponseHeaders(a.status(), b.length);
                try (OutputStream out = ex.getResponseBody()) {
                    out.write(b);
                }
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/ipn";
    }

    /** The next calls get these answers, in order; later calls get the fallback. */
    void answerNext(Answer... answers) {
        synchronized (script) {
            script.addAll(List.of(answers));
        }
    }

    void answerAlways(Answer answer) {
        fallback = answer;
    }

    List<Map<String, String>> calls() {
        return List.copyOf(calls);
    }

    /** Waits until at least {@code n} calls arrived, or fails after the timeout. */
    List<Map<String, String>> awaitCalls(int n, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (calls.size() < n) {
            if (System.nanoTime() > end) {
                throw new AssertionError("expected " + n + " IPN calls, got " + calls.size());
            }
            Thread.sleep(10);
        }
        return calls();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
