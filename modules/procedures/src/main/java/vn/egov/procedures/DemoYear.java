package vn.egov.procedures;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import vn.egov.kernel.api.Message;
import vn.egov.kernel.api.WorkingDayCalendar;
import vn.egov.kernel.api.helpers.VietnameseDates;
import vn.egov.procedures.domain.Channel;
import vn.egov.procedures.domain.Desk;
import vn.egov.procedures.domain.Dossier;
import vn.egov.procedures.domain.DossierClock;
import vn.egov.procedures.domain.DossierCode;
import vn.egov.procedures.domain.OnlineLevel;
import vn.egov.procedures.domain.Procedure;

/**
 * The embedded default's generated year of dossiers, so that the indices and the staff pages have
 * something to show: for every working day of the last year up to yesterday, a few dossiers per
 * desk of the demo procedures, received in office hours, their due time from the real clock rules,
 * and an outcome drawn with a fixed seed (mostly on time, some late, some with a supplement, some
 * still in process). Each is marked generated and its summary says so; no figure is typed in: the
 * indices compute them from these rows as from real ones. Nothing is sent to the national portal.
 */
@ApplicationScoped
public class DemoYear {
    @PersistenceContext(unitName = "procedures")
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    Desks desks;

    @Inject
    DossierClocks clocks;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    /** Generates the year; how many dossiers were made. */
    @Transactional
    public int generate(Path namesFile, int perDeskPerDay) {
        Names names = Names.read(namesFile);
        Random random = new Random(20261202L);
        DossierClock dossierClock = clocks.clock();
        List<Procedure> procedures = catalogue.inForce();
        List<Desk> deskRows = desks.all();
        Map<Long, Long> deskOf = new HashMap<>();
        Map<Long, String> identifierOf = new HashMap<>();
        for (Desk d : deskRows) {
            deskOf.put(d.getAgencyId(), d.getDeskId());
            identifierOf.put(d.getDeskId(), d.getIdentifierCode());
        }
        LocalDate today = LocalDate.now(clock.withZone(VietnameseDates.ZONE));
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<String, Integer> numbers = new HashMap<>();
        int made = 0;
        for (LocalDate day = today.minusYears(1); day.isBefore(today); day = day.plusDays(1)) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            for (Procedure p : procedures) {
                // each procedure about once a week per agency in competence, more for the busy ones
                for (Long agency : p.getAgencyIds()) {
                    Long desk = deskOf.get(agency);
                    if (desk == null || random.nextInt(procedures.size()) >= perDeskPerDay) {
                        continue;
                    }
                    String key = identifierOf.get(desk) + DossierCode.day(day);
                    int n = numbers.merge(key, 1, Integer::sum);
                    em.persist(dossier(
                            p,
                            agency,
                            desk,
                            DossierCode.format(identifierOf.get(desk), day, n),
                            day,
                            random,
                            names,
                            dossierClock,
                            now));
                    if (++made % 200 == 0) {
                        em.flush();
                        em.clear();
                    }
                }
            }
        }
        return made;
    }

    private Dossier dossier(
            Procedure p,
            long agency,
            long desk,
            String code,
            LocalDate day,
            Random random,
            Names names,
            DossierClock c,
            OffsetDateTime now) {
        OffsetDateTime received = day.atTime(LocalTime.of(7, 45).plusMinutes(random.nextInt(8 * 60 + 30)))
                .atZone(VietnameseDates.ZONE)
                .toOffsetDateTime();
        Channel channel = p.getOnlineLevel() == OnlineLevel.NONE
                ? Channel.IN_PERSON
                : random.nextInt(100) < 48
                        ? Channel.ONLINE
                        : random.nextInt(100) < 92 ? Channel.IN_PERSON : Channel.POST;
        OffsetDateTime due = c.dueAt(received, p.getDeadlineAmount(), p.getDeadlineUnit());
        int supplements = random.nextInt(100) < 12 ? (random.nextInt(100) < 15 ? 2 : 1) : 0;
        long paused = supplements * (long) (60 + random.nextInt(2 * 570));
        due = c.addWorkingMinutes(due, paused);
        long legal = c.workingMinutesBetween(received, due);
        int outcome = random.nextInt(100);
        // early for most, on the due day for some, a few days late for some
        OffsetDateTime completed = outcome < 74
                ? c.addWorkingMinutes(received, Math.max(30, (long) (legal * (0.25 + random.nextDouble() * 0.55))))
                : outcome < 91
                        ? c.addWorkingMinutes(received, Math.max(30, legal - random.nextInt(300)))
                        : c.addWorkingMinutes(due, 60 + random.nextInt(3 * 570));
        if (completed.isAfter(now)) {
            completed = null;
        }
        OffsetDateTime returned = completed == null || random.nextInt(100) < 6
                ? null
                : c.addWorkingMinutes(completed, random.nextInt(2 * 570));
        if (returned != null && returned.isAfter(now)) {
            returned = null;
        }
        Boolean paidOnline =
                p.getFeeTotal() == 0 ? null : channel == Channel.ONLINE ? random.nextInt(100) < 70 : Boolean.FALSE;
        Short rating = completed != null && random.nextInt(100) < 35
                ? (short) (random.nextInt(100) < 82 ? 4 + random.nextInt(2) : 1 + random.nextInt(3))
                : null;
        String owner = names.any(random);
        String cccd = "027" + (random.nextBoolean() ? "0" : "1")
                + String.format("%02d%06d", 60 + random.nextInt(45), random.nextInt(1_000_000));
        return Dossier.generated(
                p,
                agency,
                desk,
                channel,
                new Dossier.Owner(false, owner, cccd, null, null, null),
                Message.text(Message.VIETNAMESE, ProceduresModule.BUNDLE, "demo.summary", p.getName()),
                new Dossier.History(
                        code,
                        received,
                        due,
                        supplements,
                        paused,
                        completed,
                        returned,
                        completed != null && random.nextInt(100) < 88,
                        channel == Channel.IN_PERSON && random.nextInt(100) < 75
                                ? 1 + random.nextInt(p.getComponents().size())
                                : 0,
                        channel == Channel.ONLINE && random.nextInt(100) < 22 ? 1 : 0,
                        paidOnline,
                        rating));
    }

    /** Family, middle and given names to make owners' names from (config/demo/procedures-demo-names.csv). */
    record Names(String[] family, String[] middle, String[] given) {
        static Names read(Path file) {
            Map<String, String[]> parts = new HashMap<>();
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (CSVRecord r : CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(in)) {
                    parts.put(r.get("part"), r.get("values").split("\\|"));
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + file, e);
            }
            return new Names(parts.get("family"), parts.get("middle"), parts.get("given"));
        }

        String any(Random random) {
            return family[random.nextInt(family.length)] + " " + middle[random.nextInt(middle.length)] + " "
                    + given[random.nextInt(given.length)];
        }
    }
}
