package vn.egov.kernel.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes every unhandled page error to the server log before the friendly error page is
 * shown, so that the visitor sees no stack trace and the operator still sees the cause.
 */
public class LoggedExceptions extends ExceptionHandlerFactory {
    private static final Logger LOG = Logger.getLogger(LoggedExceptions.class.getName());

    public LoggedExceptions(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionHandlerWrapper(getWrapped().getExceptionHandler()) {
            @Override
            public void handle() {
                for (ExceptionQueuedEvent event : getUnhandledExceptionQueuedEvents()) {
                    LOG.log(Level.SEVERE, "Unhandled error on a page", event.getContext().getException());
                }
                super.handle();
            }
        };
    }
}
