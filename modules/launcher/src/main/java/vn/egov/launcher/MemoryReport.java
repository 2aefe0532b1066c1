package vn.egov.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The memory the platform's processes hold, each one's share: Payara Micro, the launcher's JVM
 * and PostgreSQL's processes (when embedded). Counted as proportional set size (Linux
 * {@code /proc/<pid>/smaps_rollup}): pages shared between processes, such as PostgreSQL's shared
 * buffers, are split between them rather than counted once per process, so the shares add up to
 * what the machine really gives the platform.
 */
public record MemoryReport(Map<String, Long> mebibytes) {

    public static MemoryReport of(ProcessHandle server, ProcessHandle launcher, Optional<ProcessHandle> database) {
        Map<String, Long> shares = new LinkedHashMap<>();
        proportional(Stream.of(server)).ifPresent(m -> shares.put("Payara Micro", m));
        proportional(Stream.of(launcher)).ifPresent(m -> shares.put("launcher", m));
        database.flatMap(db -> proportional(Stream.concat(Stream.of(db), db.descendants())))
                .ifPresent(m -> shares.put("PostgreSQL", m));
        return new MemoryReport(shares);
    }

    public long total() {
        return mebibytes.values().stream().mapToLong(Long::longValue).sum();
    }

    /** "812 MiB (Payara Micro 540, launcher 180, PostgreSQL 92)", or "unknown" where /proc is not there. */
    @Override
    public String toString() {
        if (mebibytes.isEmpty()) {
            return "unknown (no /proc on this system)";
        }
        return total() + " MiB ("
                + mebibytes.entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static Optional<Long> proportional(Stream<ProcessHandle> processes) {
        long kib = 0;
        boolean any = false;
        for (ProcessHandle p : processes.toList()) {
            Optional<Long> pss = pssKib(p.pid());
            if (pss.isPresent()) {
                kib += pss.get();
                any = true;
            }
        }
        return any ? Optional.of(kib / 1024) : Optional.empty();
    }

    static Optional<Long> pssKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "smaps_rollup"))) {
                if (line.startsWith("Pss:")) {
                    return Optional.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux, or the process is gone: no figure rather than a wrong one
        }
        return Optional.empty();
    }
}
