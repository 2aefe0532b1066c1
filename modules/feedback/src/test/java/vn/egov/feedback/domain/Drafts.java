package vn.egov.feedback.domain;

import java.util.List;

/** Sample drafts for the tests. */
final class Drafts {
    private Drafts() {}

    static ReportDraft pothole() {
        return new ReportDraft(
                "GIAO_THONG",
                "Ổ gà trên đường Lý Thái Tổ",
                "Đoạn đường trước số 25 Lý Thái Tổ có ổ gà sâu, xe máy đi qua rất nguy hiểm vào buổi tối.",
                "25 Lý Thái Tổ",
                7L,
                21.1861,
                106.0763,
                false,
                "Nguyễn Thị Hoa",
                "0912 345 678",
                null,
                true,
                List.of());
    }
}
