package vn.egov.kernel.web;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Iterator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every unhandled page error to the server log before the friendly error page is
 * shown, so that the visitor sees no stack trace and the operator still sees the cause. A form
 * sent from a page whose state is gone (session ended, server restarted, or a forged
 * {@code ViewState}), or without the page's script nonce (PrimeFaces' CSP mode checks it on every
 * post), is not an error of the platform: it answers 400 with a "page expired, try again" page
 * (an Ajax request is sent to a fresh copy of the page instead).
 */
public class LoggedExceptions extends ExceptionHandlerFactory {
    /** Named, not imported: the kernel does not depend on PrimeFaces. */
    private static final String PRIMEFACES_CSP_REFUSAL = "org.primefaces.csp.CspException";

    private static final Logger LOG = Logger.getLogger(LoggedExceptions.class.getName());

    public LoggedExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                for (Iterator<ExceptionQueuedEvent> events =
                                getUnhandledExceptionQueuedEvents().iterator();
                        events.hasNext(); ) {
                    Throwable error = events.next().getContext().getException();
                    if (expired(error)) {
                        events.remove();
                        showExpired(FacesContext.getCurrentInstance());
                    } else {
                        LOG.log(Level.SEVERE, "Unhandled error on a page", error);
                    }
                }
                super.handle();
            }
        };
    }

    private static boolean expired(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ViewExpiredException || t.getClass().getName().equals(PRIMEFACES_CSP_REFUSAL)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Answers the "page expired" page itself, as plain HTML: a Faces view cannot be rendered here,
     * since the request's state (and PrimeFaces' script nonce) is what is missing.
     */
    private static void showExpired(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        String uri = ((HttpServletRequest) external.getRequest()).getRequestURI();
        try {
            if (faces.getPartialViewContext().isAjaxRequest()) {
                external.redirect(uri);
            } else {
                HttpServletResponse response = (HttpServletResponse) external.getResponse();
                response.resetBuffer();
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                response.setContentType("text/html");
                response.setCharacterEncoding("UTF-8");
                String home = external.getRequestContextPath() + "/";
                response.getWriter()
                        .write("<!DOCTYPE html><html lang=\""
                                + faces.getApplication()
                                        .getViewHandler()
                                        .calculateLocale(faces)
                                        .getLanguage()
                                + "\"><head><meta charset=\"UTF-8\"/><meta name=\"viewport\" content=\"width=device-width, "
                                + "initial-scale=1\"/><title>" + text(faces, "error.title")
                                + "</title><link rel=\"stylesheet\" href=\"" + home
                                + "jakarta.faces.resource/shell.css.xhtml?ln=css\"/></head><body><main id=\"main\" class=\"content error-page\">"
                                + "<h1>" + text(faces, "error.title") + " (400)</h1><p id=\"error-text\">"
                                + text(faces, "error.expired")
                                + "</p><p><a id=\"error-retry\" href=\"" + escaped(uri) + "\">"
                                + text(faces, "error.retry") + "</a> · <a href=\""
                                + escaped(home) + "\">" + text(faces, "error.back") + "</a></p></main></body></html>");
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "client gone while being told the page expired", e);
        }
        faces.responseComplete();
    }

    private static String text(FacesContext faces, String key) {
        return escaped(Messages.text(faces, key));
    }

    private static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
