package vn.egov.procedures.web;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import vn.egov.kernel.api.Attachments;
import vn.egov.kernel.api.FieldErrors;
import vn.egov.kernel.api.Message;
import vn.egov.procedures.ProceduresModule;

/** A file posted from a page, stored through the kernel's attachments (which check its size and type). */
final class Uploads {
    private Uploads() {}

    static UUID store(Attachments attachments, Part part) {
        String name = part.getSubmittedFileName() == null ? "tep" : part.getSubmittedFileName();
        try (InputStream in = part.getInputStream()) {
            return attachments.store(name, in.readAllBytes()).id();
        } catch (IOException e) {
            throw FieldErrors.of("file", Message.of(ProceduresModule.BUNDLE, "submit.uploadFailed"));
        }
    }

    static boolean present(Part part) {
        return part != null && part.getSize() > 0;
    }
}
