package vn.egov.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Reads what is left of a request body the platform answered without reading (a 415 for a wrong
 * content type, a refusal before the upload was looked at), up to a bound: otherwise the server
 * closes the connection while the client is still sending, and the client sees no answer at all
 * instead of the refusal.
 */
@WebFilter(urlPatterns = "/*", filterName = "UnreadBodies")
public class UnreadBodies extends HttpFilter {
    private static final long serialVersionUID = 1L;
    /** Beyond this the client has sent far more than any request of ours takes; let the connection go. */
    private static final long MAX_DRAINED = 64L * 1024 * 1024;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, response);
        long declared = request.getContentLengthLong();
        if (declared == 0 || declared > MAX_DRAINED || request.isAsyncStarted()) {
            return;
        }
        try {
            ServletInputStream body = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long drained = 0;
            int n;
            while (drained < MAX_DRAINED && (n = body.read(buffer)) != -1) {
                drained += n;
            }
        } catch (IllegalStateException readAsText) {
            // the body was read through getReader(): nothing is left unread
        } catch (IOException gone) {
            // the client stopped sending; nothing to wait for
        }
    }
}
