package vn.egov.procedures;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.procedures.domain.DeadlineUnit;
import vn.egov.procedures.domain.FeeTiming;
import vn.egov.procedures.domain.InputType;
import vn.egov.procedures.domain.OnlineLevel;
import vn.egov.procedures.domain.PartKind;
import vn.egov.procedures.domain.Procedure;
import vn.egov.procedures.domain.ProcedurePart;
import vn.egov.procedures.domain.Tier;

/**
 * The catalogue as CSV (UTF-8, header line), one procedure per row; the lists inside a cell are
 * separated by {@code |} and the values of one item by {@code ;}:
 *
 * <pre>
 * code,name,field_code,field_name,tier,online_level,deadline,deadline_unit,fee_timing,agencies,
 * result_kind,sealed_copy,legal_basis,where_to_submit,components,fees,fields,steps,effective_from
 * sealed_copy: y when the result is also issued as a copy sealed by the agency (optional column, n)
 * components: name;originals;certified copies;copies;template file;reusable (y/n);required (y/n)
 * fees:       fee code;name;FEE or CHARGE;amount in VND
 * fields:     key;label;TEXT, TEXTAREA, DATE or NUMBER;required (y/n)
 * steps:      name;OFFICER or LEADER;agency code (empty: the deciding agency);share of the deadline in %
 * agencies:   organisation unit codes, e.g. BN-SXD|BN-KB-UBND
 * </pre>
 */
public final class CatalogueCsv {
    static final String[] HEADER = {
        "code",
        "name",
        "field_code",
        "field_name",
        "tier",
        "online_level",
        "deadline",
        "deadline_unit",
        "fee_timing",
        "agencies",
        "result_kind",
        "sealed_copy",
        "legal_basis",
        "where_to_submit",
        "components",
        "fees",
        "fields",
        "steps",
        "effective_from"
    };

    private CatalogueCsv() {}

    /** A parsed row: what {@link Catalogue#publish} takes. */
    public record Row(
            Procedure.Facts facts, List<Long> agencyIds, List<ProcedurePart> parts, LocalDate effectiveFrom) {}

