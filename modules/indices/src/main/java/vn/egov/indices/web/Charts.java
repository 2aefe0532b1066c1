package vn.egov.indices.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.util.List;

/** Chart.js configurations for PrimeFaces' {@code p:chart}, written as JSON. */
final class Charts {
    private static final JsonProvider JSON = JsonProvider.provider();

    private Charts() {}

    /** A line of values over labels (a trend), on a 0–max axis. */
    static String line(List<String> labels, String series, List<Double> values, double max) {
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("labels", strings(labels))
                .add(
                        "datasets",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("label", series)
                                        .add("data", numbers(values))
                                        .add("borderColor", "#1d4ed8")
                                        .add("backgroundColor", "#1d4ed8")
                                        .add("tension", 0.2)
                                        .add("spanGaps", true)));
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", data)
                .add("options", options(max, false))
                .build()
                .toString();
    }

    /** Horizontal bars: what each group earned beside what it is worth. */
    static String bars(
            List<String> labels, String earned, List<Double> values, String worth, List<Double> max, double axis) {
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("labels", strings(labels))
                .add(
                        "datasets",
                        JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder()
                                        .add("label", earned)
                                        .add("data", numbers(values))
                                        .add("backgroundColor", "#1d4ed8"))
                                .add(JSON.createObjectBuilder()
                                        .add("label", worth)
                                        .add("data", numbers(max))
                                        .add("backgroundColor", "#cbd5e1")));
        return JSON.createObjectBuilder()
                .add("type", "bar")
                .add("data", data)
                .add("options", options(axis, true))
                .build()
                .toString();
    }

    private static JsonObjectBuilder options(double max, boolean horizontal) {
        JsonObjectBuilder axis = JSON.createObjectBuilder().add("min", 0);
        if (max > 0) {
            axis.add("max", max);
        }
        JsonObjectBuilder scales = JSON.createObjectBuilder().add(horizontal ? "x" : "y", axis);
        if (horizontal) {
            // every group's name, not every other one
            scales.add(
                    "y",
                    JSON.createObjectBuilder()
                            .add("ticks", JSON.createObjectBuilder().add("autoSkip", false)));
        }
        JsonObjectBuilder o = JSON.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales);
        if (horizontal) {
            o.add("indexAxis", "y");
        }
        return o;
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        values.forEach(a::add);
        return a;
    }

    private static JsonArrayBuilder numbers(List<Double> values) {
        JsonArrayBuilder a = JSON.createArrayBuilder();
        for (Double v : values) {
            if (v == null) {
                a.addNull();
            } else {
                a.add(Math.round(v * 100) / 100.0);
            }
        }
        return a;
    }
}
