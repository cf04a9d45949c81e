package com.pathway.audit;

/**
 * What a check of the audit trail's hash chain found.
 *
 * @param intact whether every chained entry is there, unchanged and in order, and every other entry since the
 *        chain began is waiting for its link
 * @param checked how many chained entries were checked
 * @param brokenAt the id of the first entry where the chain breaks, or {@code null}
 * @param problem what is wrong there, in words for an administrator, or {@code null}
 * @param waiting how many entries were written moments ago and not yet linked into the chain
 */
public record AuditChainReport(boolean intact, long checked, Long brokenAt, String problem, long waiting) {

    public static AuditChainReport intact(long checked, long waiting) {
        return new AuditChainReport(true, checked, null, null, waiting);
    }

    public static AuditChainReport broken(long checked, Long at, String problem) {
        return new AuditChainReport(false, checked, at, problem, 0);
    }

    /** One line for the banner and the command. */
    public String summary() {
        if (intact) {
            return "The audit trail is intact: " + checked + (checked == 1 ? " chained entry" : " chained entries")
                    + " checked." + (waiting == 0 ? "" : " " + waiting + (waiting == 1 ? " entry" : " entries")
                    + " written moments ago " + (waiting == 1 ? "waits" : "wait") + " for its link.");
        }
        return "The audit trail has been tampered with: " + problem;
    }
}
