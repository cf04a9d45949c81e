/**
 * Views of the workflow engine: the administrators' workflow editor with its diagram, the
 * transition bar item views reuse, and a plain list and detail page of work items.
 */
package com.pathway.workflow.ui;
