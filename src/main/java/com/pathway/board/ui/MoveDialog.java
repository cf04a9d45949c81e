package com.pathway.board.ui;

import java.util.List;
import java.util.function.Consumer;

import com.pathway.board.BoardConfig;
import com.pathway.shared.ui.PageDialogs;
import com.pathway.workflow.AvailableTransition;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * "Move to…": the transitions the viewer may run on a card now, each naming where it leads (status
 * and column), or, after a drop on a column that several transitions lead to, just those. Choosing one
 * runs it as a drop would.
 */
class MoveDialog extends Dialog {

    MoveDialog(String key, String title, List<AvailableTransition> transitions, BoardConfig board,
            Consumer<AvailableTransition> chosen) {
        setId("move-dialog");
        setHeaderTitle(title);
        VerticalLayout options = new VerticalLayout();
        options.setPadding(false);
        options.setSpacing(false);
        if (transitions.isEmpty()) {
            options.add(new Paragraph("No move of " + key + " is open to you now."));
        }
        boolean first = true;
        for (AvailableTransition t : transitions) {
            String column = board.columnOf(t.to()).map(i -> board.columns().get(i).name()).orElse(t.to());
            String where = column.equalsIgnoreCase(t.to()) ? t.to() : t.to() + " (" + column + ")";
            Button option = new Button(t.name() + " \u2192 " + where, e -> {
                close();
                chosen.accept(t);
            });
            option.setId("move-option-" + t.id());
            option.setWidthFull();
            option.addClassName("board-move-option");
            options.add(option);
            if (first) {
                option.getElement().setAttribute("autofocus", "");
                first = false;
            }
        }
        add(options);
        getFooter().add(new Button("Cancel", e -> close()));
        PageDialogs.closeWhenLeft(this);
    }
}
