/** The clinic module's implementation: entities, repositories, the workflow plugin and its rules. */
package com.pathway.clinic.internal;
