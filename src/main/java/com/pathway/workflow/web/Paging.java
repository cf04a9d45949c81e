package com.pathway.workflow.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Page requests and answers of the workflow API. */
final class Paging {

    private Paging() {
    }

    /** One page of results with the total the database counted. */
    record PageBody<T>(List<T> items, long total, int page, int size) {

        static <T> PageBody<T> of(Page<T> page) {
            return new PageBody<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
        }
    }

    /** {@code page} and {@code size} were checked before the controller ran (shared.web.PagingParameters). */
    static PageRequest request(int page, int size, Sort sort) {
        return PageRequest.of(page, size, sort);
    }
}
