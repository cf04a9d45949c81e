package com.pathway.clinic.outcomes.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.pathway.clinic.outcomes.Instrument;
import com.pathway.clinic.outcomes.MeasureView;
import com.pathway.clinic.outcomes.NewMeasure;
import com.pathway.clinic.outcomes.OutcomeService;
import com.pathway.shared.InvalidInputException;
import com.pathway.shared.NotFoundException;
import com.pathway.shared.ui.DialogKeys;
import com.pathway.shared.ui.InlineAlert;
import com.pathway.shared.ui.Notifications;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

/**
 * Entering a questionnaire: every item with its published wording and answer scale, the running total,
 * and Save. A missing answer is refused by the service and named in the dialog, next to the item.
 */
class MeasureDialog extends Dialog {

    private final OutcomeService outcomes;
    private final String key;
    private final Instrument instrument;
    private final Consumer<MeasureView> onSaved;
    private final List<RadioButtonGroup<Integer>> items = new ArrayList<>();
    private final Span total = new Span();
    private final InlineAlert refusal = new InlineAlert();

    MeasureDialog(OutcomeService outcomes, String key, Instrument instrument, Consumer<MeasureView> onSaved) {
        this.outcomes = outcomes;
        this.key = key;
        this.instrument = instrument;
        this.onSaved = onSaved;
        setHeaderTitle("Record " + instrument.label() + " for " + key);
        setId("measure-dialog");
        setWidth("min(52rem, 95vw)");
        Div body = new Div(new Paragraph(instrument.stem()));
        for (int i = 0; i < instrument.items().size(); i++) {
            RadioButtonGroup<Integer> group = new RadioButtonGroup<>((i + 1) + ". " + instrument.items().get(i));
            List<Integer> scores = new ArrayList<>();
            for (int s = 0; s <= instrument.maxPerItem(); s++) {
                scores.add(s);
            }
            group.setItems(scores);
            group.setItemLabelGenerator(s -> instrument.scale().get(s) + " (" + s + ")");
            group.setId("measure-item-" + (i + 1));
            group.addValueChangeListener(e -> showTotal());
            group.addClassName("measure-item");
            items.add(group);
            body.add(group);
        }
        total.setId("measure-total");
        refusal.setId("measure-refusal");
        showTotal();
        body.add(refusal);
        add(body);
        Button save = new Button("Save", e -> save());
        save.setId("measure-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button("Cancel", e -> close());
        getFooter().add(total, cancel, save);
        DialogKeys.submitOnEnter(this, null, save);
    }

    private void showTotal() {
        long answered = items.stream().filter(g -> g.getValue() != null).count();
        int sum = items.stream().filter(g -> g.getValue() != null).mapToInt(RadioButtonGroup::getValue).sum();
        total.setText("Total so far " + sum + " of " + instrument.maxTotal() + " (" + answered + " of "
                + items.size() + " answered)");
    }

    private void save() {
        refusal.clear();
        items.forEach(g -> g.setInvalid(false));
        List<Integer> answers = items.stream().map(RadioButtonGroup::getValue).toList();
        try {
            MeasureView saved = outcomes.record(key, new NewMeasure(instrument.name(), new ArrayList<>(answers)));
            Notifications.success(instrument.label() + " recorded for " + key + ".");
            close();
            onSaved.accept(saved);
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach((field, message) -> {
                if (field.startsWith("answers[")) {
                    RadioButtonGroup<Integer> g = items.get(Integer.parseInt(field.substring(8, field.length() - 1)));
                    g.setInvalid(true);
                    g.setErrorMessage(message);
                }
            });
            refusal.show("The " + instrument.label() + " was not recorded.", List.copyOf(e.fieldErrors().values()));
        } catch (NotFoundException e) {
            refusal.show(e.getMessage());
        }
    }
}
