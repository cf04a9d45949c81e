package com.pathway.clinic;

/**
 * A saved view of the lead list.
 *
 * @param query the list's address query (filters and sort), e.g. {@code status=Contacted&overdue=true}
 */
public record SavedView(long id, String name, String query, long version) {
}
