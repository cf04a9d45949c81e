/** Tables and rules behind the treatment services: entities, repositories and the session record's checks. */
package com.pathway.clinic.treatment.internal;
