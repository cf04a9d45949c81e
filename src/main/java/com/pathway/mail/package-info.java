/**
 * E-mail: an outbox written in the transaction that causes a message and a delivery job that sends it by
 * SMTP once (retries with backoff, claims that survive restarts and several nodes); staff reminders (the
 * morning digest, the notice before a task is due, mentions) and messages to leads who agreed to e-mail
 * (consultation confirmation and reminder, each with an unsubscribe link); templates administrators edit.
 */
package com.pathway.mail;
