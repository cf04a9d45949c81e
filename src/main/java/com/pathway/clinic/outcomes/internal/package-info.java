/** The outcome measures' entities and repositories. */
package com.pathway.clinic.outcomes.internal;
