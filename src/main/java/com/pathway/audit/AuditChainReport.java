package com.pathway.audit;

/**
 * What a check of the audit trail's hash chain found.
 *
 * @param intact whether every chained entry is there, unchanged and in order
 * @param checked how many chained entries were checked
 * @param brokenAt the id of the first entry where the chain breaks, or {@code null}
 * @param problem what is wrong there, in words for an administrator, or {@code null}
 */
public record AuditChainReport(boolean intact, long checked, Long brokenAt, String problem) {

    public static AuditChainReport intact(long checked) {
        return new AuditChainReport(true, checked, null, null);
    }

    public static AuditChainReport broken(long checked, Long at, String problem) {
        return new AuditChainReport(false, checked, at, problem);
    }

    /** One line for the banner and the command. */
    public String summary() {
        if (intact) {
            return "The audit trail is intact: " + checked + (checked == 1 ? " chained entry" : " chained entries")
                    + " checked.";
        }
        return "The audit trail has been tampered with: " + problem;
    }
}
