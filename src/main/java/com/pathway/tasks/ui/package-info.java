/**
 * Task views other modules embed: a lead's Tasks panel, the task and completion dialogs, one's own
 * work by due time and the managers' team view with bulk reassignment.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.pathway.tasks.ui;
