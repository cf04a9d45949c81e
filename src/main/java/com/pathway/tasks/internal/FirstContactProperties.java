package com.pathway.tasks.internal;

import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which new items get a first-contact call ({@code pathway.tasks.first-contact.*}).
 *
 * @param itemTypes the work item types (the clinic's leads: {@code LEAD})
 * @param creators who must have created the item (the web form's actor {@code web-form}); empty: anyone
 * @param title the call's title
 */
@ConfigurationProperties("pathway.tasks.first-contact")
public record FirstContactProperties(
        @DefaultValue("LEAD") Set<String> itemTypes,
        @DefaultValue("web-form") List<String> creators,
        @DefaultValue("First contact") String title) {
}
