package com.pathway.clinic.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The lead list's columns as the address writes them: order, what is shown, widths. */
class LeadColumnsTest {

    @Test
    void noParameterMeansTheDefaultColumnsAndTheyWriteNoParameter() {
        LeadColumns columns = LeadColumns.parse(null);
        assertThat(columns).isEqualTo(LeadColumns.defaults());
        assertThat(columns.toParameter()).isNull();
        assertThat(columns.isShown("email")).isFalse();
        assertThat(columns.order()).startsWith("key", "lastName", "status").endsWith("email", "condition", "source", "createdAt");
    }

    @Test
    void readsOrderAndWidthsAndLeavesOutWhatItCannotRead() {
        LeadColumns columns = LeadColumns.parse("phone, lastName:240px,ssn,status:wide,phone,createdAt:12.5rem");
        assertThat(columns.shown()).extracting(LeadColumns.Shown::key)
                .containsExactly("key", "phone", "lastName", "status", "createdAt");
        assertThat(columns.width("lastName")).isEqualTo("240px");
        assertThat(columns.width("status")).as("not a width").isNull();
        assertThat(columns.width("createdAt")).isEqualTo("12.5rem");
        assertThat(columns.toParameter()).isEqualTo("key,phone,lastName:240px,status,createdAt:12.5rem");
        assertThat(LeadColumns.parse("ssn,,")).isEqualTo(LeadColumns.defaults());
    }

    @Test
    void hidingShowingMovingAndResizingKeepTheKey() {
        LeadColumns columns = LeadColumns.parse("key,lastName,status")
                .toggled("status", false)
                .toggled("phone", true)
                .toggled("key", false)
                .reordered(List.of("phone", "email", "key", "lastName"))
                .resized("lastName", "300px")
                .resized("phone", "javascript:alert(1)");
        assertThat(columns.toParameter()).isEqualTo("phone,key,lastName:300px");
        assertThat(columns.isShown("key")).isTrue();
        assertThat(columns.isShown("status")).isFalse();
    }
}
