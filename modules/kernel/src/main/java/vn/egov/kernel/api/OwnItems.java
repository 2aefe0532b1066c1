package vn.egov.kernel.api;

import java.util.List;

/**
 * Implemented (as an application-scoped bean) by every module that holds things of a citizen's:
 * the kernel's page {@code /me/} asks each switched-on module and lists all of them newest first.
 */
public interface OwnItems {

    /** The citizen's things this module holds, at most {@code limit} of the most recently changed. */
    List<OwnItem> of(String username, int limit);
}
