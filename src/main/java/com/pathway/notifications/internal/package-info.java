/** The notification entity and its repository. */
package com.pathway.notifications.internal;
