/** The template editor for administrators, one's own e-mail settings, and the public unsubscribe page. */
package com.pathway.mail.ui;
