package com.pathway.workflow.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.pathway.shared.ui.DialogKeys;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/** Shows a stored version's YAML, exactly as imported, with a link to download it as a file. */
class ExportYamlDialog extends Dialog {

    ExportYamlDialog(String name, int version, String yaml) {
        setId("export-dialog");
        setHeaderTitle(name + " version " + version);
        setWidth("min(48rem, 96vw)");
        TextArea text = new TextArea();
        text.setId("export-text");
        text.setAriaLabel("Definition (YAML)");
        text.setValue(yaml);
        text.setReadOnly(true);
        text.setWidthFull();
        text.getStyle().set("font-family", "var(--lumo-font-family-mono, monospace)");
        add(text);
        byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
        String fileName = name.replaceAll("[^A-Za-z0-9._-]+", "-") + "-v" + version + ".yaml";
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, "application/yaml", bytes.length)), "Download " + fileName);
        download.setId("export-download");
        download.getElement().setAttribute("download", true);
        Button close = new Button("Close", e -> close());
        getFooter().add(download, close);
        DialogKeys.submitOnEnter(this, null, close);
    }
}
