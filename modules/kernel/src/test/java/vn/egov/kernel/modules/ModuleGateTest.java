package vn.egov.kernel.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.egov.kernel.api.ModuleDescriptor;

class ModuleGateTest {
    private static final ModuleDescriptor FEEDBACK = new ModuleDescriptor() {
        @Override
        public String id() {
            return "feedback";
        }

        @Override
        public String nameVi() {
            return "Phản ánh, kiến nghị";
        }

        @Override
        public String nameEn() {
            return "Feedback";
        }

        @Override
        public int order() {
            return 10;
        }
    };

    @Test
    void blocksEveryAudienceOfASwitchedOffModule() {
        for (String path : List.of(
                "/feedback/new.xhtml",
                "/office/feedback/inbox.xhtml",
                "/admin/feedback/categories.xhtml",
                "/api/v1/feedback/reports")) {
            assertEquals(FEEDBACK, ModuleGate.blockedBy(path, List.of(FEEDBACK)).orElseThrow(), path);
        }
    }

    @Test
    void leavesOtherPathsAndSwitchedOnModulesAlone() {
        assertTrue(
                ModuleGate.blockedBy("/office/index.xhtml", List.of(FEEDBACK)).isEmpty());
        assertTrue(ModuleGate.blockedBy("/feedbackish/x", List.of(FEEDBACK)).isEmpty());
        assertTrue(ModuleGate.blockedBy("/feedback/new.xhtml", List.of()).isEmpty());
    }
}
