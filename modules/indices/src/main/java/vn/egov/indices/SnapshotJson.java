package vn.egov.indices;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.indices.domain.IndexResult;
import vn.egov.indices.domain.IndexResult.UnitResult;
import vn.egov.indices.domain.Period;
import vn.egov.indices.domain.Scorecard.GroupScore;
import vn.egov.indices.domain.Scorecard.ItemScore;
import vn.egov.indices.domain.Scorecard.UnitScore;

/** A snapshot's result as JSON, the way it is stored in {@code indices.snapshot.result}. */
final class SnapshotJson {
    /** Looked up once: {@code Json.create...} looks its provider up on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private SnapshotJson() {}

    static String write(IndexResult r) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject()
                    .write("framework", r.framework())
                    .write("period", r.period().toString())
                    .write("versionId", r.versionId())
                    .write("versionNumber", r.versionNumber())
                    .write("computedAt", r.computedAt().toString())
                    .write("computedBy", r.computedBy())
                    .write("millis", r.millis())
                    .writeStartObject("units");
            for (Map.Entry<Long, UnitResult> e : r.units().entrySet()) {
                UnitScore s = e.getValue().score();
                g.writeStartObject(String.valueOf(e.getKey()));
                number(g, "total", s.total());
                g.write("scale", s.scale());
                g.writeStartObject("pillars");
                s.pillars().forEach((k, v) -> number(g, k, v));
                g.writeEnd();
                g.writeStartArray("groups");
                for (GroupScore gs : s.groups()) {
                    g.writeStartObject().write("code", gs.code());
                    number(g, "score", gs.score());
                    g.write("weight", gs.weight()).writeStartArray("items");
                    for (ItemScore i : gs.items()) {
                        g.writeStartObject().write("code", i.code());
                        number(g, "n", i.numerator());
                        number(g, "d", i.denominator());
                        number(g, "value", i.value());
                        number(g, "points", i.points());
                        g.write("max", i.maxPoints())
                                .write("entered", i.entered())
                                .writeEnd();
                    }
                    g.writeEnd().writeEnd();
                }
                g.writeEnd();
                g.writeStartObject("figures");
                e.getValue().figures().forEach((k, v) -> number(g, k, v));
                g.writeEnd();
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        }
        return out.toString();
    }

    private static void number(JsonGenerator g, String name, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }

    static IndexResult read(String json) {
        JsonObject o;
        try (var reader = JSON.createReader(new StringReader(json))) {
            o = reader.readObject();
        }
        Map<Long, UnitResult> units = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> e : o.getJsonObject("units").entrySet()) {
            JsonObject u = e.getValue().asJsonObject();
            List<GroupScore> groups = new ArrayList<>();
            for (JsonValue gv : u.getJsonArray("groups")) {
                JsonObject g = gv.asJsonObject();
                List<ItemScore> items = new ArrayList<>();
                for (JsonValue iv : g.getJsonArray("items")) {
                    JsonObject i = iv.asJsonObject();
                    items.add(new ItemScore(
                            i.getString("code"),
                            number(i, "n"),
                            number(i, "d"),
                            number(i, "value"),
                            number(i, "points"),
                            i.getJsonNumber("max").doubleValue(),
                            i.getBoolean("entered")));
                }
                groups.add(new GroupScore(
                        g.getString("code"),
                        number(g, "score"),
                        g.getJsonNumber("weight").doubleValue(),
                        items));
            }
            Map<String, Double> pillars = new LinkedHashMap<>();
            u.getJsonObject("pillars").keySet().forEach(k -> pillars.put(k, number(u.getJsonObject("pillars"), k)));
            Map<String, Double> figures = new LinkedHashMap<>();
            u.getJsonObject("figures").keySet().forEach(k -> figures.put(k, number(u.getJsonObject("figures"), k)));
            units.put(
                    Long.valueOf(e.getKey()),
                    new UnitResult(
                            new UnitScore(
                                    number(u, "total"), u.getJsonNumber("scale").doubleValue(), groups, pillars),
                            figures));
        }
        return new IndexResult(
                o.getString("framework"),
                Period.parse(o.getString("period")),
                o.getJsonNumber("versionId").longValue(),
                o.getInt("versionNumber"),
                OffsetDateTime.parse(o.getString("computedAt")),
                o.getString("computedBy"),
                o.getJsonNumber("millis").longValue(),
                units);
    }

    private static Double number(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
