/** Storage of the audit trail and the listener that turns security events into audit lines. */
package com.pathway.audit.internal;
