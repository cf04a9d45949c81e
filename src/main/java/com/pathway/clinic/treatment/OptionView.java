package com.pathway.clinic.treatment;

/** An entry of the clinic's lists; {@code shipped}: a default Pathway came with rather than one the clinic added. */
public record OptionView(long id, OptionKind kind, String label, boolean active, boolean shipped) {
}
