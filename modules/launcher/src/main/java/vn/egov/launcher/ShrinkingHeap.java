package vn.egov.launcher;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;

/**
 * The launcher runs inside the JVM that just built the project ({@code ./mvnw -Prun package}),
 * whose heap grew to several hundred MiB for compiling and packaging. Once the platform is up,
 * that memory is given back to the system and kept small: the heap may keep at most 20 % free
 * after a collection, and an idle JVM collects every minute (both flags are manageable at run
 * time on HotSpot).
 */
final class ShrinkingHeap {
    private ShrinkingHeap() {}

    static void releaseBuildMemory() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            vm.setVMOption("MinHeapFreeRatio", "5");
            vm.setVMOption("MaxHeapFreeRatio", "20");
            if (vm.getVMOption("UseG1GC").getValue().equals("true")) {
                vm.setVMOption("G1PeriodicGCInterval", "60000");
            }
        } catch (RuntimeException notHotSpot) {
            // another JVM: collect anyway, it may give memory back too
        }
        System.gc();
        try {
            Thread.sleep(2000); // G1 gives the freed memory back concurrently, after the collection
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
