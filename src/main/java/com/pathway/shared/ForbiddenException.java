package com.pathway.shared;

/** The caller is known but a rule of the domain does not let them do this (the API answers 403). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
