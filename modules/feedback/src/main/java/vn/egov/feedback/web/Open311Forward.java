package vn.egov.feedback.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Open311 clients expect the standard's path, {@code /open311/v2/...}; the resources live in the
 * platform's JAX-RS application at {@code /api/v1/open311/v2/...}, where they share its error
 * handling and OpenAPI document.
 */
@WebFilter("/open311/*")
public class Open311Forward extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String query = request.getQueryString();
        request.getRequestDispatcher("/api/v1" + path + (query == null ? "" : "?" + query))
                .forward(request, response);
    }
}
