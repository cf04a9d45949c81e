package com.pathway.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The one bound on how far a page may reach. */
class PageBoundsTest {

    @Test
    void aPageThatSkipsAtMostTenMillionRowsIsServed() {
        assertThatNoException().isThrownBy(() -> PageBounds.check(PageRequest.of(50_000, 200)));
        assertThatNoException().isThrownBy(() -> PageBounds.check(Pageable.unpaged()));
        assertThatNoException().isThrownBy(() -> PageBounds.checkRequest(0, 1));
    }

    @Test
    void aPageThatSkipsMoreIsRefusedByName() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> PageBounds.check(PageRequest.of(50_001, 200)));

        assertThat(refused.fieldErrors()).containsOnlyKeys("page");
        assertThat(refused.fieldErrors().get("page")).startsWith("Use a page of at most 50,000 with a size of 200");
    }

    @Test
    void aRequestNamesEveryBadParameterAtOnceWithoutOverflowing() {
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PageBounds.checkRequest(-1, 500)).fieldErrors()).containsOnlyKeys("page", "size");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PageBounds.checkRequest(3, 0)).fieldErrors()).containsOnlyKeys("size");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PageBounds.checkRequest(Long.MAX_VALUE, 200)).fieldErrors()).containsOnlyKeys("page");
        assertThat(catchThrowableOfType(InvalidInputException.class,
                () -> PageBounds.checkRequest(99_999_999, 50)).fieldErrors()).containsOnlyKeys("page");
    }
}
