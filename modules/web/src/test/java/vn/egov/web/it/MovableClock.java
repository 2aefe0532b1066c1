package vn.egov.web.it;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The platform's clock in a test deployment, which a test moves forward instead of sleeping:
 * replaces the kernel's producer for every bean of the deployment.
 */
@Alternative
@Priority(100)
@ApplicationScoped
public class MovableClock {
    /** How far the platform's time is ahead of the real time. */
    private static volatile Duration offset = Duration.ZERO;

    @Produces
    Clock clock() {
        return new Moving(ZoneId.systemDefault());
    }

    /** Moves the platform's time forward. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    private static final class Moving extends Clock implements java.io.Serializable {
        private static final long serialVersionUID = 1L;
        private final ZoneId zone;

        Moving(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new Moving(other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset);
        }
    }
}
