package com.pathway.shared;

/** Someone else changed the record first, or the request does not fit its current state. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
