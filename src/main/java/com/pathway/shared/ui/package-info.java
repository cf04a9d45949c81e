/**
 * Small helpers every module's views share: field errors from a service shown on the exact fields,
 * plain notifications, and times in the clinic's zone. Views only; services never import this.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.pathway.shared.ui;
