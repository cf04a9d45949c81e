package com.pathway.clinic;

import java.util.List;

/**
 * What an import stored.
 *
 * @param keys the keys of the leads created, in the file's order
 * @param rejected rows not imported because of errors
 * @param skippedDuplicates valid rows left out as possible duplicates
 */
public record ImportResult(List<String> keys, long rejected, long skippedDuplicates) {

    public ImportResult {
        keys = List.copyOf(keys);
    }

    public int imported() {
        return keys.size();
    }
}
