package vn.egov.kernel.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import java.util.Locale;

/**
 * Gives every new view the visitor's chosen language from its start, not the browser's
 * Accept-Language: messages added by a page's view action or validators are then in the
 * language the page is rendered in (the template's f:view only sets it when rendering).
 */
public class LanguageViewHandler extends ViewHandlerWrapper {
    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Language.class).get().getLocale();
    }
}
