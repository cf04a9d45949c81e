package com.pathway.clinic;

import java.util.List;

/**
 * One page of the lead list read by position: its leads and the token of the next page, null on the last
 * page. Counting is a separate call ({@link LeadService#count}).
 */
public record LeadPage(List<LeadSummary> items, String nextPageToken) {

    public boolean isLast() {
        return nextPageToken == null;
    }
}
