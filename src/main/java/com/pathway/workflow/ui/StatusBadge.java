package com.pathway.workflow.ui;

import java.util.Locale;

import com.pathway.workflow.StatusCategory;
import com.pathway.workflow.WorkItemView;
import com.vaadin.flow.component.html.Span;

/** How item views show a status: a badge coloured by its category. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span status(WorkItemView item) {
        Span badge = new Span(item.status());
        badge.addClassName("status-badge");
        badge.getElement().getThemeList().add("badge pill small");
        StatusCategory category = item.category();
        if (category == StatusCategory.DONE) {
            badge.getElement().getThemeList().add("success");
        } else if (category == StatusCategory.TODO) {
            badge.getElement().getThemeList().add("contrast");
        }
        badge.setTitle(category == null ? "" : DefinitionEditor.categoryLabel(category.name()));
        badge.getElement().setAttribute("data-category", category == null ? "" : category.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
