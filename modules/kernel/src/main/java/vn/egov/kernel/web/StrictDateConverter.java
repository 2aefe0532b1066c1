package vn.egov.kernel.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/**
 * Reads a day typed as dd/MM/yyyy and refuses impossible dates such as 31/02/2027, which the
 * default converters quietly turn into 28/02/2027. Use with {@code converter="strictDate"}.
 */
@FacesConverter(value = "strictDate", managed = true)
public class StrictDateConverter implements Converter<LocalDate> {
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter LOOSE_DIGITS =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    /** The day written in {@code text}, or empty when it is not a real day in dd/MM/yyyy (or d/M/yyyy). */
    public static Optional<LocalDate> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String trimmed = text.trim();
        for (DateTimeFormatter format : new DateTimeFormatter[] {DAY, LOOSE_DIGITS}) {
            try {
                return Optional.of(LocalDate.parse(trimmed, format));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return Optional.empty();
    }

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return parse(value)
                .orElseThrow(() -> new ConverterException(
                        new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.text(context, "common.badDate"), null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : DAY.format(value);
    }
}
