/**
 * Webhooks: administrators register a URL and the event types it wants; Pathway posts each such
 * event as signed JSON after the change commits, retries with growing pauses, and keeps a delivery
 * log. Events come from any module as {@link com.pathway.shared.events.OutboundEvent}s.
 */
package com.pathway.webhook;
