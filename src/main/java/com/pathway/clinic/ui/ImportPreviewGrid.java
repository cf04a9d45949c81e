package com.pathway.clinic.ui;

import com.pathway.clinic.ImportPreview;
import com.pathway.clinic.LeadForm;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

/** The rows of an import as checked: ready, with errors, or possibly a duplicate. */
class ImportPreviewGrid extends Grid<ImportPreview.Row> {

    ImportPreviewGrid(ImportPreview preview) {
        super(ImportPreview.Row.class, false);
        setId("import-preview");
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addColumn(ImportPreview.Row::number).setHeader("Row").setWidth("4.5rem").setFlexGrow(0);
        addComponentColumn(ImportPreviewGrid::badge).setHeader("Result").setWidth("11rem").setFlexGrow(0);
        addColumn(row -> name(shown(row))).setHeader("Name").setFlexGrow(1);
        addColumn(row -> contact(shown(row))).setHeader("Contact").setFlexGrow(1)
                .setTooltipGenerator(row -> contact(shown(row)));
        addColumn(ImportPreviewGrid::details).setHeader("Details").setFlexGrow(3)
                .setTooltipGenerator(ImportPreviewGrid::details);
        setItems(preview.rows());
        setAllRowsVisible(preview.rows().size() <= 8);
        if (preview.rows().size() > 8) {
            setHeight("24rem");
        }
    }

    static String details(ImportPreview.Row row) {
        if (!row.valid()) {
            return String.join(" ", row.errors());
        }
        return row.possibleDuplicate() ? row.duplicateNote() : "Ready to import";
    }

    private static Span badge(ImportPreview.Row row) {
        Span badge = new Span(!row.valid() ? "Error" : row.possibleDuplicate() ? "Possible duplicate" : "Ready");
        badge.getElement().getThemeList().add("badge pill small");
        badge.getElement().getThemeList().add(!row.valid() ? "error" : row.possibleDuplicate() ? "contrast" : "success");
        return badge;
    }

    /** The checked form when the row is valid (phones in E.164), otherwise what the row says. */
    private static LeadForm shown(ImportPreview.Row row) {
        return row.form() != null ? row.form() : row.written();
    }

    private static String name(LeadForm form) {
        String last = blankToEmpty(form.lastName());
        String first = blankToEmpty(form.firstName());
        return last.isEmpty() || first.isEmpty() ? last + first : last + ", " + first;
    }

    private static String contact(LeadForm form) {
        String phone = blankToEmpty(form.phone());
        String email = blankToEmpty(form.email());
        return phone.isEmpty() || email.isEmpty() ? phone + email : phone + " · " + email;
    }

    private static String blankToEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
