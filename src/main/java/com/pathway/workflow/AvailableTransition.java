package com.pathway.workflow;

import java.util.List;

/** A transition the current user may run now, with what its screen asks for. */
public record AvailableTransition(String id, String name, String to, StatusCategory toCategory,
        List<ScreenField> screen) {
}
