package com.pathway.clinic.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.pathway.clinic.ImportColumn;
import com.pathway.clinic.ImportFile;
import com.pathway.clinic.ImportOptions;
import com.pathway.clinic.LeadSource;
import com.pathway.shared.Counts;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;

/** The second step of an import: what each column of the file holds, and how to read its values. */
class ImportMappingForm extends VerticalLayout {

    private final List<Select<ImportColumn>> columns = new ArrayList<>();
    private final Select<LeadSource> defaultSource = new Select<>();
    private final Select<Boolean> dateOrder = new Select<>();

    ImportMappingForm(ImportFile file, List<ImportColumn> guessed) {
        setPadding(false);
        add(new H3("2. Say what each column holds"));
        add(new Paragraph(file.name() + ": " + Counts.of(file.rows().size(), "row")
                + ", separated by " + separator(file.separator()) + ", read as " + file.encoding()
                + ". The columns were guessed from their headers; change any that is wrong."));
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2),
                new FormLayout.ResponsiveStep("56em", 3));
        for (int i = 0; i < file.headers().size(); i++) {
            Select<ImportColumn> select = new Select<>();
            select.setId("column-" + i);
            select.setLabel(file.headers().get(i));
            select.setItems(ImportColumn.values());
            select.setItemLabelGenerator(ImportColumn::label);
            select.setValue(guessed.get(i));
            String sample = file.rows().getFirst().value(i);
            select.setHelperText(sample.isBlank() ? "(empty in the first row)" : "e.g. " + shorten(sample));
            columns.add(select);
            form.add(select);
        }
        defaultSource.setId("default-source");
        defaultSource.setLabel("Source when a row names none");
        defaultSource.setItems(LeadSource.values());
        defaultSource.setItemLabelGenerator(ImportMappingForm::label);
        defaultSource.setValue(LeadSource.OTHER);
        dateOrder.setId("date-order");
        dateOrder.setLabel("Dates such as 04/05/1980 are");
        dateOrder.setItems(false, true);
        dateOrder.setItemLabelGenerator(dayFirst -> dayFirst ? "day first (4 May 1980)" : "month first (April 5, 1980)");
        dateOrder.setValue(false);
        FormLayout options = new FormLayout(defaultSource, dateOrder);
        options.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        add(form, new H3("How to read the values"), options);
    }

    List<ImportColumn> columns() {
        return columns.stream().map(Select::getValue).toList();
    }

    ImportOptions options() {
        return new ImportOptions(defaultSource.getValue(), Boolean.TRUE.equals(dateOrder.getValue()));
    }

    Select<ImportColumn> column(int index) {
        return columns.get(index);
    }

    static String label(LeadSource source) {
        String words = source.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static String separator(char c) {
        return switch (c) {
            case ';' -> "semicolons";
            case '\t' -> "tabs";
            default -> "commas";
        };
    }

    private static String shorten(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
