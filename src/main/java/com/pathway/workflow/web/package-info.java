/** The workflow engine's REST API under {@code /api/v1}: items, their transitions and history, and definitions. */
package com.pathway.workflow.web;
