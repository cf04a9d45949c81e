/** HTTP side of security: the filter chains for the UI and the API, headers, session timeout, /api/v1/me. */
package com.pathway.security.web;
