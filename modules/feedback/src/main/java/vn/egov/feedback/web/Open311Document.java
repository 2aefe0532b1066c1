package vn.egov.feedback.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes GeoReport v2 documents: a list of flat records as a JSON array, or as XML with the
 * standard's element names ({@code <services><service>}, {@code <service_requests><request>},
 * {@code <errors><error>}). Null values are left out in JSON and written empty in XML.
 */
final class Open311Document {
    private Open311Document() {}

    static String render(String format, String root, String item, List<Map<String, Object>> records) {
        return "xml".equals(format) ? xml(root, item, records) : json(records);
    }

    static String json(List<Map<String, Object>> records) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Map<String, Object> record : records) {
            array.add(object(record));
        }
        return array.build().toString();
    }

    static JsonObjectBuilder object(Map<String, Object> record) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        record.forEach((key, value) -> {
            if (value instanceof Number n && (value instanceof Double || value instanceof Float)) {
                object.add(key, n.doubleValue());
            } else if (value instanceof Number n) {
                object.add(key, n.longValue());
            } else if (value instanceof Boolean b) {
                object.add(key, b);
            } else if (value instanceof List<?> list) {
                object.add(key, Json.createArrayBuilder(list));
            } else if (value != null) {
                object.add(key, value.toString());
            }
        });
        return object;
    }

    static String xml(String root, String item, List<Map<String, Object>> records) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            for (Map<String, Object> record : records) {
                if (item != null) {
                    xml.writeStartElement(item);
                }
                for (Map.Entry<String, Object> field : record.entrySet()) {
                    xml.writeStartElement(field.getKey());
                    if (field.getValue() instanceof List<?> list) {
                        for (Object element : list) {
                            xml.writeStartElement("attribute");
                            xml.writeCharacters(xmlText(String.valueOf(element)));
                            xml.writeEndElement();
                        }
                    } else if (field.getValue() != null) {
                        xml.writeCharacters(xmlText(field.getValue().toString()));
                    }
                    xml.writeEndElement();
                }
                if (item != null) {
                    xml.writeEndElement();
                }
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    /**
     * The text with every character XML 1.0 cannot carry (controls, unpaired surrogates, U+FFFE,
     * U+FFFF) replaced by U+FFFD, so the document stays well-formed even for reports stored before
     * such characters were refused at input.
     */
    static String xmlText(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            boolean allowed = pair
                    || c == '\t'
                    || c == '\n'
                    || c == '\r'
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD);
            if (!allowed && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(allowed ? c : '\uFFFD');
                if (pair) {
                    out.append(text.charAt(i + 1));
                }
            }
            if (pair) {
                i++;
            }
        }
        return out == null ? text : out.toString();
    }
}
