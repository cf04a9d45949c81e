package com.pathway.clinic;

import java.util.Set;

/**
 * Merge {@code duplicateKey} into {@code survivorKey}. Each field keeps the survivor's value, or takes
 * the duplicate's where the survivor has none; fields named in {@code takeFromDuplicate} take the
 * duplicate's value, and fields named in {@code empty} are emptied. Nothing is emptied unless named
 * there, and consents are never emptied: a grant on either lead is kept. The versions are those the
 * user saw; a lead saved since is refused as stale.
 */
public record MergeRequest(String survivorKey, long survivorVersion, String duplicateKey, long duplicateVersion,
        Set<String> takeFromDuplicate, Set<String> empty) {

    public MergeRequest {
        takeFromDuplicate = takeFromDuplicate == null ? Set.of() : Set.copyOf(takeFromDuplicate);
        empty = empty == null ? Set.of() : Set.copyOf(empty);
    }

    /** A merge that empties nothing. */
    public MergeRequest(String survivorKey, long survivorVersion, String duplicateKey, long duplicateVersion,
            Set<String> takeFromDuplicate) {
        this(survivorKey, survivorVersion, duplicateKey, duplicateVersion, takeFromDuplicate, Set.of());
    }
}
