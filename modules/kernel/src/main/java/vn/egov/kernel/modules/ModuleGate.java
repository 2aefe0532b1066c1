package vn.egov.kernel.modules;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collection;
import java.util.Optional;
import vn.egov.kernel.api.ModuleDescriptor;

/** Answers 404 for the pages and API of a module an admin switched off. */
@WebFilter(urlPatterns = "/*")
public class ModuleGate extends HttpFilter {
    private static final long serialVersionUID = 1L;

    @Inject
    transient ModuleRegistry modules;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (blockedBy(path, modules.disabled()).isPresent()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }

    /** The switched-off module a path belongs to, if any. */
    static Optional<ModuleDescriptor> blockedBy(String path, Collection<ModuleDescriptor> disabled) {
        return disabled.stream()
                .filter(m -> m.pathPrefixes().stream().anyMatch(path::startsWith))
                .findFirst();
    }
}
