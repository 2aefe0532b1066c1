package vn.egov.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.egov.kernel.api.ApiError;

/**
 * While the database is away, a request that needs it is answered 503 with {@code Retry-After} at
 * once (pages with a short page in both languages, the API in {@code ApiError} form through
 * {@link ApiExceptions}), instead of a 500 after the driver's and EclipseLink's retries. The pool
 * validates connections, so the platform serves again by itself as soon as the database is back.
 *
 * <p>Mapped first of all filters in web.xml.
 */
@WebFilter(filterName = "DatabaseOutage")
public class DatabaseOutage extends HttpFilter {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class.getName());
    /** Seconds a client is asked to wait; the pool tries the database again on the next request anyway. */
    public static final String RETRY_AFTER_SECONDS = "5";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!isOutage(e) || response.isCommitted()) {
                throw e;
            }
            LOG.log(Level.WARNING, "Database unavailable: answered 503 to {0} {1}", new Object[] {
                request.getMethod(), request.getRequestURI()
            });
            answer(request, response);
        }
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setHeader("Cache-Control", "no-store");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType("application/json");
            response.getWriter()
                    .write("{\"error\":\"service_unavailable\",\"message\":\""
                            + ApiExceptions.unavailableMessage(ApiError.language(request.getHeader("Accept-Language")))
                            + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.getWriter().write(PAGE);
    }

    /** Written without Faces or the database: both are what is failing. */
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="vi"><head><meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>Tạm thời gián đoạn – Cổng dịch vụ công</title>
            <style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
            h1{font-size:1.4rem}</style></head>
            <body><main>
            <h1>Hệ thống tạm thời gián đoạn</h1>
            <p>Cổng dịch vụ công đang không kết nối được cơ sở dữ liệu. Những gì bạn đã gửi thành công trước đó
            không bị mất. Vui lòng thử lại sau ít phút.</p>
            <p><a href="/">Về trang chủ</a></p>
            <hr/>
            <div lang="en"><h2>Temporarily unavailable</h2>
            <p>The portal cannot reach its database just now. Nothing you sent successfully before is lost.
            Please try again in a few minutes.</p></div>
            </main></body></html>
            """;

    /**
     * Whether a failure is the database being unreachable (no connection could be made or kept),
     * as opposed to a fault in a query or in our code.
     */
    public static boolean isOutage(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 30; t = t.getCause(), depth++) {
            if (t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException sql && connectionLost(sql.getSQLState())) {
                return true;
            }
            String type = t.getClass().getName();
            if (type.endsWith(".ResourceAllocationException") || type.endsWith(".PoolingException")) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), or the server shutting down or starting up (57P01-57P03). */
    static boolean connectionLost(String state) {
        return state != null
                && (state.startsWith("08") || state.toUpperCase(Locale.ROOT).matches("57P0[123]"));
    }
}
