package vn.egov.web.it;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import vn.egov.feedback.api.ReportAnswered;

/** A module of the test deployment listening, as procedures or indices will, to facts told after commit. */
@ApplicationScoped
public class ObservedFacts {
    private final List<ReportAnswered> answers = new CopyOnWriteArrayList<>();

    void answered(@Observes(during = TransactionPhase.AFTER_SUCCESS) ReportAnswered fact) {
        answers.add(fact);
    }

    public List<ReportAnswered> answers() {
        return List.copyOf(answers);
    }
}
