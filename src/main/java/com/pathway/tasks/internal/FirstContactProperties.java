package com.pathway.tasks.internal;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Which new items get a first-contact call ({@code pathway.tasks.first-contact.*}).
 *
 * @param itemTypes the work item types (the clinic's leads: {@code LEAD})
 * @param creators who must have created the item (the web form's actor {@code web-form}); empty: anyone
 * @param title the call's title, checked at start as a task's title is (1 to 200 characters): the call is written in
 *        the inquiry's transaction, so a title no task may have would refuse every web inquiry
 */
@Validated
@ConfigurationProperties("pathway.tasks.first-contact")
public record FirstContactProperties(
        @DefaultValue("LEAD") Set<String> itemTypes,
        @DefaultValue("web-form") List<String> creators,
        @DefaultValue("First contact") @NotBlank @Size(max = 200) String title) {
}
