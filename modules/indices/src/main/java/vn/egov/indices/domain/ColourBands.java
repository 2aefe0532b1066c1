package vn.egov.indices.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Colour bands of an indicator's value (or of a share of points): {@code 0:#b91c1c,50:#b45309,80:#15803d}
 * gives each value the colour of the highest lower bound it reaches. Empty: no colour.
 */
public record ColourBands(List<Band> bands) {
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    /** The default for shares of points: red under 50 %, amber under 80 %, green from 80 %. */
    public static final ColourBands DEFAULT = parse("0:#b91c1c,50:#b45309,80:#15803d");

    public record Band(double from, String colour) {}

    public static ColourBands parse(String text) {
        List<Band> out = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            for (String part : text.split(",")) {
                String[] kv = part.trim().split(":");
                if (kv.length != 2 || !COLOUR.matcher(kv[1].trim()).matches()) {
                    throw new IllegalArgumentException("A band is \"from:#rrggbb\", not \"" + part.trim() + "\"");
                }
                try {
                    out.add(new Band(
                            Double.parseDouble(kv[0].trim()), kv[1].trim().toLowerCase()));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("A band starts with a number, not \"" + kv[0].trim() + "\"");
                }
            }
        }
        out.sort(Comparator.comparingDouble(Band::from));
        return new ColourBands(List.copyOf(out));
    }

    public boolean isEmpty() {
        return bands.isEmpty();
    }

    /** The colour of a value, or null when no band starts at or below it. */
    public String colour(Double value) {
        if (value == null) {
            return null;
        }
        String c = null;
        for (Band b : bands) {
            if (value >= b.from()) {
                c = b.colour();
            }
        }
        return c;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Band b : bands) {
            if (s.length() > 0) {
                s.append(',');
            }
            s.append(b.from() == Math.rint(b.from()) ? String.valueOf((long) b.from()) : String.valueOf(b.from()))
                    .append(':')
                    .append(b.colour());
        }
        return s.toString();
    }
}
