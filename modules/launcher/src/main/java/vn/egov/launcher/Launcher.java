package vn.egov.launcher;

/**
 * The one-command runner ({@code ./mvnw -Prun package}): starts the database and Payara Micro,
 * prints the address, start-up time and resident memory when ready, and stops both on Ctrl-C.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        LaunchSettings settings = LaunchSettings.fromEnvironment();
        System.out.println("[platform] starting: database "
                + settings.externalDb()
                        .map(db -> db.url())
                        .orElse("embedded in " + settings.home().resolve("pgdata"))
                + ", log " + settings.home().resolve("logs/payara.log"));
        Platform platform = Platform.start(settings);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("[platform] stopping...");
                            try {
                                platform.close();
                                System.out.println("[platform] stopped.");
                            } catch (Exception e) {
                                System.err.println("[platform] error while stopping: " + e);
                            }
                        },
                        "platform-stop"));
        ShrinkingHeap.releaseBuildMemory();
        System.out.printf(
                "[platform] ready at %s in %.1f s; memory %s%n",
                platform.url(), platform.startup().toMillis() / 1000.0, platform.memory());
        System.out.println("[platform] public address (platform.publicUrl): " + platform.publicUrl());
        platform.sandbox()
                .ifPresent(sandbox -> System.out.println("[platform] payments go to the SANDBOX gateway at "
                        + sandbox.url() + " (no real money; an external database never uses it)"));
        if (!vn.egov.kernel.api.helpers.NetworkAddresses.reachableFromOutside(platform.publicUrl())) {
            System.out.println(
                    "[platform] WARNING: the public address is reachable only from this machine or network."
                            + " Certificates the signing CA issues name it, for their whole life, as where their revocation lists"
                            + " are published. Set platform.publicUrl (PLATFORM_PUBLICURL) to the address citizens use before signing anything real.");
        }
        platform.firstRunLink()
                .ifPresent(
                        link -> System.out.println(
                                "[platform] FIRST RUN: no administrator yet. Open " + link
                                        + " within 24 hours to create the first administrator (the link works once; it is also in the log)."));
        System.out.println("[platform] press Ctrl-C to stop.");
        int exit = platform.awaitServerExit();
        System.out.println("[platform] Payara Micro exited with code " + exit + "; see " + platform.serverLog());
    }
}
