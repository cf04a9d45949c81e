package com.pathway.tasks;

/** How many of one's open tasks are overdue and due later today, and unread notices: the navigation's badges. */
public record WorkCounts(long overdue, long dueToday, long unreadNotices) {

    public long attention() {
        return overdue + dueToday;
    }
}
