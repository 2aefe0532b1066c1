package vn.egov.web.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the national portal's sync service on 127.0.0.1: records every delivery (its
 * Idempotency-Key, body and the answer given) and answers 503 to the first {@code outage} ones.
 */
final class PortalReceiver implements AutoCloseable {
    record Delivery(long id, String body, int answered) {}

    private final HttpServer server;
    private final AtomicInteger outage;
    private final List<Delivery> deliveries = new ArrayList<>();

    PortalReceiver(int outage) throws IOException {
        this.outage = new AtomicInteger(outage);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/dongbo", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long id = Long.parseLong(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
            int status = outage() ? 503 : 200;
            synchronized (deliveries) {
                deliveries.add(new Delivery(id, body, status));
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private boolean outage() {
        return outage.getAndUpdate(n -> Math.max(0, n - 1)) > 0;
    }

    /** The next {@code n} deliveries are answered 503. */
    void failNext(int n) {
        outage.set(n);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/dongbo";
    }

    List<Delivery> deliveries() {
        synchronized (deliveries) {
            return List.copyOf(deliveries);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
