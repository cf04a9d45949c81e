/**
 * Small helpers every module's views share: field errors from a service shown on the exact fields,
 * plain notifications, times in the clinic's zone, and read-only text sent as escaped markup. Views only; services
 * never import this.
 */
@org.springframework.modulith.NamedInterface("ui")
package com.pathway.shared.ui;
