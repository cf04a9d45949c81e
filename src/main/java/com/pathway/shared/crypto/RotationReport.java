package com.pathway.shared.crypto;

import java.util.Map;

/**
 * What a key rotation did, per column (purpose label).
 *
 * @param currentKey the key every rewritten value now names
 */
public record RotationReport(String currentKey, Map<String, Counts> columns) {

    /**
     * @param encrypted plain values from before encryption, now encrypted
     * @param reencrypted values of an older key, now under the current one
     * @param changedMeanwhile values the application rewrote while the rotation ran (already current)
     * @param failed values that could not be decrypted and were left as they are
     */
    public record Counts(int encrypted, int reencrypted, int changedMeanwhile, int failed) {

        @Override
        public String toString() {
            return "encrypted=" + encrypted + " reencrypted=" + reencrypted + " changed-meanwhile=" + changedMeanwhile
                    + " failed=" + failed;
        }
    }

    /** Whether every value is now readable and under the current key. */
    public boolean complete() {
        return columns.values().stream().allMatch(c -> c.failed() == 0);
    }

    public int total(java.util.function.ToIntFunction<Counts> count) {
        return columns.values().stream().mapToInt(count).sum();
    }

    /** One line per column, then the totals. */
    public String summary() {
        StringBuilder out = new StringBuilder("Encryption at rest: every encrypted column now uses key '")
                .append(currentKey).append("'\n");
        columns.forEach((column, c) -> out.append("  ").append(column).append(": ").append(c).append('\n'));
        out.append("  total: encrypted=").append(total(Counts::encrypted)).append(" reencrypted=")
                .append(total(Counts::reencrypted)).append(" changed-meanwhile=").append(total(Counts::changedMeanwhile))
                .append(" failed=").append(total(Counts::failed));
        return out.toString();
    }
}
