package vn.egov.indices.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sum of named figures and numbers, e.g. {@code dossiers.early + dossiers.on_time -
 * dossiers.on_time_with_second_supplement}: the numerator or denominator of an indicator. The word
 * {@code entered} stands for a value entered by people with evidence, per unit and period.
 */
public record FigureExpression(List<Term> terms) {
    /** The value entered with evidence for the indicator, unit and period. */
    public static final String ENTERED = "entered";

    private static final Pattern TOKEN =
            Pattern.compile("\\s*([+-])?\\s*([a-z][a-z0-9_]*(?:\\.[a-z0-9_]+)?|\\d+(?:\\.\\d+)?)\\s*");

    /** One figure or number, added or subtracted. */
    public record Term(boolean minus, String name, double number) {
        public boolean isNumber() {
            return name == null;
        }

        @Override
        public String toString() {
            return (minus ? "- " : "+ ") + (name == null ? String.valueOf(number) : name);
        }
    }

    /** Reads an expression; a blank text is an empty expression. Throws IllegalArgumentException saying where it fails. */
    public static FigureExpression parse(String text) {
        List<Term> terms = new ArrayList<>();
        String s = text == null ? "" : text.trim();
        if (s.isEmpty()) {
            return new FigureExpression(List.of());
        }
        Matcher m = TOKEN.matcher(s);
        int at = 0;
        while (at < s.length()) {
            if (!m.find(at) || m.start() != at) {
                throw new IllegalArgumentException("Cannot read the expression from \"" + s.substring(at) + "\"");
            }
            if (!terms.isEmpty() && m.group(1) == null) {
                throw new IllegalArgumentException("A + or - is missing before \"" + m.group(2) + "\"");
            }
            boolean minus = "-".equals(m.group(1));
            String token = m.group(2);
            if (Character.isDigit(token.charAt(0))) {
                terms.add(new Term(minus, null, Double.parseDouble(token)));
            } else {
                terms.add(new Term(minus, token, 0));
            }
            at = m.end();
        }
        return new FigureExpression(List.copyOf(terms));
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether the expression is the value entered with evidence. */
    public boolean isEntered() {
        return terms.size() == 1 && ENTERED.equals(terms.get(0).name());
    }

    /** The figure names it reads. */
    public List<String> names() {
        return terms.stream().filter(t -> !t.isNumber()).map(Term::name).toList();
    }

    /** The sum, reading each figure with {@code figure} (a figure it does not know counts 0); null when empty. */
    public Double evaluate(Function<String, Double> figure) {
        if (terms.isEmpty()) {
            return null;
        }
        double sum = 0;
        for (Term t : terms) {
            Double v = t.isNumber() ? Double.valueOf(t.number()) : figure.apply(t.name());
            double x = v == null ? 0 : v;
            sum += t.minus() ? -x : x;
        }
        return sum;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Term t : terms) {
            if (b.length() == 0) {
                b.append(t.minus() ? "-" : "").append(t.isNumber() ? number(t.number()) : t.name());
            } else {
                b.append(t.minus() ? " - " : " + ").append(t.isNumber() ? number(t.number()) : t.name());
            }
        }
        return b.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
