package com.pathway.demo.internal;

import java.util.List;

/**
 * Where generated leads go: the clinic project (its id, key and the first free item number, read
 * under the project's row lock), the published definition they follow and the referrers' ids in
 * the order of {@link Referrers#ALL}.
 */
record Target(long projectId, String projectKey, long firstNumber, long definitionId, WorkflowPaths paths,
        List<Long> referrerIds, int referrersCreated) {
}
