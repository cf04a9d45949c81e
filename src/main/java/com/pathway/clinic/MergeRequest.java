package com.pathway.clinic;

import java.util.Set;

/**
 * Merge {@code duplicateKey} into {@code survivorKey}. The survivor keeps its own values except the
 * fields named in {@code takeFromDuplicate}, which take the duplicate's. The versions are those the
 * user saw; a lead saved since is refused as stale.
 */
public record MergeRequest(String survivorKey, long survivorVersion, String duplicateKey, long duplicateVersion,
        Set<String> takeFromDuplicate) {

    public MergeRequest {
        takeFromDuplicate = takeFromDuplicate == null ? Set.of() : Set.copyOf(takeFromDuplicate);
    }
}
