package vn.egov.signing.api;

import java.util.Optional;

/**
 * Long-term signed documents (PAdES B-LTA) the signing module keeps and renews: a signature or
 * seal of a kind listed in {@code signing.archive.documentKinds} is archived, and its
 * {@code archiveId} fetches the newest version, with every document time-stamp added since.
 */
public interface DocumentArchive {

    /** The newest version of an archived document, or empty when there is none with that id. */
    Optional<byte[]> latest(long archiveId);
}
