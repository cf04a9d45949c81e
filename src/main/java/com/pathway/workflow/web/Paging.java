package com.pathway.workflow.web;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

import com.pathway.shared.Validation;

/** Page requests and answers of the workflow API. */
final class Paging {

    static final int MAX_SIZE = 200;

    private Paging() {
    }

    /** One page of results with the total the database counted. */
    record PageBody<T>(List<T> items, long total, int page, int size) {

        static <T> PageBody<T> of(Page<T> page) {
            return new PageBody<>(page.getContent(), page.getTotalElements(), page.getNumber(), page.getSize());
        }
    }

    static PageRequest request(int page, int size, Sort sort) {
        new Validation()
                .check(page >= 0, "page", "Use a page of 0 or more.")
                .check(size >= 1 && size <= MAX_SIZE, "size", "Use a size between 1 and " + MAX_SIZE + ".")
                .throwIfInvalid();
        return PageRequest.of(page, size, sort);
    }
}
