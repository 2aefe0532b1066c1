package vn.egov.kernel.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.egov.kernel.KernelRefusal;
import vn.egov.kernel.api.ApiError;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.helpers.PublicAddress;

/**
 * One mechanism for pages and API (Jakarta Security 3 allows one per application):
 * <ul>
 * <li>a login form calls {@code SecurityContext.authenticate} with the typed credential; on
 *     success the caller is kept in the HTTP session, under a fresh session id;</li>
 * <li>REST clients send {@code Authorization: Bearer <token>} from {@code /api/v1/auth/token};</li>
 * <li>an anonymous visit to a protected page is redirected to the login page, an anonymous
 *     call to a protected API answers 401.</li>
 * </ul>
 * The session cookie also reaches the API (a signed-in page may read it), but a change through the
 * API with the cookie alone is refused unless the browser says it comes from the platform's own
 * pages ({@code Sec-Fetch-Site} or {@code Origin}): a foreign page cannot act as the signed-in
 * citizen. An unknown or expired bearer token answers 401 in the API's JSON error form.
 */
@ApplicationScoped
public class PlatformAuthentication implements HttpAuthenticationMechanism {
    static final String SESSION_CALLER = PlatformAuthentication.class.getName() + ".caller";
    public static final String LOGIN_PAGE = "/login.xhtml";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    @Inject
    IdentityStoreHandler identityStores;

    @Inject
    ApiTokens tokens;

    @Inject
    PublicAddress address;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return login(request, context, credential);
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            Optional<SignIn.Caller> caller =
                    tokens.verify(authorization.substring(7).trim());
            if (caller.isPresent()) {
                return context.notifyContainerAboutLogin(
                        caller.get().name(), caller.get().groups());
            }
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return refuse(
                    request,
                    response,
                    HttpServletResponse.SC_UNAUTHORIZED,
                    "invalid_token",
                    KernelRefusal.text("api.invalidToken"));
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_CALLER) instanceof SignIn.Caller caller) {
            if (isApi(request)
                    && !SAFE_METHODS.contains(request.getMethod())
                    && !SameOrigin.proven(request, address.origin())) {
                return refuse(
                        request,
                        response,
                        HttpServletResponse.SC_FORBIDDEN,
                        "cross_site_request",
                        KernelRefusal.text("api.crossSite"));
            }
            return context.notifyContainerAboutLogin(caller.name(), caller.groups());
        }
        if (context.isProtected()) {
            if (isApi(request)) {
                response.setHeader("WWW-Authenticate", "Bearer");
                return context.responseUnauthorized();
            }
            return context.redirect(request.getContextPath() + LOGIN_PAGE + "?next="
                    + URLEncoder.encode(originalPath(request), StandardCharsets.UTF_8));
        }
        return context.doNothing();
    }

    private AuthenticationStatus login(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        Set<String> groups = result.getCallerGroups();
        String name = result.getCallerPrincipal().getName();
        // a new session id on sign-in defeats session fixation
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_CALLER, new SignIn.Caller(name, Set.copyOf(groups)));
        return context.notifyContainerAboutLogin(name, groups);
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_CALLER);
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith("/api/");
    }

    /**
     * Answers the refusal itself, as the API's JSON error (the container's own error page is HTML),
     * in the caller's language ({@code Accept-Language}).
     */
    private static AuthenticationStatus refuse(
            HttpServletRequest request, HttpServletResponse response, int status, String error, Message text) {
        String message = text.in(ApiError.language(request.getHeader("Accept-Language")));
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter()
                    .write(JSON.createObjectBuilder()
                            .add("error", error)
                            .add("message", message)
                            .build()
                            .toString());
            response.flushBuffer();
        } catch (IOException e) {
            // the client has gone; nothing to answer
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static String originalPath(HttpServletRequest request) {
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return request.getQueryString() == null ? path : path + "?" + request.getQueryString();
    }
}
