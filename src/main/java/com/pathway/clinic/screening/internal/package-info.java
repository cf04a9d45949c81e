/** The screening's entities and repositories. */
package com.pathway.clinic.screening.internal;