    /**
     * Reads every row or refuses the file (field "file") naming the first bad line.
     *
     * @param agencyByCode an organisation unit's id by its code, null when unknown
     */
    public static List<Row> read(Reader in, Function<String, Long> agencyByCode, LocalDate defaultFrom) {
        List<Row> rows = new ArrayList<>();
        try {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .setTrim(true)
                    .get()
                    .parse(in)) {
                try {
                    rows.add(row(r, agencyByCode, defaultFrom));
                } catch (IllegalArgumentException | DateTimeParseException e) {
                    throw FieldErrors.of(
                            "file",
                            Message.of(
                                    ProceduresModule.BUNDLE,
                                    "refusal.catalogue.csvLine",
                                    r.getRecordNumber() + 1,
                                    e.getMessage()));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw FieldErrors.of("file", Message.of(ProceduresModule.BUNDLE, "refusal.catalogue.csvUnreadable"));
        }
        return rows;
    }

    private static Row row(CSVRecord r, Function<String, Long> agencyByCode, LocalDate defaultFrom) {
        Procedure.Facts facts = new Procedure.Facts(
                r.get("code"),
                r.get("name"),
                r.get("field_code"),
                r.get("field_name"),
                Tier.valueOf(r.get("tier")),
                OnlineLevel.valueOf(r.get("online_level")),
                Integer.parseInt(r.get("deadline")),
                DeadlineUnit.valueOf(r.get("deadline_unit")),
                FeeTiming.valueOf(r.get("fee_timing")),
                r.get("result_kind"),
                r.get("legal_basis"),
                r.get("where_to_submit"),
                r.isMapped("sealed_copy") && yes(r.get("sealed_copy")));
        List<Long> agencies = new ArrayList<>();
        for (String code : items(r.get("agencies"))) {
            Long id = agencyByCode.apply(code);
            if (id == null) {
                throw new IllegalArgumentException("unknown agency " + code);
            }
            agencies.add(id);
        }
        List<ProcedurePart> parts = new ArrayList<>();
        parts.addAll(components(r.get("components")));
        parts.addAll(fees(r.get("fees")));
        parts.addAll(fields(r.get("fields")));
        parts.addAll(steps(r.get("steps")));
        String from = r.get("effective_from");
        return new Row(facts, agencies, parts, from.isBlank() ? defaultFrom : LocalDate.parse(from));
    }

    /** Components, one per item: name;originals;certified copies;copies;template file;reusable;required. */
    public static List<ProcedurePart> components(String items) {
        List<ProcedurePart> parts = new ArrayList<>();
        for (String item : items(items)) {
            String[] v = values(item, 7);
            parts.add(ProcedurePart.component(
                    v[0], num(v[1]), num(v[2]), num(v[3]), v[4].isBlank() ? null : v[4], yes(v[5]), yes(v[6])));
        }
        return parts;
    }

    /** Fee lines, one per item: fee code;name;FEE or CHARGE;amount in VND. */
    public static List<ProcedurePart> fees(String items) {
        List<ProcedurePart> parts = new ArrayList<>();
        for (String item : items(items)) {
            String[] v = values(item, 4);
            if (!v[2].equals("FEE") && !v[2].equals("CHARGE")) {
                throw new IllegalArgumentException("fee kind " + v[2]);
            }
            parts.add(ProcedurePart.fee(v[0], v[1], v[2], Long.parseLong(v[3])));
        }
        return parts;
    }

    /** Form fields, one per item: key;label;TEXT, TEXTAREA, DATE or NUMBER;required. */
    public static List<ProcedurePart> fields(String items) {
        List<ProcedurePart> parts = new ArrayList<>();
        for (String item : items(items)) {
            String[] v = values(item, 4);
            parts.add(ProcedurePart.field(v[0], v[1], InputType.valueOf(v[2]), yes(v[3])));
        }
        return parts;
    }

    /** Processing steps, one per item: name;OFFICER or LEADER;agency code or empty;share in %. */
    public static List<ProcedurePart> steps(String items) {
        List<ProcedurePart> parts = new ArrayList<>();
        for (String item : items(items)) {
            String[] v = values(item, 4);
            if (!v[1].equals("OFFICER") && !v[1].equals("LEADER")) {
                throw new IllegalArgumentException("step role " + v[1]);
            }
            parts.add(ProcedurePart.step(v[0], v[1], v[2].isBlank() ? null : v[2], num(v[3])));
        }
        return parts;
    }

    /** A list's items as the admin's editor shows them, one per line. */
    public static String lines(List<ProcedurePart> parts, PartKind kind) {
        return String.join("\n", parts.stream().map(item(kind)).toList());
    }

    /** The items of a list: separated by {@code |} in a CSV cell, or one per line in the admin's editor. */
    private static List<String> items(String cell) {
        List<String> items = new ArrayList<>();
        for (String s : (cell == null ? "" : cell).split("\\||\\R")) {
            if (!s.isBlank()) {
                items.add(s.strip());
            }
        }
        return items;
    }

    private static String[] values(String item, int count) {
        String[] v = item.split(";", -1);
        if (v.length != count) {
            throw new IllegalArgumentException("'" + item + "' needs " + count + " values separated by ;");
        }
        for (int i = 0; i < v.length; i++) {
            v[i] = v[i].strip();
        }
        return v;
    }

    private static int num(String s) {
        return s.isBlank() ? 0 : Integer.parseInt(s);
    }

    private static boolean yes(String s) {
        return s.equalsIgnoreCase("y");
    }

    /** The procedures given, in the format {@link #read} takes. */
    public static String write(List<Procedure> procedures, LongFunction<String> agencyCode) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (Procedure p : procedures) {
                csv.printRecord(
                        p.getCode(),
                        p.getName(),
                        p.getFieldCode(),
                        p.getFieldName(),
                        p.getTier(),
                        p.getOnlineLevel(),
                        p.getDeadlineAmount(),
                        p.getDeadlineUnit(),
                        p.getFeeTiming(),
                        String.join(
                                "|",
                                p.getAgencyIds().stream().map(agencyCode::apply).toList()),
                        p.getResultKind(),
                        p.isSealedCopy() ? "y" : "n",
                        p.getLegalBasis(),
                        p.getWhereToSubmit(),
                        join(p.getComponents(), PartKind.COMPONENT),
                        join(p.getFees(), PartKind.FEE),
                        join(p.getFields(), PartKind.FIELD),
                        join(p.getSteps(), PartKind.STEP),
                        p.getEffectiveFrom());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String join(List<ProcedurePart> parts, PartKind kind) {
        return String.join("|", parts.stream().map(item(kind)).toList());
    }

    /** One item in the format its list is read in. */
    private static Function<ProcedurePart, String> item(PartKind kind) {
        switch (kind) {
            case COMPONENT:
                return c -> String.join(
                        ";",
                        c.getName(),
                        "" + c.getOriginals(),
                        "" + c.getCertified(),
                        "" + c.getCopies(),
                        c.getTemplateName() == null ? "" : c.getTemplateName(),
                        c.isReusable() ? "y" : "n",
                        c.isRequired() ? "y" : "n");
            case FEE:
                return f -> String.join(";", f.getFeeCode(), f.getName(), f.getFeeKind(), "" + f.getAmount());
            case FIELD:
                return f -> String.join(
                        ";", f.getFieldKey(), f.getName(), f.getInputType().name(), f.isRequired() ? "y" : "n");
            default:
                return st -> String.join(
                        ";",
                        st.getName(),
                        st.getRole(),
                        st.getAgencyCode() == null ? "" : st.getAgencyCode(),
                        "" + st.getSharePercent());
        }
    }
}
