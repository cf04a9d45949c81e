/** Views of the security module: sign-in, users (administrators) and the personal profile. */
package com.pathway.security.ui;
