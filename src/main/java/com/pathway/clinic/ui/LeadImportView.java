package com.pathway.clinic.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.security.RolesAllowed;

import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import com.pathway.clinic.ImportFile;
import com.pathway.clinic.ImportPreview;
import com.pathway.clinic.ImportResult;
import com.pathway.clinic.LeadImportService;
import com.pathway.security.Role;
import com.pathway.shared.InvalidInputException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Imports leads from a CSV file in four steps: upload, say what each column holds, check every row
 * (errors and possible duplicates shown per row), then import the good rows in one go with a
 * progress bar. The import runs in the background as the signed-in user; the page polls for progress.
 */
@Route("leads/import")
@PageTitle("Import leads · Pathway")
@Menu(order = 11, icon = "vaadin:upload", title = "Import leads")
// The roles of LeadAction.IMPORT: not administrators (the duplicate check would show them patients).
@RolesAllowed(Role.Names.INTAKE_COORDINATOR)
public class LeadImportView extends VerticalLayout {

    private final LeadImportService imports;
    private final VerticalLayout step = new VerticalLayout();
    private final Span error = new Span();
    private ImportFile file;
    private ImportMappingForm mapping;
    private ImportPreview preview;
    private volatile boolean includeDuplicates;
    CompletableFuture<Void> running = CompletableFuture.completedFuture(null);

    public LeadImportView(LeadImportService imports) {
        this.imports = imports;
        addClassName("pathway-view");
        error.setId("import-error");
        error.addClassName("pathway-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)");
        error.setVisible(false);
        step.setPadding(false);
        add(new H2("Import leads"), error, step);
        showUpload();
    }

    private void showUpload() {
        file = null;
        preview = null;
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> fileReceived(metadata.fileName(), bytes)));
        upload.setId("import-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LeadImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".txt", ".tsv", "text/csv", "text/plain", "text/tab-separated-values");
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage().contains("large")
                ? "The file is larger than 10 MB. Split it into smaller files." : "Choose a CSV file (.csv)."));
        show(new H3("1. Choose a CSV file"), new Paragraph("One lead per row, with a header row that names the "
                + "columns: first and last name (or full name), and a phone number or an email address; date of "
                + "birth, condition of interest, source, message and consents (yes or no) if you have them. Commas, "
                + "semicolons or tabs; UTF-8 or Latin-1; up to 10 MB and 50,000 rows."), upload);
    }

    void fileReceived(String name, byte[] bytes) {
        try {
            file = imports.read(name, bytes);
        } catch (InvalidInputException e) {
            showError(e.getMessage());
            return;
        }
        mapping = new ImportMappingForm(file, imports.guessColumns(file));
        Button check = new Button("Check the rows", e -> checkRows());
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button other = new Button("Choose another file", e -> showUpload());
        show(mapping, new HorizontalLayout(check, other));
    }

    void checkRows() {
        try {
            preview = imports.preview(file, mapping.columns(), mapping.options());
        } catch (InvalidInputException e) {
            showError(e.getMessage());
            return;
        }
        includeDuplicates = false;
        Paragraph summary = new Paragraph();
        summary.setId("import-summary");
        Button start = new Button();
        start.setId("import-start");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> startImport());
        Checkbox duplicates = new Checkbox("Also import the possible duplicates");
        duplicates.setId("import-duplicates");
        duplicates.setVisible(preview.duplicateCount() > 0);
        Anchor leftOut = rejectedLink();
        duplicates.addValueChangeListener(e -> {
            includeDuplicates = e.getValue();
            describe(summary, start, leftOut);
        });
        describe(summary, start, leftOut);
        Button back = new Button("Back to the columns", e -> show(mapping, backButtons()));
        show(new H3("3. Check the rows"), summary, new ImportPreviewGrid(preview), duplicates,
                new HorizontalLayout(start, back, leftOut));
    }

    private Component backButtons() {
        Button check = new Button("Check the rows", e -> checkRows());
        check.setId("import-check");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(check, new Button("Choose another file", e -> showUpload()));
    }

    /** Summary, button and download link from the same counts, so they agree as the box is ticked. */
    private void describe(Paragraph summary, Button start, Anchor leftOut) {
        summary.setText(ImportWording.summary(preview, includeDuplicates));
        start.setText(ImportWording.startButton(preview, includeDuplicates));
        start.setEnabled(preview.toImport(includeDuplicates) > 0);
        long left = ImportWording.leftOut(preview, includeDuplicates);
        leftOut.setText(ImportWording.downloadBefore(left));
        leftOut.setVisible(left > 0);
    }

    private void startImport() {
        UI ui = UI.getCurrent();
        ImportPreview importing = preview;
        boolean withDuplicates = includeDuplicates;
        long total = importing.toImport(withDuplicates);
        ProgressBar bar = new ProgressBar(0, total, 0);
        bar.setId("import-progress");
        Span counter = new Span(ImportWording.progress(0, total));
        show(new H3("4. Importing"), bar, counter);
        ui.setPollInterval(500);
        AtomicInteger shown = new AtomicInteger();
        int step = (int) Math.max(1, total / 100);
        Runnable work = () -> {
            try {
                ImportResult result = imports.importLeads(importing, withDuplicates, done -> {
                    if (done - shown.get() >= step || done == total) {
                        shown.set(done);
                        ui.access(() -> {
                            bar.setValue(done);
                            counter.setText(ImportWording.progress(done, total));
                        });
                    }
                });
                ui.access(() -> showDone(result));
            } catch (RuntimeException e) {
                ui.access(() -> importFailed(e));
            }
        };
        running = CompletableFuture.runAsync(DelegatingSecurityContextRunnable.create(work, null),
                r -> Thread.ofVirtual().name("lead-import").start(r));
    }

    private void showDone(ImportResult result) {
        UI.getCurrent().setPollInterval(-1);
        Paragraph done = new Paragraph(ImportWording.done(result, imports.newLeadStatus()));
        done.setId("import-done");
        Anchor list = new Anchor("leads", "Open the lead list");
        Button again = new Button("Import another file", e -> showUpload());
        HorizontalLayout actions = new HorizontalLayout(list, again);
        long left = result.rejected() + result.skippedDuplicates();
        if (left > 0) {
            Anchor download = rejectedLink();
            download.setText(ImportWording.downloadAfter(left));
            actions.add(download);
        }
        actions.setAlignItems(Alignment.BASELINE);
        show(new H3("Done"), done, actions);
    }

    private void importFailed(RuntimeException e) {
        UI.getCurrent().setPollInterval(-1);
        String why = e instanceof InvalidInputException ? e.getMessage() : "the database refused a row.";
        checkRows();
        showError("Nothing was imported: " + why + " Check the rows and try again.");
    }

    private Anchor rejectedLink() {
        ImportPreview rows = preview;
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams
                .DownloadResponse(new java.io.ByteArrayInputStream(imports.rejectedRows(rows, includeDuplicates)),
                        "rejected-rows.csv", "text/csv", -1)), "");
        link.setId("import-rejected");
        return link;
    }

    private void show(Component... components) {
        error.setVisible(false);
        step.removeAll();
        step.add(components);
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
