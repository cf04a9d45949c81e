/** The outbox, the delivery job, template rendering and the jobs and listeners that write messages. */
package com.pathway.mail.internal;
