/** The bell in the app's header and the Notifications page. */
package com.pathway.notifications.ui;
