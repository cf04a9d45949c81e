package com.pathway.clinic.ui;

import static com.pathway.shared.Counts.choose;
import static com.pathway.shared.Counts.of;

import java.util.List;

import com.pathway.clinic.ImportPreview;
import com.pathway.clinic.ImportResult;

/**
 * What the import page says about counts. The summary, the import button and the download link all
 * take their numbers from {@link ImportPreview#toImport(boolean)}, so they agree whichever way the
 * duplicates box is set.
 */
final class ImportWording {

    private ImportWording() {
    }

    static String summary(ImportPreview preview, boolean includeDuplicates) {
        long duplicates = preview.duplicateCount();
        long invalid = preview.invalidCount();
        StringBuilder text = new StringBuilder(of(preview.rows().size(), "row")).append(": ")
                .append(of(preview.toImport(includeDuplicates), "lead")).append(" will be imported");
        if (duplicates > 0 && includeDuplicates) {
            text.append(" (including ").append(of(duplicates, "possible duplicate")).append(")");
        }
        text.append(", ").append(of(invalid, "row")).append(" ").append(choose(invalid, "has", "have")).append(" errors");
        if (duplicates > 0 && !includeDuplicates) {
            text.append(", ").append(of(duplicates, "possible duplicate is", "possible duplicates are"))
                    .append(" left out unless you tick the box");
        }
        return text.append(". All rows are imported together: if anything fails, none is.").toString();
    }

    static String startButton(ImportPreview preview, boolean includeDuplicates) {
        return "Import " + of(preview.toImport(includeDuplicates), "lead");
    }

    /** Rows the import will leave out: those with errors, and the possible duplicates unless included. */
    static long leftOut(ImportPreview preview, boolean includeDuplicates) {
        return preview.rows().size() - preview.toImport(includeDuplicates);
    }

    static String downloadBefore(long leftOut) {
        return "Download the " + of(leftOut, "row") + " that will not be imported";
    }

    static String downloadAfter(long leftOut) {
        return "Download the " + of(leftOut, "row") + " not imported";
    }

    static String progress(long done, long total) {
        return "Imported " + done + " of " + of(total, "lead");
    }

    static String done(ImportResult result, String status) {
        return "Imported " + of(result.imported(), "lead") + " into \"" + status + "\""
                + (result.imported() > 0 ? " (" + keys(result.keys()) + ")" : "") + ". "
                + of(result.rejected(), "row") + " had errors"
                + (result.skippedDuplicates() > 0 ? " and " + of(result.skippedDuplicates(), "possible duplicate was",
                        "possible duplicates were") + " left out" : "") + ".";
    }

    private static String keys(List<String> keys) {
        return keys.size() <= 5 ? String.join(", ", keys) : keys.getFirst() + " to " + keys.getLast();
    }
}
