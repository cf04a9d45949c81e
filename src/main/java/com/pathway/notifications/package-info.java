/**
 * In-app notifications: a short line for one user ("Dana mentioned you on PW-12") with a link, the bell
 * with the unread count in the app's header, and the list of one's own notifications. Other modules send
 * them; no notification carries clinical content.
 */
package com.pathway.notifications;
