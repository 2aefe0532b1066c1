package vn.egov.kernel.web;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every new view the visitor's chosen language from its start, not the browser's
 * Accept-Language: messages added by a page's view action or validators are then in the
 * language the page is rendered in (the template's f:view only sets it when rendering). Views
 * listed in the context parameter {@code vn.egov.STATELESS_VIEWS} (pages without forms for an
 * anonymous visitor) are made transient for anonymous visitors as they are created, before
 * PrimeFaces' CSP mode would keep their nonce in a view map, which lives in the session: an
 * anonymous visit to them opens no session.
 */
public class LanguageViewHandler extends ViewHandlerWrapper {
    public LanguageViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        // only for anonymous visitors: a signed-in one has the header's sign-out form, which needs the view's state
        if (view != null
                && context.getExternalContext().getUserPrincipal() == null
                && statelessViews(context).contains(viewId)) {
            view.setTransient(true);
        }
        return view;
    }

    private static Set<String> statelessViews(FacesContext context) {
        String listed = context.getExternalContext().getInitParameter("vn.egov.STATELESS_VIEWS");
        return listed == null
                ? Set.of()
                : Arrays.stream(listed.split(",")).map(String::strip).collect(Collectors.toSet());
    }

    @Override
    public Locale calculateLocale(FacesContext context) {
        return CDI.current().select(Language.class).get().getLocale();
    }
}
