package vn.egov.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.InputText;

/**
 * {@link InputText}'s rule on every request's path and query string, for pages and API alike: a
 * NUL or other refused character there (which no page or client of ours sends) answers 400 before
 * any module sees it, in JSON under /api/ and as a short page elsewhere. Form fields of pages are
 * judged one by one by {@link TextConverter}, REST bodies by {@link InputScreen}.
 */
@WebFilter(urlPatterns = "/*", filterName = "RequestLineScreen")
public class RequestLineScreen extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Message refusal = problem(request.getRequestURI(), false);
        if (refusal == null && request.getQueryString() != null) {
            refusal = problem(request.getQueryString(), true);
        }
        if (refusal != null) {
            String problem = refusal.in(ApiError.language(request.getHeader("Accept-Language")));
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setCharacterEncoding("UTF-8");
            if (request.getServletPath().startsWith("/api/")) {
                response.setContentType("application/json");
                response.getWriter()
                        .write(jakarta.json.Json.createObjectBuilder()
                                .add("error", "invalid_request_line")
                                .add("message", problem)
                                .build()
                                .toString());
            } else {
                response.setContentType("text/plain");
                response.getWriter()
                        .write(Message.text(Message.VIETNAMESE, Messages.BUNDLE, "common.badRequestLine") + " / "
                                + Message.text(java.util.Locale.ENGLISH, Messages.BUNDLE, "common.badRequestLine")
                                + ": "
                                + problem);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    /** Why the percent-encoded text is refused, or null. */
    static Message problem(String encoded, boolean query) {
        String decoded;
        try {
            // a '+' in a query means a space; in a path it is itself
            decoded = URLDecoder.decode(query ? encoded : encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return Message.of(Messages.BUNDLE, "common.badEncoding");
        }
        int at = InputText.firstRefused(decoded);
        return at < 0 ? null : InputText.refusal(decoded, at);
    }
}
